package io.ssi.examples;

import io.ssi.core.SsiCalculator;
import io.ssi.rules.StandardModel;
import io.ssi.rules.advice.StandardAdvice;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SsiCalculator#standard()} finds the standard rules through {@link java.util.ServiceLoader}
 * both on the class path ({@code META-INF/services}) and on the module path ({@code provides}
 * in {@code module-info}), using the real built artifacts of ssi-core and ssi-rules, each in a
 * loader of its own whose parent is the platform loader, so nothing leaks in from the test's
 * class path. Only slf4j-api (ssi's one runtime dependency) and a logging provider go with
 * them. Without ssi-rules, {@code standard()} fails loudly on both paths. The same holds for
 * {@link io.ssi.core.SsiAdvisor#standard()} and the standard generators' message bundles.
 */
final class DiscoveryTest {

    private static final String CALCULATOR = "io.ssi.core.SsiCalculator";
    private static final String ADVISOR = "io.ssi.core.SsiAdvisor";
    private static final int STANDARD_RULES = StandardModel.rules().size();

    private static final Path CORE = location(SsiCalculator.class);
    private static final Path RULES = location(StandardModel.class);
    private static final Path SLF4J = location(LoggerFactory.class);
    /** A logging provider, as a real deployment has; it also keeps SLF4J from warning that it has none. */
    private static final Path SLF4J_SIMPLE = location(org.slf4j.simple.SimpleServiceProvider.class);

    @Test
    void standardFindsTheStandardRulesOnTheClassPath() throws Exception {
        try (URLClassLoader loader = classPath(CORE, RULES, SLF4J, SLF4J_SIMPLE)) {
            Class<?> calculator = loader.loadClass(CALCULATOR);
            assertThat(calculator.getClassLoader()).isSameAs(loader);
            assertThat(calculator.getModule().isNamed()).isFalse();

            Object calc = standard(calculator);
            List<?> rules = (List<?>) calculator.getMethod("rules").invoke(calc);
            assertThat(rules).hasSize(STANDARD_RULES);
            assertThat(rules).allSatisfy(r -> assertThat(r.getClass().getClassLoader()).isSameAs(loader));
            assertThat(calculator.getMethod("modelVersion").invoke(calc)).isEqualTo(StandardModel.VERSION);
        }
    }

    @Test
    void standardFindsTheStandardRulesOnTheModulePath() throws Exception {
        ModuleLayer layer = modulePath(CORE, RULES, SLF4J, SLF4J_SIMPLE);
        assertThat(layer.findModule("io.ssi.rules")).as("io.ssi.rules bound as a provider").isPresent();
        Class<?> calculator = layer.findLoader("io.ssi.core").loadClass(CALCULATOR);
        assertThat(calculator.getModule().isNamed()).isTrue();
        assertThat(calculator.getModule().getName()).isEqualTo("io.ssi.core");
        assertThat(calculator.getModule().getLayer()).isSameAs(layer);

        Object calc = standard(calculator);
        List<?> rules = (List<?>) calculator.getMethod("rules").invoke(calc);
        assertThat(rules).hasSize(STANDARD_RULES);
        assertThat(rules).allSatisfy(r -> assertThat(r.getClass().getModule().getName()).isEqualTo("io.ssi.rules"));
        assertThat(calculator.getMethod("modelVersion").invoke(calc)).isEqualTo(StandardModel.VERSION);
    }

    @Test
    void withoutSsiRulesStandardFailsOnTheClassPathNamingSsiRules() throws Exception {
        try (URLClassLoader loader = classPath(CORE, SLF4J, SLF4J_SIMPLE)) {
            Class<?> calculator = loader.loadClass(CALCULATOR);
            assertThatThrownBy(() -> standard(calculator))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ssi-rules");
        }
    }

    @Test
    void withoutSsiRulesStandardFailsOnTheModulePathNamingSsiRules() throws Exception {
        ModuleLayer layer = modulePath(CORE, SLF4J, SLF4J_SIMPLE);
        assertThat(layer.findModule("io.ssi.rules")).isEmpty();
        Class<?> calculator = layer.findLoader("io.ssi.core").loadClass(CALCULATOR);
        assertThat(calculator.getModule().getName()).isEqualTo("io.ssi.core");
        assertThatThrownBy(() -> standard(calculator))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ssi-rules");
    }

    @Test
    void theStandardAdvisorFindsTheStandardGeneratorsAndTheirGermanWordsOnTheClassPath() throws Exception {
        try (URLClassLoader loader = classPath(CORE, RULES, SLF4J, SLF4J_SIMPLE)) {
            assertTheGuideWorksIn(loader.loadClass(ADVISOR));
        }
    }

    @Test
    void theStandardAdvisorFindsTheStandardGeneratorsAndTheirGermanWordsOnTheModulePath() throws Exception {
        ModuleLayer layer = modulePath(CORE, RULES, SLF4J, SLF4J_SIMPLE);
        Class<?> advisor = layer.findLoader("io.ssi.core").loadClass(ADVISOR);
        assertThat(advisor.getModule().getName()).isEqualTo("io.ssi.core");
        assertTheGuideWorksIn(advisor);
    }

    /**
     * SsiAdvisor.standard() finds the five standard generators, each one reads its German
     * messages from inside its own module, and the advisor reads its own band explanations.
     */
    private static void assertTheGuideWorksIn(Class<?> advisorType) throws Exception {
        Object advisor = advisorType.getMethod("standard").invoke(null);
        List<?> generators = (List<?>) advisorType.getMethod("generators").invoke(advisor);
        assertThat(generators).hasSize(StandardAdvice.generators().size());
        Object comments = generators.stream().filter(g -> g.getClass().getSimpleName().equals("EngageAdvice"))
                .findFirst().orElseThrow();
        Class<?> spi = advisorType.getClassLoader().loadClass("io.ssi.core.spi.RecommendationGenerator");
        Method messages = spi.getMethod("messages", Locale.class);
        java.util.ResourceBundle german = (java.util.ResourceBundle) messages.invoke(comments, Locale.GERMAN);
        assertThat(german.getString("engage.comment-with-insight")).startsWith("Kommentieren Sie");
        Class<?> band = advisorType.getClassLoader().loadClass("io.ssi.core.ScoreBand");
        Object good = band.getField("GOOD").get(null);
        assertThat(advisorType.getMethod("describe", band).invoke(advisor, good))
                .isEqualTo("70 to below 85: what LinkedIn insiders call a good score.");
    }

    /** Calls {@code SsiCalculator.standard()} on the given copy of the class, unwrapping its exception. */
    private static Object standard(Class<?> calculator) throws Exception {
        Method standard = calculator.getMethod("standard");
        try {
            return standard.invoke(null);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static URLClassLoader classPath(Path... entries) throws Exception {
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = entries[i].toUri().toURL();
        }
        return new URLClassLoader("ssi-class-path", urls, ClassLoader.getPlatformClassLoader());
    }

    private static ModuleLayer modulePath(Path... entries) {
        ModuleFinder finder = ModuleFinder.of(entries);
        Configuration cf = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of("io.ssi.core"));
        return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    }

    /** The jar (or, in an IDE, the classes directory) a class was loaded from. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the artifact of " + type.getName(), e);
        }
    }
}
