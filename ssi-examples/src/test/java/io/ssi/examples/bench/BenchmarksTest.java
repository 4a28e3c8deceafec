package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.SsiScore;
import io.ssi.examples.Personas;
import io.ssi.examples.SampleTeam;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs each benchmark method once, without JMH, so that the benchmarks compile, set up and
 * measure what they claim to, and never rot. JMH itself does not run in the build.
 */
final class BenchmarksTest {

    @Test
    void scoreBenchmarkScoresTheTrainedRepAndItsBaselineReadsTheSameLog() {
        ScoreBenchmark b = new ScoreBenchmark();
        b.copies = 1;
        b.setUp();

        SsiScore s = b.score();
        assertThat(s.memberId()).isEqualTo(Personas.trainedRep(SampleTeam.AS_OF).profile().id());
        assertThat(s.total()).isBetween(70.0, 95.0);
        long expected = b.activities().stream().mapToLong(a -> a.at().getEpochSecond()).sum();
        assertThat(b.baseline()).isEqualTo(expected);
    }

    @Test
    void repeatedLogsAreLongerWithFreshIdsAndAllCounted() {
        int persona = Personas.trainedRep(SampleTeam.AS_OF).activities().size();
        for (int copies : new int[] {4, 16}) {
            ScoreBenchmark b = new ScoreBenchmark();
            b.copies = copies;
            b.setUp();
            List<Activity> log = b.activities();
            assertThat(log).hasSize(persona * copies);
            assertThat(log).extracting(Activity::id).doesNotHaveDuplicates();
            SsiScore s = b.score();
            assertThat(s.ignored().total()).as("every copy is inside the window").isZero();
            assertThat(s.total()).isBetween(70.0, 100.0);
        }
    }

    @Test
    void repeatRejectsFewerThanOneCopy() {
        assertThatThrownBy(() -> Workloads.repeat(List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("copies must be >= 1, but was 0");
    }

    @Test
    void historyBenchmarkReturnsAYearWhoseLastDayIsTheScore() {
        HistoryBenchmark b = new HistoryBenchmark();
        b.setUp();

        List<SsiScore> days = b.history();
        SsiScore score = b.score();
        assertThat(days).hasSize(HistoryBenchmark.DAYS);
        assertThat(days.get(days.size() - 1).asOf()).isEqualTo(score.asOf());
        assertThat(days.get(days.size() - 1).total()).isCloseTo(score.total(), within(1e-9));
        // A full window of activity on every day of the year, so the history does real work.
        assertThat(days.get(0).total()).isGreaterThan(50.0);
    }

    @Test
    void ratiosUseTheMedianOfTheIterations() {
        assertThat(BenchmarkRatios.median(List.of(5.0, 1.0, 100.0))).isEqualTo(5.0);
        assertThat(BenchmarkRatios.median(List.of(4.0, 1.0, 2.0, 100.0))).isEqualTo(3.0);
        assertThat(BenchmarkRatios.median(List.of())).isNaN();
    }
}
