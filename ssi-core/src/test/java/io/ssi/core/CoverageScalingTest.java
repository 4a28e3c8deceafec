package io.ssi.core;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The engine side of {@link Coverage}, with rules of ssi-core's tests: which rules a partial
 * coverage keeps, how each pillar is scaled to what it has left, the share of the model a
 * score rests on, and the value type's own checks.
 */
final class CoverageScalingTest {

    /** A rule that reads one activity type and always awards {@code points} of {@code max}. */
    private static ScoringRule reading(String id, Pillar pillar, double max, double points, ActivityType type) {
        return TestRule.constant(id, pillar, max, points).reading(type);
    }

    /** One rule a pillar that a CRM observes (5 points), and one per pillar it does not (20 points). */
    private static List<ScoringRule> model() {
        return List.of(
                reading("brand.observed", Pillar.PROFESSIONAL_BRAND, 5, 2, ActivityType.POST_PUBLISHED),
                reading("brand.unobserved", Pillar.PROFESSIONAL_BRAND, 20, 20, ActivityType.VIDEO_PUBLISHED),
                reading("find.observed", Pillar.FIND_RIGHT_PEOPLE, 5, 5, ActivityType.PROFILE_VIEWED),
                reading("find.unobserved", Pillar.FIND_RIGHT_PEOPLE, 20, 20, ActivityType.SEARCH_PERFORMED),
                reading("engage.observed", Pillar.ENGAGE_WITH_INSIGHTS, 25, 10, ActivityType.MESSAGE_SENT),
                reading("engage.unobserved", Pillar.ENGAGE_WITH_INSIGHTS, 20, 20, ActivityType.POST_LIKED),
                reading("relationships.observed", Pillar.BUILD_RELATIONSHIPS, 30, 12,
                        ActivityType.CONNECTION_REQUEST_SENT),
                reading("relationships.unobserved", Pillar.BUILD_RELATIONSHIPS, 20, 20, ActivityType.MEMBER_MENTIONED));
    }

    private static final Coverage CRM = Coverage.builder().activities(ActivityType.POST_PUBLISHED,
            ActivityType.PROFILE_VIEWED, ActivityType.MESSAGE_SENT, ActivityType.CONNECTION_REQUEST_SENT).wholeProfile()
            .build();

    @Test
    void eachPillarIsScoredOverTheRulesItKeeps() {
        SsiCalculator calc = SsiCalculator.builder().rules(model()).coverage(CRM).build();
        SsiScore s = calc.score(Fixtures.member(), List.of(), Fixtures.AS_OF);

        assertThat(calc.rules()).extracting(ScoringRule::id).containsExactly("brand.observed", "engage.observed",
                "find.observed", "relationships.observed");
        // 2 of 5 kept points are 10 of 25; a pillar that keeps 25 or more is not scaled.
        assertThat(s.pillar(Pillar.PROFESSIONAL_BRAND).points()).isCloseTo(10, within(1e-9));
        assertThat(s.pillar(Pillar.FIND_RIGHT_PEOPLE).points()).isCloseTo(25, within(1e-9));
        assertThat(s.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points()).isCloseTo(10, within(1e-9));
        assertThat(s.pillar(Pillar.BUILD_RELATIONSHIPS).points()).isCloseTo(12, within(1e-9));
        assertThat(s.total()).isCloseTo(57, within(1e-9));
        RuleContribution brand = s.pillar(Pillar.PROFESSIONAL_BRAND).contributions().get(0);
        assertThat(brand.points()).isCloseTo(10, within(1e-9));
        assertThat(brand.maxPoints()).isCloseTo(25, within(1e-9));

        // The share of the model's points the kept rules can award: 65 of 145.
        assertThat(s.coverage().modelShare()).isCloseTo(65.0 / 145, within(1e-12));
        assertThat(calc.coverage().modelShare()).isCloseTo(65.0 / 145, within(1e-12));
        assertThat(s.coverage().activityTypes()).isEqualTo(CRM.activityTypes());
        assertThat(s.modelVersion()).isNotEqualTo(Fixtures.calculator(model().toArray(ScoringRule[]::new))
                .modelVersion());
    }

