package io.ssi.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

final class TrendPolicyTest {

    /** {@code days} daily scores of one member whose per-pillar points follow {@code points(day)}. */
    private static List<SsiScore> history(int days, IntToDoubleFunction points) {
        List<SsiScore> h = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            h.add(Scores.even("m", d, points.applyAsDouble(d)));
        }
        return h;
    }

    @Test
    void theTrendComparesTheLastScoreWithTheOneThePeriodBefore() {
        List<SsiScore> h = history(40, d -> 10 + d * 0.1);
        Trend t = TrendPolicy.standard().trend(h, 30);
        assertThat(t.totalChange()).isCloseTo(4 * 3.0, within(1e-9));
        assertThat(t.change(Pillar.FIND_RIGHT_PEOPLE)).isCloseTo(3.0, within(1e-9));
        assertThat(t.from()).isEqualTo(h.get(9).asOf());
        assertThat(t.to()).isEqualTo(h.get(39).asOf());
        assertThat(t.direction()).isEqualTo(Trend.Direction.IMPROVING);
        assertThat(t.days()).isEqualTo(30);
    }

    static Stream<Arguments> directions() {
        // Per-pillar change per day; the total moves 4 times as much. Standard thresholds: 1, 2, 3.
        return Stream.of(
                Arguments.of(7, 0.25 / 7, Trend.Direction.IMPROVING),
                Arguments.of(7, 0.24 / 7, Trend.Direction.STEADY),
                Arguments.of(7, -0.25 / 7, Trend.Direction.DECLINING),
                Arguments.of(30, 0.49 / 30, Trend.Direction.STEADY),
                Arguments.of(30, -0.5 / 30, Trend.Direction.DECLINING),
                Arguments.of(90, 0.75 / 90, Trend.Direction.IMPROVING),
                Arguments.of(90, 0.74 / 90, Trend.Direction.STEADY));
    }

    @ParameterizedTest
    @MethodSource("directions")
    void aChangeOfAtLeastThePeriodsThresholdIsAMove(int days, double perDay, Trend.Direction expected) {
        List<SsiScore> h = history(days + 1, d -> 12.5 + perDay * d);
        assertThat(TrendPolicy.standard().trend(h, days).direction()).isEqualTo(expected);
    }

    @Test
    void aHistoryWithNoScoreNearThePeriodsStartIsInsufficientData() {
        // 30 days: a tolerance of 3 days, so the oldest of 26 daily scores (25 days back) is too young.
        List<SsiScore> h = history(26, d -> d * 0.5);
        Trend t = TrendPolicy.standard().trend(h, 30);
        assertThat(t.direction()).isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
        assertThat(t.totalChange()).isZero();
        assertThat(t.from()).isEqualTo(t.to()).isEqualTo(h.get(25).asOf());
        Trend near = TrendPolicy.standard().trend(history(28, d -> d * 0.5), 30);
        assertThat(near.direction()).isEqualTo(Trend.Direction.IMPROVING);
        assertThat(near.from()).isEqualTo(Scores.even("m", 0, 0).asOf());
    }

    @Test
    void theToleranceIsADayAndAHalfOrATenthOfThePeriodButAtMostHalfOfIt() {
        assertThat(TrendPolicy.tolerance(1)).isEqualTo(java.time.Duration.ofHours(12));
        assertThat(TrendPolicy.tolerance(3)).isEqualTo(java.time.Duration.ofHours(36));
        assertThat(TrendPolicy.tolerance(7)).isEqualTo(java.time.Duration.ofHours(36));
        assertThat(TrendPolicy.tolerance(30)).isEqualTo(java.time.Duration.ofDays(3));
        assertThat(TrendPolicy.tolerance(90)).isEqualTo(java.time.Duration.ofDays(9));
        assertThatThrownBy(() -> TrendPolicy.tolerance(0)).hasMessage("days must be >= 1, but was 0");
    }

    /** A stored score of member m with even pillars, at {@code hours} hours after day 0. */
    private static SsiScore storedAt(double hours, double perPillar) {
        SsiScore s = Scores.even("m", 0, perPillar);
        return new SsiScore("m", s.asOf().plusSeconds(Math.round(hours * 3600)), s.modelVersion(), s.pillars(),
                s.band(), s.ignored(), s.failures());
    }

    @Test
    void storedScoresAreReadAsTheyAreLateRepeatedMissingAndInAnyOrder() {
        List<SsiScore> h = new ArrayList<>();
        for (int d = 0; d <= 40; d++) {
            if (d == 10 || d == 11 || d == 33) {
                continue; // missed nights, among them the night exactly 30 days before the latest
            }
            double late = d % 3 == 0 ? 1.5 : 0; // every third run 90 minutes late
            h.add(storedAt(d * 24 + late, 5 + d * 0.1));
            if (d % 5 == 0) {
                h.add(storedAt(d * 24 + 6, 5 + d * 0.1 + 0.01)); // a second run on the same day
            }
        }
        java.util.Collections.reverse(h);
        Trend t = TrendPolicy.standard().trend(h, 30);
        // Latest: day 40's second run (+6 h). 30 days before it, days 10 and 11 are missing; day 9
        // ran 1.5 h late, 28.5 h off, and day 12 (also late) is 43.5 h off, so day 9 is taken.
        assertThat(t.to()).isEqualTo(storedAt(40 * 24 + 6, 0).asOf());
        assertThat(t.from()).isEqualTo(storedAt(9 * 24 + 1.5, 0).asOf());
        assertThat(t.totalChange()).isCloseTo(4 * (0.1 * 31 + 0.01), within(1e-9));
        assertThat(t.direction()).isEqualTo(Trend.Direction.IMPROVING);
        Trend week = TrendPolicy.standard().trend(h, 7);
        // 7 days before day 40 + 6 h is day 33 + 6 h: day 33 is missing, day 34 (0 h) is 18 h off,
        // day 32 (0 h) 30 h off.
        assertThat(week.from()).isEqualTo(storedAt(34 * 24, 0).asOf());
    }

    @Test
    void equallyNearScoresTakeTheOlderOne() {
        List<SsiScore> h = List.of(storedAt(0, 1), storedAt(24, 2), storedAt(48, 3), storedAt(8 * 24, 4));
        // 7 days before day 8 is day 1; remove it and days 0 and 2 are both 24 hours off.
        List<SsiScore> without = List.of(h.get(0), h.get(2), h.get(3));
        assertThat(TrendPolicy.standard().trend(without, 7).from()).isEqualTo(h.get(0).asOf());
        assertThat(TrendPolicy.standard().trend(h, 7).from()).isEqualTo(h.get(1).asOf());
    }

    @Test
    void aSingleScoreIsInsufficientData() {
        assertThat(TrendPolicy.standard().trend(List.of(storedAt(0, 3)), 1).direction())
                .isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
    }

    @Test
    void trendsReadSevenThirtyAndNinetyDays() {
        List<SsiScore> h = history(60, d -> 5 + d * 0.05);
        assertThat(TrendPolicy.standard().trends(h)).extracting(Trend::days, Trend::direction).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, Trend.Direction.IMPROVING),
                org.assertj.core.groups.Tuple.tuple(30, Trend.Direction.IMPROVING),
                org.assertj.core.groups.Tuple.tuple(90, Trend.Direction.INSUFFICIENT_DATA));
    }

    @Test
    void thresholdsAreConfigurable() {
        List<SsiScore> h = history(8, d -> 10 + d * 0.1);
        assertThat(TrendPolicy.standard().trend(h, 7).direction()).isEqualTo(Trend.Direction.IMPROVING);
        TrendPolicy strict = TrendPolicy.builder().threshold(7, 5.0).defaultThreshold(0.5).build();
        assertThat(strict.trend(h, 7).direction()).isEqualTo(Trend.Direction.STEADY);
        assertThat(strict.threshold(14)).isEqualTo(0.5);
        assertThat(strict.threshold(30)).isEqualTo(2.0);
    }

    static Stream<Arguments> badHistories() {
        List<SsiScore> twoMembers = List.of(Scores.even("a", 0, 1), Scores.even("b", 1, 1));
        List<SsiScore> twoModels = List.of(Scores.of("a", 0, "test-1", 1, 1, 1, 1),
                Scores.of("a", 1, "test-2", 1, 1, 1, 1));
        List<SsiScore> withNull = new ArrayList<>(List.of(Scores.even("a", 0, 1)));
        withNull.add(null);
        return Stream.of(
                Arguments.of(List.of(), "history must hold at least one score"),
                Arguments.of(twoMembers, "history must be of one member, but holds a and b"),
                Arguments.of(twoModels, "history mixes model versions test-1 and test-2"),
                Arguments.of(withNull, "history[1] must not be null"));
    }

    @ParameterizedTest
    @MethodSource("badHistories")
    void aHistoryThatIsNotOneMembersScoresIsRejected(List<SsiScore> history, String message) {
        assertThatThrownBy(() -> TrendPolicy.standard().trend(history, 7)).hasMessageContaining(message);
    }

    @Test
    void badPeriodsAndThresholdsAreRejected() {
        List<SsiScore> h = history(3, d -> 1);
        assertThatThrownBy(() -> TrendPolicy.standard().trend(h, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be >= 1, but was 0");
        assertThatThrownBy(() -> TrendPolicy.builder().threshold(7, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold must be > 0, but was -1.0");
        assertThatThrownBy(() -> TrendPolicy.builder().threshold(0, 1)).hasMessage("days must be >= 1, but was 0");
        assertThatThrownBy(() -> TrendPolicy.builder().defaultThreshold(Double.NaN))
                .hasMessage("defaultThreshold must be a finite number, but was NaN");
        assertThatThrownBy(() -> TrendPolicy.standard().trend(null, 7)).isInstanceOf(NullPointerException.class)
                .hasMessage("history");
    }

    @Test
    void aDaylightSavingDayStillCountsAsOneDay() {
        java.time.ZoneId berlin = java.time.ZoneId.of("Europe/Berlin");
        List<SsiScore> h = new ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 25);
        for (int i = 0; i < 10; i++) {
            SsiScore s = Scores.even("m", 0, 5 + i);
            h.add(new SsiScore("m", SsiCalculator.endOfDay(day.plusDays(i), berlin), s.modelVersion(), s.pillars(),
                    s.band(), s.ignored(), s.failures()));
        }
        assertThat(TrendPolicy.standard().trend(h, 7).totalChange()).isCloseTo(28, within(1e-9));
    }
}
