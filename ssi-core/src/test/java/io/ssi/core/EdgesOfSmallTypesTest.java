package io.ssi.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The boundaries and the printed forms of small value types: the last value each accepts, the
 * first it refuses, and what its {@code toString()} says.
 */
final class EdgesOfSmallTypesTest {

    @Test
    void bandThresholdsAcceptALeaderOfExactly100AndRefuseADevelopingOf0() {
        BandThresholds top = new BandThresholds(0.5, 50, 100);
        assertThat(top.bandOf(100)).isEqualTo(ScoreBand.LEADER);
        assertThat(top.bandOf(0.4)).isEqualTo(ScoreBand.LAGGARD);
        assertThat(top.bandOf(0.5)).isEqualTo(ScoreBand.DEVELOPING);
        assertThatThrownBy(() -> new BandThresholds(0, 50, 90)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("band thresholds must satisfy 0 < developing < good < leader <= 100, but were 0.0, 50.0,"
                        + " 90.0");
        assertThatThrownBy(() -> new BandThresholds(10, 50, 100.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but were 10.0, 50.0, 100.5");
    }

    @Test
    void theHalfLifeInDaysCountsFractionsOfASecond() {
        ScoringOptions options = ScoringOptions.defaults().withHalfLife(Duration.ofHours(36).plusMillis(8_640));
        assertThat(options.halfLifeDays()).isCloseTo(1.5001, within(1e-12));
        assertThat(ScoringOptions.defaults().withHalfLife(Duration.ofNanos(86_400_000_000_000L / 4)).halfLifeDays())
                .isCloseTo(0.25, within(1e-15));
    }

    @Test
    void aTaperAsLongAsTheNewWindowIsKept() {
        ScoringOptions options = ScoringOptions.defaults().withTaper(Duration.ofDays(30));
        assertThat(options.withWindow(Duration.ofDays(30)).taper()).isEqualTo(Duration.ofDays(30));
        assertThat(options.withWindow(Duration.ofDays(20)).taper()).as("shortened to the window")
                .isEqualTo(Duration.ofDays(20));
    }

    @Test
    void aTrendPeriodOfOneDayIsAcceptedAndOneOfZeroIsNot() {
        TrendPolicy policy = TrendPolicy.builder().threshold(1, 0.5).defaultThreshold(2.5).build();
        assertThat(policy).hasToString("TrendPolicy[thresholds={1=0.5, 7=1.0, 30=2.0, 90=3.0}, otherwise 2.5]");
        assertThatThrownBy(() -> TrendPolicy.builder().threshold(0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must be >= 1, but was 0");
    }

    @Test
    void aKindOfExactlyTheMaximumLengthIsAccepted() {
        String longest = "k".repeat(Activity.MAX_KIND_LENGTH);
        Activity a = Activity.builder(ActivityType.CUSTOM, Fixtures.AS_OF).id("a").kind(longest).build();
        assertThat(a.kind()).contains(longest);
        assertThatThrownBy(() -> Activity.builder(ActivityType.CUSTOM, Fixtures.AS_OF).id("b").kind(longest + "k")
                .build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind must be at most " + Activity.MAX_KIND_LENGTH + " characters, but was "
                        + (Activity.MAX_KIND_LENGTH + 1));
    }

    @Test
    void cohortStatisticsPrintTheirSizeAndAverages() {
        List<SsiScore> scores = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            scores.add(Scores.even("m" + i, 0, i));
        }
        CohortStatistics stats = Cohort.of("team", scores).statistics().orElseThrow();
        assertThat(stats).hasToString("CohortStatistics[size=10, averageTotal=18.0, medianTotal=18.0]");
    }
}
