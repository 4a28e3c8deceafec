package io.ssi.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The small result and value types, checked where the broader tests do not look: their bounds
 * at the edge, what their accessors and summaries give, and orders that must not depend on
 * the caller's.
 */
final class ResultValuesTest {

    private static final ScoreBand BAND = ScoreBand.LAGGARD;

    private static CompactResult compact(double brand, double find, double engage, double relationships) {
        return new CompactResult(0, Optional.of("m"), 50, brand, find, engage,
                relationships, Optional.of(BAND), "test-1", Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3})
    void everyPillarOfACompactResultIsCheckedOnBothSides(int pillar) {
        double[] at = new double[4];
        at[pillar] = 25;
        assertThat(compact(at[0], at[1], at[2], at[3]).pillar(Pillar.values()[pillar])).isEqualTo(25);
        String field = List.of("professionalBrand", "findRightPeople", "engageWithInsights", "buildRelationships")
                .get(pillar);
        at[pillar] = 25.001;
        assertThatThrownBy(() -> compact(at[0], at[1], at[2], at[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(field + " must be between 0 and 25, but was 25.001");
        at[pillar] = -0.001;
        assertThatThrownBy(() -> compact(at[0], at[1], at[2], at[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(field + " must be between 0 and 25, but was -0.001");
        at[pillar] = Double.NaN;
        assertThatThrownBy(() -> compact(at[0], at[1], at[2], at[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field);
    }

    @Test
    void aCompactResultHoldsABandOrAFailure() {
        assertThat(compact(1, 2, 3, 4).succeeded()).isTrue();
        CompactResult failed = new CompactResult(3, Optional.empty(), 0, 0, 0, 0, 0, Optional.empty(), "test-1",
                Optional.of("java.lang.IllegalStateException"));
        assertThat(failed.succeeded()).isFalse();
        assertThatThrownBy(() -> new CompactResult(0, Optional.empty(), 0, 0, 0, 0, 0, Optional.empty(), "test-1",
                Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("neither");
        assertThatThrownBy(() -> new CompactResult(0, Optional.empty(), 0, 0, 0, 0, 0, Optional.of(BAND), "test-1",
                Optional.of("x"))).isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("both");
        assertThatThrownBy(() -> new CompactResult(0, Optional.empty(), 100.001, 25, 25, 25, 25, Optional.of(BAND),
                "test-1", Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total must be between 0 and 100");
        assertThat(new CompactResult(0, Optional.empty(), 100, 25, 25, 25, 25, Optional.of(ScoreBand.LEADER), "test-1",
                Optional.empty()).total()).isEqualTo(100);

        SsiScore s = Scores.of("m", 0, 1, 2, 3, 4.5);
        CompactResult scored = CompactResult.of(BatchResult.scored(7, s), "ignored");
        assertThat(scored.index()).isEqualTo(7);
        assertThat(scored.memberId()).contains("m");
        assertThat(scored.total()).isEqualTo(10.5);
        assertThat(scored.pillar(Pillar.BUILD_RELATIONSHIPS)).isEqualTo(4.5);
        assertThat(scored.modelVersion()).isEqualTo("test-1");
        assertThat(scored.band()).contains(s.band());
    }

    @Test
    void progressCountsPerSecondOfElapsedTime() {
        assertThat(new BatchProgress(10, 2, Duration.ofSeconds(4), 0, false).perSecond()).isEqualTo(2.5);
        assertThat(new BatchProgress(3, 0, Duration.ofMillis(500), 1, false).perSecond()).isEqualTo(6.0);
        assertThat(new BatchProgress(10, 0, Duration.ZERO, 0, false).perSecond()).isZero();
        assertThat(new BatchProgress(10, 4, Duration.ofSeconds(1), 0, true).scored()).isEqualTo(6);
        assertThatThrownBy(() -> new BatchProgress(1, 2, Duration.ZERO, 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("failed must be between 0 and done");
        assertThatThrownBy(() -> new BatchProgress(0, 0, Duration.ofNanos(-1), 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elapsed");
        assertThatThrownBy(() -> new BatchProgress(0, 0, Duration.ZERO, -1, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inFlight");
    }

    @Test
    void aCohortKeepsItsMembersInIdOrderAndSaysWhatItHolds() {
        List<SsiScore> scores = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            scores.add(Scores.even(String.format("rep-%02d", i), 0, i));
        }
        Cohort team = Cohort.of("team", scores);
        assertThat(team.name()).isEqualTo("team");
        assertThat(team.size()).isEqualTo(12);
        assertThat(team.minimumSize()).isEqualTo(Cohort.DEFAULT_MINIMUM_SIZE);
        assertThat(team.scores()).extracting(SsiScore::memberId).isSorted().hasSize(12);
        assertThat(team.toString()).isEqualTo("Cohort[team, 12 members]");
        Cohort small = Cohort.builder("pod").minimumSize(3).add(scores.get(0)).add(scores.get(1)).build();
        assertThat(small.minimumSize()).isEqualTo(3);
        assertThat(small.toString()).isEqualTo("Cohort[pod, 2 members, withheld]");
        assertThat(small.statistics()).isEmpty();
    }

    @Test
    void theMeanIsSummedInOrderOfTheTotalsNotOfTheMembers() {
        // Summed in member-id order (0.3 + 0.2) + 0.1 is 0.6; in ascending order it is 0.6000000000000001.
        List<SsiScore> scores = List.of(Scores.of("a", 0, 0.3, 0, 0, 0), Scores.of("b", 0, 0.2, 0, 0, 0),
                Scores.of("c", 0, 0.1, 0, 0, 0));
        CohortStatistics stats = Cohort.builder("trio").minimumSize(1).add(scores.get(0)).add(scores.get(1))
                .add(scores.get(2)).build().statistics().orElseThrow();
        assertThat(stats.averageTotal()).isEqualTo((0.1 + 0.2 + 0.3) / 3);
        assertThat(stats.averageTotal()).isNotEqualTo((0.3 + 0.2 + 0.1) / 3);
    }

    @Test
    void aLeaderboardGivesUpToTheFirstNPlaces() {
        List<SsiScore> scores = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            scores.add(Scores.even("rep-" + i, 0, i));
        }
        CohortStatistics stats = Cohort.of("team", scores).statistics().orElseThrow();
        assertThat(stats.leaderboard(0)).isEmpty();
        assertThat(stats.leaderboard(3)).extracting(Standing::memberId).containsExactly("rep-9", "rep-8", "rep-7");
        assertThat(stats.leaderboard(50)).hasSize(10);
        assertThatThrownBy(() -> stats.leaderboard(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must be >= 0, but was -1");
    }

    @Test
    void aPillarsPointsMayDifferFromTheCappedSumByRoundingOnly() {
        RuleContribution c = new RuleContribution("brand.x", Pillar.PROFESSIONAL_BRAND, 10, 20, true,
                Evidence.of(10, 20, "points", "{measured}"));
        RuleContribution none = new RuleContribution("brand.x", Pillar.PROFESSIONAL_BRAND, 0, 20, true,
                Evidence.of(0, 20, "points", "{measured}"));
        // The tolerance is 1e-9, inclusive: a difference of exactly that passes.
        assertThat(new PillarScore(Pillar.PROFESSIONAL_BRAND, 1e-9, true, List.of(none)).points()).isZero();
        assertThatThrownBy(() -> new PillarScore(Pillar.PROFESSIONAL_BRAND, 2e-9, true, List.of(none)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capped sum");
        assertThatThrownBy(() -> new PillarScore(Pillar.PROFESSIONAL_BRAND, 10.001, true, List.of(c)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capped sum");
        PillarScore complete = PillarScore.of(Pillar.PROFESSIONAL_BRAND, List.of(c), true);
        assertThat(complete.toString()).isEqualTo("PillarScore[PROFESSIONAL_BRAND=10.0, 1 contributions]");
        assertThat(PillarScore.of(Pillar.PROFESSIONAL_BRAND, List.of(c), false).toString())
                .isEqualTo("PillarScore[PROFESSIONAL_BRAND=10.0, incomplete, 1 contributions]");
    }

    @Test
    void aScoresTotalMayDifferFromTheSumOfItsPillarsByRoundingOnly() {
        SsiScore zero = Scores.of("m", 0, 0, 0, 0, 0);
        // The tolerance is 1e-9, inclusive; the sum replaces a total within it.
        assertThat(new SsiScore(zero.memberId(), zero.asOf(), zero.modelVersion(), 1e-9, zero.pillars(), zero.band(),
                zero.ignored(), zero.failures()).total()).isZero();
        assertThatThrownBy(() -> new SsiScore(zero.memberId(), zero.asOf(), zero.modelVersion(), 2e-9, zero.pillars(),
                zero.band(), zero.ignored(), zero.failures())).isInstanceOf(IllegalArgumentException.class);
        SsiScore s = Scores.of("m", 0, 1, 2, 3, 4);
        EnumMap<Pillar, PillarScore> pillars = new EnumMap<>(s.pillars());
        assertThatThrownBy(() -> new SsiScore(s.memberId(), s.asOf(), s.modelVersion(), 10.001, pillars, s.band(),
                s.ignored(), s.failures())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("total must be the sum of the pillars");
        EnumMap<Pillar, PillarScore> swapped = new EnumMap<>(pillars);
        swapped.put(Pillar.PROFESSIONAL_BRAND, pillars.get(Pillar.FIND_RIGHT_PEOPLE));
        assertThatThrownBy(() -> new SsiScore(s.memberId(), s.asOf(), s.modelVersion(), 10, swapped, s.band(),
                s.ignored(), s.failures())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pillars maps PROFESSIONAL_BRAND to a score of FIND_RIGHT_PEOPLE");
    }

    /** The profile with one component replaced, through the canonical constructor as a deserialiser would. */
    private static MemberProfile with(MemberProfile p, String component, Object value) throws Exception {
        RecordComponent[] rc = MemberProfile.class.getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
            args[i] = rc[i].getName().equals(component) ? value : rc[i].getAccessor().invoke(p);
        }
        try {
            return MemberProfile.class.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void theCanonicalConstructorChecksWhatTheBuilderWouldHave() throws Exception {
        MemberProfile p = MemberProfile.builder("m").headline("Sales lead").summary("I sell.").build();
        assertThat(with(p, "headlineLength", 10).headlineLength()).isEqualTo(10);
        assertThatThrownBy(() -> with(p, "headlineLength", 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headlineLength must be 10 (the length of the text given), but was 11");
        assertThatThrownBy(() -> with(p, "summaryLength", 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("summaryLength must be 7 (the length of the text given), but was 3");
        assertThatThrownBy(() -> with(p, "jobTitle", Optional.of(" "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jobTitle must not be blank");
        assertThatThrownBy(() -> with(p, "industry", Optional.of(""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("industry must not be blank");
        MemberProfile lengthsOnly = with(with(p, "headline", ""), "headlineLength", 72);
        assertThat(lengthsOnly.headlineLength()).isEqualTo(72);
    }
}
