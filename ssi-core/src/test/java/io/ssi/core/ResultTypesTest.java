package io.ssi.core;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static io.ssi.core.BadInput.iae;
import static io.ssi.core.BadInput.npe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The result types, their cap, bands, explanations and validation. */
final class ResultTypesTest {

    private static final ScoringRule SIX = TestRule.constant("engage.six", Pillar.ENGAGE_WITH_INSIGHTS, 6, 0);
    private static final Evidence EVIDENCE = Evidence.of(2.4, 10, "comments a week", "{measured} {unit}");

    private static RuleContribution contribution(String id, Pillar pillar, double points, double max) {
        return new RuleContribution(id, pillar, points, max, true, EVIDENCE);
    }

    private static Map<Pillar, PillarScore> pillars(double points) {
        Map<Pillar, PillarScore> m = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            m.put(p, PillarScore.of(p, List.of(contribution(p.key() + ".x", p, points, 25)), true));
        }
        return m;
    }

    // ---- PillarScore: the cap lives here

    @Test
    void pillarPointsAreCappedAt25AndTheUncappedSumIsKept() {
        PillarScore s = PillarScore.of(Pillar.BUILD_RELATIONSHIPS, List.of(
                contribution("relationships.a", Pillar.BUILD_RELATIONSHIPS, 14.5, 15),
                contribution("relationships.b", Pillar.BUILD_RELATIONSHIPS, 12.25, 15)), true);

        assertThat(s.points()).isEqualTo(25.0);
        assertThat(s.uncappedPoints()).isEqualTo(26.75);
        assertThat(s.missingPoints()).isZero();
        assertThat(s.maxPoints()).isEqualTo(Pillar.MAX_POINTS);
    }

    @Test
    void pillarPointsBelowTheCapAreTheExactSumWithDecimals() {
        PillarScore s = PillarScore.of(Pillar.BUILD_RELATIONSHIPS, List.of(
                contribution("relationships.a", Pillar.BUILD_RELATIONSHIPS, 10.5, 15),
                contribution("relationships.b", Pillar.BUILD_RELATIONSHIPS, 5.33, 15)), false);

        assertThat(s.points()).isEqualTo(10.5 + 5.33);
        assertThat(s.uncappedPoints()).isEqualTo(s.points());
        assertThat(s.missingPoints()).isEqualTo(25 - (10.5 + 5.33));
        assertThat(s.complete()).isFalse();
    }

    @Test
    void pillarRejectsAContributionOfAnotherPillar() {
        assertThatThrownBy(() -> PillarScore.of(Pillar.PROFESSIONAL_BRAND,
                List.of(contribution("engage.x", Pillar.ENGAGE_WITH_INSIGHTS, 1, 5)), true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("engage.x")
                .hasMessageContaining("ENGAGE_WITH_INSIGHTS")
                .hasMessageContaining("PROFESSIONAL_BRAND");
    }

    @Test
    void pillarContributionsAreCopiedAndUnmodifiable() {
        List<RuleContribution> list = new ArrayList<>(List.of(contribution("find.a", Pillar.FIND_RIGHT_PEOPLE, 1, 5)));
        PillarScore s = PillarScore.of(Pillar.FIND_RIGHT_PEOPLE, list, true);
        list.add(contribution("find.b", Pillar.FIND_RIGHT_PEOPLE, 1, 5));

        assertThat(s.contributions()).hasSize(1);
        assertThatThrownBy(() -> s.contributions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void topContributionsAreBestFirstWithTiesInRuleOrder() {
        RuleContribution a = contribution("find.a", Pillar.FIND_RIGHT_PEOPLE, 1, 5);
        RuleContribution b = contribution("find.b", Pillar.FIND_RIGHT_PEOPLE, 3, 5);
        RuleContribution c = contribution("find.c", Pillar.FIND_RIGHT_PEOPLE, 1, 5);
        PillarScore s = PillarScore.of(Pillar.FIND_RIGHT_PEOPLE, List.of(a, b, c), true);

        assertThat(s.topContributions(2)).containsExactly(b, a);
        assertThat(s.topContributions(10)).containsExactly(b, a, c);
        assertThat(s.topContributions(0)).isEmpty();
        assertThatThrownBy(() -> s.topContributions(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit must be >= 0, but was -1");
    }

    // ---- SsiScore

    @Test
    void totalIsTheSumOfTheFourCappedPillars() {
        Map<Pillar, PillarScore> m = new EnumMap<>(Pillar.class);
        m.put(Pillar.PROFESSIONAL_BRAND, PillarScore.of(Pillar.PROFESSIONAL_BRAND, List.of(
                contribution("brand.a", Pillar.PROFESSIONAL_BRAND, 20, 20),
                contribution("brand.b", Pillar.PROFESSIONAL_BRAND, 20, 20)), true));
        m.put(Pillar.FIND_RIGHT_PEOPLE, PillarScore.of(Pillar.FIND_RIGHT_PEOPLE, List.of(
                contribution("find.a", Pillar.FIND_RIGHT_PEOPLE, 15.83, 20)), true));
        m.put(Pillar.ENGAGE_WITH_INSIGHTS, PillarScore.of(Pillar.ENGAGE_WITH_INSIGHTS, List.of(), true));
        m.put(Pillar.BUILD_RELATIONSHIPS, PillarScore.of(Pillar.BUILD_RELATIONSHIPS, List.of(
                contribution("relationships.a", Pillar.BUILD_RELATIONSHIPS, 0.5, 20)), true));
        SsiScore s = new SsiScore("m", Fixtures.AS_OF, "v1", m, ScoreBand.DEVELOPING, IgnoredActivities.NONE, List.of());

        assertThat(s.total()).isCloseTo(25 + 15.83 + 0 + 0.5, within(1e-12));
        assertThat(s.contributions()).extracting(RuleContribution::ruleId)
                .containsExactly("brand.a", "brand.b", "find.a", "relationships.a");
        assertThat(s.complete()).isTrue();
    }

    @Test
    void calculatorTotalIsTheSumOfPillarsAndDecimalsAreKept() {
        SsiCalculator calc = Fixtures.calculator(
                TestRule.constant("brand.a", Pillar.PROFESSIONAL_BRAND, 20, 20),
                TestRule.constant("brand.b", Pillar.PROFESSIONAL_BRAND, 20, 20),
                TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE, 20, 15.83),
                TestRule.constant("relationships.a", Pillar.BUILD_RELATIONSHIPS, 20, 0.25));

        SsiScore s = calc.score(Fixtures.member(), List.of(), Fixtures.AS_OF);

        assertThat(s.pillar(Pillar.PROFESSIONAL_BRAND).points()).isEqualTo(25.0);
        assertThat(s.pillar(Pillar.PROFESSIONAL_BRAND).uncappedPoints()).isEqualTo(40.0);
        assertThat(s.pillar(Pillar.FIND_RIGHT_PEOPLE).points()).isEqualTo(15.83);
        assertThat(s.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points()).isZero();
        assertThat(s.pillar(Pillar.ENGAGE_WITH_INSIGHTS).contributions()).isEmpty();
        assertThat(s.total()).isEqualTo(25.0 + 15.83 + 0.0 + 0.25);
        assertThat(s.band()).isEqualTo(ScoreBand.DEVELOPING);
        assertThat(s.memberId()).isEqualTo("member-1");
        assertThat(s.asOf()).isEqualTo(Fixtures.AS_OF);
    }

    static Stream<Arguments> badScores() {
        Map<Pillar, PillarScore> missing = new EnumMap<>(pillars(1));
        missing.remove(Pillar.ENGAGE_WITH_INSIGHTS);
        Map<Pillar, PillarScore> swapped = new EnumMap<>(pillars(1));
        swapped.put(Pillar.ENGAGE_WITH_INSIGHTS, swapped.get(Pillar.FIND_RIGHT_PEOPLE));
        Instant t = Fixtures.AS_OF;
        IgnoredActivities none = IgnoredActivities.NONE;
        ScoreBand band = ScoreBand.LAGGARD;
        return Stream.of(
                npe("null member id", () -> new SsiScore(null, t, "v", pillars(1), band, none, List.of()), "memberId"),
                iae("blank member id", () -> new SsiScore(" ", t, "v", pillars(1), band, none, List.of()),
                        "memberId must not be blank"),
                npe("null asOf", () -> new SsiScore("m", null, "v", pillars(1), band, none, List.of()), "asOf"),
                iae("blank model version", () -> new SsiScore("m", t, "", pillars(1), band, none, List.of()),
                        "modelVersion must not be blank"),
                npe("null pillars", () -> new SsiScore("m", t, "v", null, band, none, List.of()), "pillars"),
                iae("missing pillar", () -> new SsiScore("m", t, "v", missing, band, none, List.of()),
                        "pillars must hold a score for every pillar", "ENGAGE_WITH_INSIGHTS is missing"),
                iae("pillar under the wrong key", () -> new SsiScore("m", t, "v", swapped, band, none, List.of()),
                        "pillars maps ENGAGE_WITH_INSIGHTS to a score of FIND_RIGHT_PEOPLE"),
                npe("null band", () -> new SsiScore("m", t, "v", pillars(1), null, none, List.of()), "band"),
                npe("null ignored", () -> new SsiScore("m", t, "v", pillars(1), band, null, List.of()), "ignored"),
                npe("null failures", () -> new SsiScore("m", t, "v", pillars(1), band, none, null), "failures"),
                npe("null failure", () -> new SsiScore("m", t, "v", pillars(1), band, none, Arrays.asList(
                        new RuleFailure("find.x", Pillar.FIND_RIGHT_PEOPLE, "boom"), null)), "failures[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScores")
    void scoreRejectsBadInput(BadInput bad) {
        bad.assertRejected();
    }

    @Test
    void scoreCollectionsAreUnmodifiable() {
        SsiCalculator calc = Fixtures.calculator(TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE, 5, 1),
                TestRule.throwing("find.b", Pillar.FIND_RIGHT_PEOPLE, IllegalStateException::new));
        SsiScore s = calc.score(Fixtures.member(), List.of(), Fixtures.AS_OF);

        assertThatThrownBy(() -> s.pillars().remove(Pillar.FIND_RIGHT_PEOPLE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.failures().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.contributions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.pillar(Pillar.FIND_RIGHT_PEOPLE).contributions().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> calc.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void scorePillarsAreCopied() {
        Map<Pillar, PillarScore> m = pillars(1);
        SsiScore s = new SsiScore("m", Fixtures.AS_OF, "v", m, ScoreBand.LAGGARD, IgnoredActivities.NONE, List.of());
        m.put(Pillar.FIND_RIGHT_PEOPLE, PillarScore.of(Pillar.FIND_RIGHT_PEOPLE, List.of(), true));

        assertThat(s.pillar(Pillar.FIND_RIGHT_PEOPLE).points()).isEqualTo(1.0);
        assertThatThrownBy(() -> s.pillar(null)).isInstanceOf(NullPointerException.class).hasMessage("pillar");
    }

    // ---- Bands

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "0, LAGGARD", "29.99, LAGGARD", "29.999999999, LAGGARD", "30, DEVELOPING", "69.99, DEVELOPING",
            "70, GOOD", "84.99, GOOD", "85, LEADER", "100, LEADER"})
    void standardBandsBeginAt30And70And85(double total, ScoreBand band) {
        assertThat(BandThresholds.standard().bandOf(total)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"9.5, LAGGARD", "10, DEVELOPING", "19.9, DEVELOPING", "20, GOOD", "40, LEADER"})
    void customThresholdsMoveTheBands(double total, ScoreBand band) {
        assertThat(new BandThresholds(10, 20, 40).bandOf(total)).isEqualTo(band);
    }

    @Test
    void calculatorStampsTheBandOfItsThresholds() {
        SsiCalculator.Builder b = SsiCalculator.builder()
                .addRule(TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE, 25, 20));

        assertThat(b.build().score(Fixtures.member(), List.of(), Fixtures.AS_OF).band()).isEqualTo(ScoreBand.LAGGARD);
        assertThat(b.bandThresholds(new BandThresholds(10, 15, 20)).build()
                .score(Fixtures.member(), List.of(), Fixtures.AS_OF).band()).isEqualTo(ScoreBand.LEADER);
        assertThat(b.build().bandThresholds()).isEqualTo(new BandThresholds(10, 15, 20));
    }

    static Stream<Arguments> badThresholds() {
        return Stream.of(
                iae("NaN developing", () -> new BandThresholds(Double.NaN, 70, 85), "developing must be a finite number",
                        "NaN"),
                iae("NaN good", () -> new BandThresholds(30, Double.NaN, 85), "good must be a finite number", "NaN"),
                iae("NaN leader", () -> new BandThresholds(30, 70, Double.NaN), "leader must be a finite number", "NaN"),
                iae("infinite leader", () -> new BandThresholds(30, 70, Double.POSITIVE_INFINITY),
                        "leader must be a finite number", "Infinity"),
                iae("-infinite developing", () -> new BandThresholds(Double.NEGATIVE_INFINITY, 70, 85),
                        "developing must be a finite number", "-Infinity"),
                iae("developing 0", () -> new BandThresholds(0, 70, 85), "0 < developing < good < leader <= 100",
                        "0.0, 70.0, 85.0"),
                iae("developing above good", () -> new BandThresholds(70, 30, 85), "70.0, 30.0, 85.0"),
                iae("good equal to leader", () -> new BandThresholds(30, 85, 85), "30.0, 85.0, 85.0"),
                iae("leader above 100", () -> new BandThresholds(30, 70, 100.5), "30.0, 70.0, 100.5"),
                iae("bandOf NaN", () -> BandThresholds.standard().bandOf(Double.NaN), "total must be a finite number",
                        "NaN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badThresholds")
    void thresholdsRejectBadInput(BadInput bad) {
        bad.assertRejected();
    }

    // ---- RuleContribution and Evidence

    @Test
    void explanationRendersEveryPlaceholder() {
        Evidence e = Evidence.of(2.44, 10, "comments a week",
                "{measured}|{measured#}|{measured%}|{target}|{target#}|{target%}|{unit}|{points}|{max}");
        RuleContribution c = RuleContribution.of(SIX, 1.46, e);

        assertThat(c.explanation()).isEqualTo("2.4|2|244%|10.0|10|1000%|comments a week|1.5|6.0");
    }

    @Test
    void explanationKeepsUnknownPlaceholdersAndUnclosedBraces() {
        RuleContribution c = RuleContribution.of(SIX, 3,
                Evidence.of(0.355, 0.5, "", "{measured%} of {target%}, {nope} and {unclosed"));

        assertThat(c.explanation()).isEqualTo("36% of 50%, {nope} and {unclosed");
        assertThat(RuleContribution.of(SIX, 3, Evidence.of(1, 2, "u", "no placeholders")).explanation())
                .isEqualTo("no placeholders");
    }

    @Test
    void explanationDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(RuleContribution.of(SIX, 2.25, Evidence.of(1234.56, 0.5, "u", "{measured} {points} {max}"))
                    .explanation()).isEqualTo("1234.6 2.3 6.0");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"2.44, 2.4", "2.45, 2.5", "0, 0.0", "-0.04, 0.0", "-0.5, -0.5", "-2.46, -2.5", "15.83, 15.8",
            "100, 100.0"})
    void oneDecimalRoundsHalfUpWithADot(double value, String text) {
        assertThat(Evidence.oneDecimal(value)).isEqualTo(text);
    }

    @Test
    void contributionTakesIdPillarAndMaximumFromTheRule() {
        RuleContribution c = RuleContribution.of(SIX, 4.5, EVIDENCE);

        assertThat(c.ruleId()).isEqualTo("engage.six");
        assertThat(c.pillar()).isEqualTo(Pillar.ENGAGE_WITH_INSIGHTS);
        assertThat(c.maxPoints()).isEqualTo(6.0);
        assertThat(c.applicable()).isTrue();
        assertThat(c.missingPoints()).isEqualTo(1.5);
        assertThat(c.saturated()).isFalse();
        assertThat(RuleContribution.of(SIX, 6, EVIDENCE).saturated()).isTrue();
    }

    @Test
    void notApplicableAwardsNothing() {
        RuleContribution c = RuleContribution.notApplicable(SIX, EVIDENCE);

        assertThat(c.points()).isZero();
        assertThat(c.applicable()).isFalse();
        assertThat(c.missingPoints()).isEqualTo(6.0);
    }

    static Stream<Arguments> badContributions() {
        return Stream.of(
                iae("negative points", () -> RuleContribution.of(SIX, -0.01, EVIDENCE),
                        "points of rule engage.six must be between 0 and 6.0, but was -0.01"),
                iae("points above the maximum", () -> RuleContribution.of(SIX, 6.0001, EVIDENCE),
                        "points of rule engage.six", "but was 6.0001"),
                iae("NaN points", () -> RuleContribution.of(SIX, Double.NaN, EVIDENCE), "points of rule engage.six",
                        "but was NaN"),
                iae("infinite points", () -> RuleContribution.of(SIX, Double.POSITIVE_INFINITY, EVIDENCE),
                        "but was Infinity"),
                npe("null evidence", () -> RuleContribution.of(SIX, 1, null), "evidence"),
                npe("null evidence, not applicable", () -> RuleContribution.notApplicable(SIX, null), "evidence"),
                npe("null rule", () -> RuleContribution.of(null, 1, EVIDENCE), "rule"),
                npe("null rule, not applicable", () -> RuleContribution.notApplicable(null, EVIDENCE), "rule"),
                npe("null rule id", () -> new RuleContribution(null, Pillar.FIND_RIGHT_PEOPLE, 1, 5, true, EVIDENCE),
                        "ruleId"),
                iae("blank rule id", () -> new RuleContribution(" ", Pillar.FIND_RIGHT_PEOPLE, 1, 5, true, EVIDENCE),
                        "ruleId must not be blank"),
                npe("null pillar", () -> new RuleContribution("find.a", null, 1, 5, true, EVIDENCE), "pillar"),
                iae("zero maximum", () -> new RuleContribution("find.a", Pillar.FIND_RIGHT_PEOPLE, 0, 0, true, EVIDENCE),
                        "maxPoints of rule find.a must be a finite number > 0, but was 0.0"),
                iae("NaN maximum", () -> new RuleContribution("find.a", Pillar.FIND_RIGHT_PEOPLE, 0, Double.NaN, true,
                        EVIDENCE), "maxPoints of rule find.a must be a finite number > 0, but was NaN"),
                iae("points when not applicable", () -> new RuleContribution("find.a", Pillar.FIND_RIGHT_PEOPLE, 1, 5,
                        false, EVIDENCE), "must be 0 when it is not applicable, but was 1.0"),
                iae("NaN measured", () -> Evidence.of(Double.NaN, 1, "u", "t"), "measured must be a finite number",
                        "NaN"),
                iae("infinite measured", () -> Evidence.of(Double.NEGATIVE_INFINITY, 1, "u", "t"),
                        "measured must be a finite number", "-Infinity"),
                iae("NaN target", () -> Evidence.of(1, Double.NaN, "u", "t"), "target must be a finite number", "NaN"),
                iae("infinite target", () -> Evidence.of(1, Double.POSITIVE_INFINITY, "u", "t"),
                        "target must be a finite number", "Infinity"),
                npe("null unit", () -> Evidence.of(1, 1, null, "t"), "unit"),
                npe("null template", () -> Evidence.of(1, 1, "u", null), "template"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badContributions")
    void contributionAndEvidenceRejectBadInput(BadInput bad) {
        bad.assertRejected();
    }

    // ---- the small records

    static Stream<Arguments> badSmallRecords() {
        return Stream.of(
                iae("negative duplicates", () -> new IgnoredActivities(-1, 0, 0), "duplicates must be >= 0, but was -1"),
                iae("negative after asOf", () -> new IgnoredActivities(0, -2, 0), "afterAsOf must be >= 0, but was -2"),
                iae("negative before window", () -> new IgnoredActivities(0, 0, -3),
                        "beforeWindow must be >= 0, but was -3"),
                npe("failure without rule id", () -> new RuleFailure(null, Pillar.FIND_RIGHT_PEOPLE, "c"), "ruleId"),
                iae("failure with blank rule id", () -> new RuleFailure("", Pillar.FIND_RIGHT_PEOPLE, "c"),
                        "ruleId must not be blank"),
                npe("failure without pillar", () -> new RuleFailure("find.a", null, "c"), "pillar"),
                npe("failure without cause", () -> new RuleFailure("find.a", Pillar.FIND_RIGHT_PEOPLE, null), "cause"),
                npe("exception without rule id", () -> new RuleEvaluationException(null, "m", null), "ruleId"),
                npe("pillar score without pillar", () -> PillarScore.of(null, List.of(), true), "pillar"),
                npe("pillar score without contributions",
                        () -> PillarScore.of(Pillar.FIND_RIGHT_PEOPLE, null, true), "contributions"),
                npe("pillar score with a null contribution", () -> PillarScore.of(Pillar.FIND_RIGHT_PEOPLE,
                        Arrays.asList(contribution("find.a", Pillar.FIND_RIGHT_PEOPLE, 1, 5), null), true),
                        "contributions[1]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSmallRecords")
    void smallRecordsRejectBadInput(BadInput bad) {
        bad.assertRejected();
    }

    @Test
    void ignoredTotalIsTheSumOfItsCounts() {
        assertThat(new IgnoredActivities(1, 2, 4).total()).isEqualTo(7);
        assertThat(IgnoredActivities.NONE.total()).isZero();
    }
}
