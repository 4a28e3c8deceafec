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
    void aHistoryNoLongerThanThePeriodIsInsufficientData() {
        List<SsiScore> h = history(30, d -> d * 0.5);
        Trend t = TrendPolicy.standard().trend(h, 30);
        assertThat(t.direction()).isEqualTo(Trend.Direction.INSUFFICIENT_DATA);
        assertThat(t.totalChange()).isZero();
        assertThat(TrendPolicy.standard().trend(history(31, d -> d * 0.5), 30).direction())
                .isEqualTo(Trend.Direction.IMPROVING);
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
        List<SsiScore> gap = List.of(Scores.even("a", 0, 1), Scores.even("a", 2, 1));
        List<SsiScore> backwards = List.of(Scores.even("a", 1, 1), Scores.even("a", 0, 1));
        List<SsiScore> withNull = new ArrayList<>(List.of(Scores.even("a", 0, 1)));
        withNull.add(null);
        return Stream.of(
                Arguments.of(List.of(), "history must hold at least one score"),
                Arguments.of(twoMembers, "history must be of one member, but holds a and b"),
                Arguments.of(twoModels, "history mixes model versions test-1 and test-2"),
                Arguments.of(gap, "history must hold one score per day, oldest first, but history[1] is PT48H"),
                Arguments.of(backwards, "history[1] is PT-24H"),
                Arguments.of(withNull, "history[1] must not be null"));
    }

    @ParameterizedTest
    @MethodSource("badHistories")
    void aHistoryThatIsNotOneMembersDailyScoresIsRejected(List<SsiScore> history, String message) {
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
