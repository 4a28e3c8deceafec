package io.ssi.rules;

import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.ScoringModel;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The standard model is registered once, as one {@link ScoringModel} provider, in both places
 * discovery looks ({@code META-INF/services} for the class path, {@code module-info} for the
 * module path), so the registrations cannot drift from the table; single-rule registrations
 * are gone; and every rule of the table has a test that extends {@link ScoringRuleContract}.
 */
final class StandardModelRegistrationTest {

    private static final String MODEL = ScoringModel.class.getName();
    private static final String RULE = ScoringRule.class.getName();

    @Test
    void theModelIsTheOneProviderOnBothPaths() throws IOException {
        assertThat(ScoringRuleContract.Registrations.servicesFile(MODEL)).containsExactly(StandardModel.class.getName());
        assertThat(ScoringRuleContract.Registrations.moduleInfoProviders(MODEL))
                .containsExactly(StandardModel.class.getName());
        assertThat(ScoringRuleContract.Registrations.servicesFile(RULE)).isEmpty();
        assertThat(ScoringRuleContract.Registrations.moduleInfoProviders(RULE)).isEmpty();
    }

    @Test
    void theProviderHandsOutTheTable() {
        StandardModel provider = new StandardModel();
        assertThat(provider.name()).isEqualTo(StandardModel.VERSION);
        assertThat(provider.scoringRules()).containsExactlyElementsOf(StandardModel.rules()).hasSize(45);
    }

    @Test
    void idsAreUnique() {
        assertThat(StandardModel.rules()).extracting(ScoringRule::id).doesNotHaveDuplicates();
    }

    @Test
    void everyRuleIsAStandardRuleValueThatItsIdFinds() {
        for (ScoringRule r : StandardModel.rules()) {
            assertThat(r).isInstanceOf(StandardRule.class);
            assertThat(StandardModel.rule(r.id())).contains((StandardRule) r);
        }
        assertThat(StandardModel.rule("engage.no-such-rule")).isEmpty();
    }

    @Test
    void theListIsUnmodifiable() {
        List<ScoringRule> rules = StandardModel.rules();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rules.remove(0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void discoveryFindsExactlyTheStandardModel() {
        SsiCalculator discovered = SsiCalculator.standard();
        SsiCalculator explicit = SsiCalculator.builder().rules(StandardModel.rules()).build();
        assertThat(discovered.rules()).extracting(ScoringRule::id)
                .containsExactlyElementsOf(explicit.rules().stream().map(ScoringRule::id).toList());
        assertThat(discovered.rules()).containsExactlyElementsOf(explicit.rules());
        assertThat(discovered.modelVersion()).isEqualTo(explicit.modelVersion()).isEqualTo(StandardModel.VERSION);
    }

    @Test
    void everyStandardRuleHasAContractTest() {
        List<String> missing = new ArrayList<>();
        for (ScoringRule rule : StandardModel.rules()) {
            String test = "io.ssi.rules." + ScoringRuleContract.Registrations.TESTS.get(rule.id());
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
        assertThat(ScoringRuleContract.Registrations.TESTS.keySet())
                .containsExactlyInAnyOrderElementsOf(StandardModel.rules().stream().map(ScoringRule::id).toList());
    }
}
