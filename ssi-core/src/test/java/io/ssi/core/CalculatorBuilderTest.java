package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.ssi.core.BadInput.iae;
import static io.ssi.core.BadInput.npe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The calculator builder validates its options eagerly and its rule set
 * at build time, naming the offending class.
 */
final class CalculatorBuilderTest {

    private static final ScoringRule RULE = TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE, 5, 1);

    /** A rule whose definition is whatever the test says, under a class name the messages must carry. */
    static class DefinedRule implements ScoringRule {
        private final String id;
        private final Pillar pillar;
        private final double max;
        private final String version;

        DefinedRule(String id, Pillar pillar, double max, String version) {
            this.id = id;
            this.pillar = pillar;
            this.max = max;
            this.version = version;
        }

        DefinedRule(String id) {
            this(id, Pillar.FIND_RIGHT_PEOPLE, 5, "custom");
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Pillar pillar() {
            return pillar;
        }

        @Override
        public double maxPoints() {
            return max;
        }

        @Override
        public String modelVersion() {
            return version;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            return RuleContribution.of(this, 0, Evidence.of(0, 1, "u", "t"));
        }
    }

    static Stream<Arguments> badOptions() {
        return Stream.of(
                npe("null window", () -> SsiCalculator.builder().window(null), "window"),
                iae("window of 36 hours", () -> SsiCalculator.builder().window(Duration.ofHours(36)),
                        "window must be a whole number of days between 1 and 3650, but was PT36H"),
                iae("window of a day and a nanosecond",
                        () -> SsiCalculator.builder().window(Duration.ofDays(1).plusNanos(1)),
                        "window must be a whole number of days", "but was PT24H0.000000001S"),
                iae("window of 12 hours", () -> SsiCalculator.builder().window(Duration.ofHours(12)), "but was PT12H"),
                iae("empty window", () -> SsiCalculator.builder().window(Duration.ZERO), "window", "but was PT0S"),
                iae("negative window", () -> SsiCalculator.builder().window(Duration.ofDays(-7)), "window",
                        "but was PT-168H"),
                iae("window of 3651 days", () -> SsiCalculator.builder().window(Duration.ofDays(3651)),
                        "window", "but was PT87624H"),
                npe("null half-life", () -> SsiCalculator.builder().halfLife(null), "halfLife"),
                iae("zero half-life", () -> SsiCalculator.builder().halfLife(Duration.ZERO),
                        "halfLife must be positive and at most 3650 days, but was PT0S"),
                iae("negative half-life", () -> SsiCalculator.builder().halfLife(Duration.ofNanos(-1)),
                        "halfLife must be positive", "but was PT-0.000000001S"),
                iae("half-life of 3651 days", () -> SsiCalculator.builder().halfLife(Duration.ofDays(3651)),
                        "halfLife", "but was PT87624H"),
                iae("daily cap 0", () -> SsiCalculator.builder().dailyCap(0), "dailyCap must be >= 1, but was 0"),
                iae("negative daily cap", () -> SsiCalculator.builder().dailyCap(Integer.MIN_VALUE),
                        "dailyCap must be >= 1, but was " + Integer.MIN_VALUE),
                npe("null clock", () -> SsiCalculator.builder().clock(null), "clock"),
                npe("null thresholds", () -> SsiCalculator.builder().bandThresholds(null), "thresholds"),
                npe("null model version", () -> SsiCalculator.builder().modelVersion(null), "modelVersion"),
                iae("blank model version", () -> SsiCalculator.builder().modelVersion(" "),
                        "modelVersion must not be blank", "\" \""),
                iae("empty model version", () -> SsiCalculator.builder().modelVersion(""),
                        "modelVersion must not be blank"),
                npe("null rules", () -> SsiCalculator.builder().rules(null), "rules"),
                npe("null rule in the list", () -> SsiCalculator.builder().rules(Arrays.asList(RULE, null)),
                        "rules[1] must not be null"),
                npe("null rule", () -> SsiCalculator.builder().addRule(null), "rule"),
                npe("null class loader", () -> SsiCalculator.builder().discoverRules(null), "loader"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void builderRejectsBadOptionsEagerly(BadInput bad) {
        bad.assertRejected();
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        SsiCalculator calc = SsiCalculator.builder().addRule(RULE).build();

        assertThat(calc.window()).isEqualTo(Duration.ofDays(90));
        assertThat(calc.halfLife()).isEqualTo(Duration.ofDays(30));
        assertThat(calc.dailyCap()).isEqualTo(20);
        assertThat(calc.strict()).isFalse();
        assertThat(calc.bandThresholds()).isEqualTo(BandThresholds.standard());
        assertThat(calc.clock().getZone()).isEqualTo(Clock.systemUTC().getZone());
        assertThat(calc.options()).isEqualTo(ScoringOptions.defaults());
        // A plugin's rules name no reference configuration, so the version carries the fingerprint.
        assertThat(calc.modelVersion()).isEqualTo("custom+" + calc.fingerprint().substring(0, 8));
    }

    @Test
    void optionsAtTheirLimitsAreAccepted() {
        SsiCalculator smallest = SsiCalculator.builder().addRule(RULE).window(Duration.ofDays(1))
                .halfLife(Duration.ofNanos(1)).dailyCap(1).build();
        SsiCalculator largest = SsiCalculator.builder().addRule(RULE).window(SsiCalculator.MAX_WINDOW)
                .halfLife(SsiCalculator.MAX_WINDOW).dailyCap(Integer.MAX_VALUE).build();

        assertThat(smallest.window()).isEqualTo(Duration.ofDays(1));
        assertThat(smallest.halfLife()).isEqualTo(Duration.ofNanos(1));
        assertThat(smallest.dailyCap()).isEqualTo(1);
        assertThat(largest.window()).isEqualTo(Duration.ofDays(3650));
        assertThat(largest.dailyCap()).isEqualTo(Integer.MAX_VALUE);
        assertThat(smallest.score(Fixtures.member(), Fixtures.daily(ActivityType.POST_LIKED, 3, Fixtures.AS_OF, 3),
                Fixtures.AS_OF).pillar(Pillar.FIND_RIGHT_PEOPLE).points()).isEqualTo(1.0);
        assertThat(largest.score(Fixtures.member(), Fixtures.daily(ActivityType.POST_LIKED, 3, Fixtures.AS_OF, 3),
                Fixtures.AS_OF).pillar(Pillar.FIND_RIGHT_PEOPLE).points()).isEqualTo(1.0);
    }

    @Test
    void aModelWhoseRulesNameTheFingerprintAsTheirReferenceKeepsItsBareNameOnlyThere() {
        ScoringRule named = new DefinedRule("find.a", Pillar.FIND_RIGHT_PEOPLE, 1, "acme-1") {
            @Override
            public java.util.Optional<String> referenceFingerprint() {
                // The model is this one rule with the default options.
                return java.util.Optional.of(SsiCalculator.fingerprint(List.of(this), ScoringOptions.defaults()));
            }
        };
        String reference = named.referenceFingerprint().orElseThrow();
        assertThat(SsiCalculator.builder().addRule(named).build().modelVersion()).isEqualTo("acme-1");
        SsiCalculator other = SsiCalculator.builder().addRule(named).dailyCap(5).build();
        assertThat(other.modelVersion()).isEqualTo("acme-1+" + other.fingerprint().substring(0, 8));
        assertThat(other.fingerprint()).hasSize(64).isNotEqualTo(reference);
    }

    @Test
    void modelVersionJoinsTheRulesVersionsUnlessOverridden() {
        SsiCalculator.Builder b = SsiCalculator.builder().rules(List.of(
                new DefinedRule("find.b", Pillar.FIND_RIGHT_PEOPLE, 1, "standard-1"),
                new DefinedRule("find.a", Pillar.FIND_RIGHT_PEOPLE, 1, "extra-2"),
                new DefinedRule("find.c", Pillar.FIND_RIGHT_PEOPLE, 1, "standard-1")));

        String suffix = b.build().fingerprint().substring(0, 8);
        assertThat(b.build().modelVersion()).isEqualTo("extra-2+standard-1+" + suffix);
        assertThat(b.build().score(Fixtures.member(), List.of(), Fixtures.AS_OF).modelVersion())
                .isEqualTo("extra-2+standard-1+" + suffix);
        assertThat(b.modelVersion("acme-7").build().score(Fixtures.member(), List.of(), Fixtures.AS_OF)
                .modelVersion()).isEqualTo("acme-7");
    }

    @Test
    void rulesAreKeptSortedById() {
        SsiCalculator calc = SsiCalculator.builder().addRule(new DefinedRule("find.b"))
                .addRule(new DefinedRule("brand.z")).addRule(new DefinedRule("find.a")).build();

        assertThat(calc.rules()).extracting(ScoringRule::id).containsExactly("brand.z", "find.a", "find.b");
    }

    @Test
    void rulesReplacesAndAddRuleAppends() {
        SsiCalculator calc = SsiCalculator.builder().addRule(new DefinedRule("find.x"))
                .rules(List.of(new DefinedRule("find.a"))).addRule(new DefinedRule("find.b")).build();

        assertThat(calc.rules()).extracting(ScoringRule::id).containsExactly("find.a", "find.b");
    }

    @Test
    void noRulesAtAllIsRejected() {
        assertThatThrownBy(() -> SsiCalculator.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no rules")
                .hasMessageContaining("discoverRules()");
    }

    @Test
    void standardWithoutProvidersTellsTheUserToAddSsiRules() {
        // ssi-core's own test path has no ScoringRule provider, which is the situation of a user
        // who forgot the ssi-rules dependency: never a silent zero.
        assertThatThrownBy(SsiCalculator::standard)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no ScoringRule was found by ServiceLoader")
                .hasMessageContaining("io.ssi:ssi-rules");
    }

    @Test
    void twoRulesWithTheSameIdAreRejectedNamingBothClasses() {
        SsiCalculator.Builder b = SsiCalculator.builder()
                .addRule(TestRule.constant("find.same", Pillar.FIND_RIGHT_PEOPLE, 5, 1))
                .addRule(new DefinedRule("find.other"))
                .addRule(new DefinedRule("find.same"));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two rules share the id find.same")
                .hasMessageContaining(TestRule.class.getName())
                .hasMessageContaining(DefinedRule.class.getName());
    }

    @ParameterizedTest(name = "id \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "Find.A", "find_a", "find a", "-find", "find.", "find..a", "find.-a", "find/a",
            "find.ä"})
    void ruleWithAnIdThatIsNotLowerKebabIsRejectedNamingItsClass(String id) {
        SsiCalculator.Builder b = SsiCalculator.builder().addRule(new DefinedRule(id));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DefinedRule.class.getName())
                .hasMessageContaining("lower-kebab")
                .hasMessageContaining("but has " + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"find", "find.a", "relationships.welcome-rate", "engage.comments-2", "a1.b2-c3.d4"})
    void lowerKebabIdsAreAccepted(String id) {
        assertThat(SsiCalculator.builder().addRule(new DefinedRule(id)).build().rules())
                .extracting(ScoringRule::id).containsExactly(id);
    }

    @Test
    void ruleWithoutPillarIsRejectedNamingItsClass() {
        SsiCalculator.Builder b = SsiCalculator.builder().addRule(new DefinedRule("find.a", null, 5, "custom"));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("find.a")
                .hasMessageContaining(DefinedRule.class.getName())
                .hasMessageContaining("has no pillar");
    }

    @ParameterizedTest(name = "maxPoints {0}")
    @ValueSource(doubles = {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void ruleWithoutAPositiveFiniteMaximumIsRejectedNamingItsClass(double max) {
        SsiCalculator.Builder b = SsiCalculator.builder()
                .addRule(new DefinedRule("find.a", Pillar.FIND_RIGHT_PEOPLE, max, "custom"));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DefinedRule.class.getName())
                .hasMessageContaining("must have maxPoints > 0, but has " + max);
    }

    @ParameterizedTest(name = "model version \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "  "})
    void ruleWithoutModelVersionIsRejectedNamingItsClass(String version) {
        SsiCalculator.Builder b = SsiCalculator.builder()
                .addRule(new DefinedRule("find.a", Pillar.FIND_RIGHT_PEOPLE, 5, version));

        assertThatThrownBy(b::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(DefinedRule.class.getName())
                .hasMessageContaining("must have a model version");
    }

    @Test
    void builderCanBeReusedWithoutChangingCalculatorsItBuilt() {
        SsiCalculator.Builder b = SsiCalculator.builder().addRule(RULE).window(Duration.ofDays(30));
        SsiCalculator first = b.build();
        b.window(Duration.ofDays(60)).dailyCap(3).addRule(new DefinedRule("find.b"));

        assertThat(first.window()).isEqualTo(Duration.ofDays(30));
        assertThat(first.dailyCap()).isEqualTo(20);
        assertThat(first.rules()).hasSize(1);
        assertThat(b.build().rules()).hasSize(2);
    }

    @Test
    void toStringDescribesTheOptions() {
        String s = SsiCalculator.builder().addRule(RULE).strict(true).dailyCap(7).build().toString();

        assertThat(s).contains("model=custom", "rules=1", "window=90d", "dailyCap=7", "strict");
    }
}
