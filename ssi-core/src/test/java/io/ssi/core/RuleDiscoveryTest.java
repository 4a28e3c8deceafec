package io.ssi.core;

import io.ssi.core.spi.ScoringRule;
import io.ssi.core.testlogging.RecordedLogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Discovery through {@link java.util.ServiceLoader} on the class path. The
 * providers live in service files written to a temporary directory and reached through a
 * class loader, so that the rest of ssi-core's tests see none.
 */
final class RuleDiscoveryTest {

    @TempDir
    Path dir;

    @BeforeEach
    void recordLogs() {
        RecordedLogs.start();
    }

    @AfterEach
    void stopRecording() {
        RecordedLogs.stop();
    }

    private ClassLoader loaderWithProviders(String... lines) throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.write(services.resolve(ScoringRule.class.getName()), List.of(lines));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void discoveredRulesScore() throws IOException {
        SsiCalculator calc = SsiCalculator.builder().discoverRules(loaderWithProviders(DiscoverableRule.class.getName()))
                .build();

        SsiScore s = calc.score(Fixtures.member(), List.of(), Fixtures.AS_OF);

        assertThat(calc.rules()).extracting(ScoringRule::id).containsExactly("find.discovered");
        assertThat(s.pillar(Pillar.FIND_RIGHT_PEOPLE).points()).isEqualTo(3.0);
        assertThat(s.modelVersion()).isEqualTo("discovered-1+" + calc.fingerprint().substring(0, 8));
    }

    @Test
    void discoveredAndExplicitRulesAreCombined() throws IOException {
        SsiCalculator calc = SsiCalculator.builder()
                .addRule(TestRule.constant("brand.explicit", Pillar.PROFESSIONAL_BRAND, 5, 2))
                .discoverRules(loaderWithProviders(DiscoverableRule.class.getName()))
                .build();

        assertThat(calc.rules()).extracting(ScoringRule::id).containsExactly("brand.explicit", "find.discovered");
        assertThat(calc.score(Fixtures.member(), List.of(), Fixtures.AS_OF).total()).isEqualTo(5.0);
    }

    @Test
    void aDiscoveredRuleCannotShareTheIdOfAnExplicitOne() throws IOException {
        SsiCalculator.Builder b = SsiCalculator.builder()
                .addRule(TestRule.constant("find.discovered", Pillar.FIND_RIGHT_PEOPLE, 5, 2))
                .discoverRules(loaderWithProviders(DiscoverableRule.class.getName()));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("find.discovered")
                .hasMessageContaining(TestRule.class.getName())
                .hasMessageContaining(DiscoverableRule.class.getName());
    }

    @Test
    void aBrokenProviderIsSkippedWithAWarning() throws IOException {
        SsiCalculator calc = SsiCalculator.builder()
                .discoverRules(loaderWithProviders("io.ssi.core.NoSuchRule", DiscoverableRule.class.getName()))
                .build();

        assertThat(calc.rules()).extracting(ScoringRule::id).containsExactly("find.discovered");
        assertThat(RecordedLogs.isActive()).isTrue();
        assertThat(RecordedLogs.events())
                .filteredOn(e -> e.level() == Level.WARN)
                .singleElement()
                .satisfies(e -> assertThat(e.formatted()).contains("could not be loaded", "io.ssi.core.NoSuchRule"));
    }

    @Test
    void onlyBrokenProvidersIsNoRulesFound() throws IOException {
        SsiCalculator.Builder b = SsiCalculator.builder().discoverRules(loaderWithProviders("io.ssi.core.NoSuchRule"));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io.ssi:ssi-rules");
    }

    @Test
    void discoveryWithExplicitRulesNeedsNoProvider() {
        SsiCalculator calc = SsiCalculator.builder().discoverRules()
                .addRule(TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE, 5, 1)).build();

        assertThat(calc.rules()).extracting(ScoringRule::id).containsExactly("find.a");
    }
}
