package io.ssi.core;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

final class CohortTest {

    /** A cohort whose i-th member has {@code perPillar[i]} points on every pillar. */
    private static List<SsiScore> members(List<Integer> perPillar) {
        List<SsiScore> scores = new ArrayList<>();
        for (int i = 0; i < perPillar.size(); i++) {
            scores.add(Scores.even("m" + i, 0, perPillar.get(i)));
        }
        return scores;
    }

    @Test
    void ranksTopPercentAveragesMediansAndLeaderboard() {
        List<SsiScore> team = members(List.of(20, 10, 15, 15, 5, 25, 12, 18, 3, 9));
        CohortStatistics stats = Cohort.of("team", team).statistics().orElseThrow();
        assertThat(stats.leaderboard()).extracting(Standing::memberId, Standing::rank).startsWith(
                org.assertj.core.groups.Tuple.tuple("m5", 1), org.assertj.core.groups.Tuple.tuple("m0", 2),
                org.assertj.core.groups.Tuple.tuple("m7", 3), org.assertj.core.groups.Tuple.tuple("m2", 4),
                org.assertj.core.groups.Tuple.tuple("m3", 4), org.assertj.core.groups.Tuple.tuple("m6", 6));
        assertThat(stats.standing("m5").orElseThrow().topPercent()).isEqualTo(10.0);
        assertThat(stats.standing("m5").orElseThrow().label()).isEqualTo("top 10%");
        assertThat(stats.standing("m8").orElseThrow().topPercent()).isEqualTo(100.0);
        assertThat(stats.standing("m8").orElseThrow().cohortSize()).isEqualTo(10);
        assertThatThrownBy(() -> new Standing("x", 11, 10, 1.0)).hasMessage("rank must be between 1 and 10, but was 11");
        assertThatThrownBy(() -> new Standing("x", 1, 0, 1.0)).hasMessage("cohortSize must be >= 1, but was 0");
        assertThat(stats.standing("nobody")).isEmpty();
        assertThat(stats.averageTotal()).isCloseTo(4 * 13.2, within(1e-9));
        assertThat(stats.medianTotal()).isCloseTo(4 * 13.5, within(1e-9));
        assertThat(stats.average(Pillar.ENGAGE_WITH_INSIGHTS)).isCloseTo(13.2, within(1e-9));
        assertThat(stats.median(Pillar.BUILD_RELATIONSHIPS)).isCloseTo(13.5, within(1e-9));
        assertThat(stats.leaderboard(3)).extracting(Standing::memberId).containsExactly("m5", "m0", "m7");
    }

    @Test
    void aCohortBelowThePrivacyFloorYieldsOnlyAReason() {
        Cohort small = Cohort.of("team-small", members(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)));
        assertThat(small.statistics()).isEmpty();
        assertThat(small.withheldBecause()).contains("cohort team-small has 9 members; statistics need at least 10,"
                + " so that no one's score can be inferred");
        Cohort allowed = Cohort.builder("team-small").minimumSize(5).addAll(members(List.of(1, 2, 3, 4, 5))).build();
        assertThat(allowed.statistics()).isPresent();
        assertThat(allowed.withheldBecause()).isEmpty();
    }

    @Test
    void badCohortsAreRejected() {
        assertThatThrownBy(() -> Cohort.of("empty", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cohort empty has no members: add at least one score");
        List<SsiScore> twice = List.of(Scores.even("a", 0, 1), Scores.even("b", 0, 1), Scores.even("a", 0, 2));
        assertThatThrownBy(() -> Cohort.of("team", twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cohort team already holds member a: each member may appear once");
        List<SsiScore> mixed = List.of(Scores.of("a", 0, "test-1", 1, 1, 1, 1), Scores.of("b", 0, "test-2", 1, 1, 1, 1));
        assertThatThrownBy(() -> Cohort.of("team", mixed)).hasMessageContaining("mixes model versions");
        assertThatThrownBy(() -> Cohort.builder(" ")).hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> Cohort.builder("t").minimumSize(0)).hasMessage("minimumSize must be >= 1, but was 0");
        assertThatThrownBy(() -> Cohort.of("t", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void percentileRanksAreMonotoneInScoreAndTiesShareARank() {
        qt().withExamples(Examples.of(200)).forAll(lists().of(integers().between(0, 25)).ofSizeBetween(1, 40))
                .checkAssert(points -> {
                    List<SsiScore> scores = members(points);
                    CohortStatistics stats = Cohort.builder("c").minimumSize(1).addAll(scores).build()
                            .statistics().orElseThrow();
                    for (SsiScore a : scores) {
                        for (SsiScore b : scores) {
                            Standing sa = stats.standing(a.memberId()).orElseThrow();
                            Standing sb = stats.standing(b.memberId()).orElseThrow();
                            if (a.total() > b.total()) {
                                assertThat(sa.topPercent()).isLessThan(sb.topPercent());
                                assertThat(sa.rank()).isLessThan(sb.rank());
                            } else if (a.total() == b.total()) {
                                assertThat(sa.rank()).isEqualTo(sb.rank());
                                assertThat(sa.topPercent()).isEqualTo(sb.topPercent());
                            }
                        }
                    }
                });
    }

    @Test
    void statisticsDoNotDependOnTheOrderOfTheMembers() {
        qt().withExamples(Examples.of(200)).forAll(lists().of(integers().between(0, 250)).ofSizeBetween(10, 40),
                integers().all()).checkAssert((tenths, seed) -> {
                    List<SsiScore> scores = new ArrayList<>();
                    for (int i = 0; i < tenths.size(); i++) {
                        double x = tenths.get(i) / 10.0;
                        scores.add(Scores.of("m" + i, 0, x, x / 3, 25 - x, x / 7));
                    }
                    List<SsiScore> shuffled = new ArrayList<>(scores);
                    Collections.shuffle(shuffled, new Random(seed));
                    CohortStatistics a = Cohort.of("c", scores).statistics().orElseThrow();
                    CohortStatistics b = Cohort.of("c", shuffled).statistics().orElseThrow();
                    assertThat(b.leaderboard()).isEqualTo(a.leaderboard());
                    assertThat(b.averageTotal()).isEqualTo(a.averageTotal());
                    assertThat(b.medianTotal()).isEqualTo(a.medianTotal());
                    for (Pillar p : Pillar.values()) {
                        assertThat(b.average(p)).isEqualTo(a.average(p));
                        assertThat(b.median(p)).isEqualTo(a.median(p));
                    }
                });
    }
}
