package io.ssi.rules;

import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard model is registered identically everywhere a caller may find it: the list in
 * {@link StandardModel#rules()}, {@code META-INF/services} (class path) and {@code module-info}
 * (module path), and every rule there has a test that extends {@link ScoringRuleContract}.
 */
final class StandardModelRegistrationTest {

    @Test
    void theModelListTheServicesFileAndModuleInfoNameTheSameClasses() throws IOException {
        List<String> model = StandardModel.rules().stream().map(r -> r.getClass().getName()).toList();
        List<String> services = ScoringRuleContract.Registrations.servicesFile();
        List<String> moduleInfo = ScoringRuleContract.Registrations.moduleInfoProviders();
        assertThat(model).hasSize(44).doesNotHaveDuplicates();
        assertThat(services).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(model);
        assertThat(moduleInfo).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(model);
    }

    @Test
    void everyConcreteRuleClassInTheModuleIsRegistered() throws IOException, ClassNotFoundException {
        Path classes = ScoringRuleContract.Registrations.moduleDir().resolve("target/classes/io/ssi/rules");
        Set<String> rules = new TreeSet<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String simple = f.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName("io.ssi.rules." + simple);
                if (ScoringRule.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
                        && !type.isInterface()) {
                    rules.add(type.getName());
                }
            }
        }
        assertThat(rules).isEqualTo(ScoringRuleContract.Registrations.standardModelClasses().stream()
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void idsAreUnique() {
        assertThat(StandardModel.rules()).extracting(ScoringRule::id).doesNotHaveDuplicates();
    }

    @Test
    void theListIsSortedByClassNameAsDocumented() {
        assertThat(StandardModel.rules()).extracting(r -> r.getClass().getSimpleName())
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void everyCallReturnsNewInstances() {
        List<ScoringRule> first = StandardModel.rules();
        List<ScoringRule> second = StandardModel.rules();
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).isNotSameAs(first.get(i)).hasSameClassAs(first.get(i));
        }
    }

    @Test
    void discoveryFindsExactlyTheStandardModel() {
        SsiCalculator discovered = SsiCalculator.standard();
        SsiCalculator explicit = SsiCalculator.builder().rules(StandardModel.rules()).build();
        assertThat(discovered.rules()).extracting(ScoringRule::id)
                .containsExactlyElementsOf(explicit.rules().stream().map(ScoringRule::id).toList());
        assertThat(discovered.modelVersion()).isEqualTo(explicit.modelVersion()).isEqualTo(StandardModel.VERSION);
    }

    @Test
    void everyStandardRuleHasAContractTest() {
        List<String> missing = new ArrayList<>();
        for (ScoringRule rule : StandardModel.rules()) {
            String test = rule.getClass().getName() + "Test";
            try {
                Class<?> type = Class.forName(test);
                if (!ScoringRuleContract.class.isAssignableFrom(type)) {
                    missing.add(test + " (does not extend ScoringRuleContract)");
                }
            } catch (ClassNotFoundException e) {
                missing.add(test);
            }
        }
        assertThat(missing).isEmpty();
    }
}