    @Test
    void underFullCoverageEveryRuleIsKeptUnscaled() {
        SsiCalculator calc = SsiCalculator.builder().rules(model()).build();
        SsiScore s = calc.score(Fixtures.member(), List.of(), Fixtures.AS_OF);
        assertThat(calc.rules()).hasSize(8);
        assertThat(s.pillar(Pillar.PROFESSIONAL_BRAND).points()).isEqualTo(22);
        assertThat(s.pillar(Pillar.PROFESSIONAL_BRAND).contributions().get(0).maxPoints()).isEqualTo(5);
        assertThat(s.coverage()).isSameAs(Coverage.full());
        assertThat(s.coverage().modelShare()).isEqualTo(1.0);
    }

    @Test
    void aPillarLeftWithNothingIsRefusedAtBuildTime() {
        Coverage noEngage = Coverage.builder().activities(ActivityType.POST_PUBLISHED, ActivityType.PROFILE_VIEWED,
                ActivityType.CONNECTION_REQUEST_SENT).build();
        assertThatThrownBy(() -> SsiCalculator.builder().rules(model()).coverage(noEngage).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pillar ENGAGE_WITH_INSIGHTS").hasMessageContaining("Coverage.full()");
    }

    @Test
    void observingIsContainingEveryTypeAndFactARuleReads() {
        Coverage needs = Coverage.builder().activities(ActivityType.MESSAGE_SENT)
                .profile(Coverage.ProfileFact.CONNECTIONS).build();
        assertThat(CRM.observes(needs)).isTrue();
        assertThat(Coverage.builder().activities(ActivityType.MESSAGE_SENT).build().observes(needs))
                .as("the profile fact is missing").isFalse();
        assertThat(Coverage.builder().wholeProfile().build().observes(needs)).as("the type is missing").isFalse();
        assertThat(Coverage.full().observes(needs)).isTrue();
        assertThat(needs.observes(Coverage.full())).isFalse();
    }

    @Test
    void everythingMeansEveryTypeAndEveryFact() {
        Set<ActivityType> allButOne = EnumSet.allOf(ActivityType.class);
        allButOne.remove(ActivityType.POST_LIKED);
        assertThat(Coverage.full().observesEverything()).isTrue();
        assertThat(Coverage.of(EnumSet.allOf(ActivityType.class)).observesEverything()).isTrue();
        assertThat(Coverage.of(allButOne).observesEverything()).isFalse();
        assertThat(Coverage.builder().activities(ActivityType.values()).build().observesEverything())
                .as("every type but no profile fact").isFalse();
        Coverage.Builder allButAFact = Coverage.builder().activities(ActivityType.values());
        for (Coverage.ProfileFact f : Coverage.ProfileFact.values()) {
            if (f != Coverage.ProfileFact.FOLLOWERS) {
                allButAFact.profile(f);
            }
        }
        assertThat(allButAFact.build().observesEverything()).isFalse();
        assertThat(Coverage.of(Set.of(ActivityType.POST_LIKED)).profileFacts())
                .containsExactlyElementsOf(EnumSet.allOf(Coverage.ProfileFact.class));

        assertThat(Coverage.full().signature()).isEqualTo("full");
        assertThat(Coverage.of(Set.of(ActivityType.POST_LIKED)).signature()).contains("POST_LIKED")
                .contains("CONNECTIONS").isNotEqualTo("full");
        assertThat(Coverage.of(Set.of()).activityTypes()).isEmpty();
        assertThat(Coverage.builder().build().profileFacts()).isEmpty();
    }

    @Test
    void theShareIsKeptWithTheSignalsAndIsNotPartOfTheSignature() {
        Coverage half = CRM.withModelShare(0.5);
        assertThat(half.modelShare()).isEqualTo(0.5);
        assertThat(half.activityTypes()).isEqualTo(CRM.activityTypes());
        assertThat(half.profileFacts()).isEqualTo(CRM.profileFacts());
        assertThat(half.signature()).isEqualTo(CRM.signature());
        assertThat(CRM.withModelShare(0).modelShare()).isZero();
        assertThat(CRM.withModelShare(1).modelShare()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.001, 1.001, -1, 2})
    void aShareOutsideZeroToOneIsRefused(double share) {
        assertThatThrownBy(() -> CRM.withModelShare(share)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("modelShare must be between 0 and 1, but was " + share);
    }

    @Test
    void aShareThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> CRM.withModelShare(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("modelShare");
    }
}
