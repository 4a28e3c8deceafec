package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.BatchResult;
import io.ssi.core.MemberInput;
import io.ssi.core.Recommendation;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.examples.Personas;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
    void historyBenchmarkReturnsAYearOfTheTrainedRepPersonaWhoseLastDayIsTheScore() {
        HistoryBenchmark b = new HistoryBenchmark();
        b.setUp();
        assertThat(b.score().memberId()).isEqualTo(Personas.trainedRep(SampleTeam.AS_OF).profile().id());
        assertThat(b.activities()).hasSize(HistoryBenchmark.QUARTERS
                * Personas.trainedRep(SampleTeam.AS_OF).activities().size());

        List<SsiScore> days = b.history();
        SsiScore score = b.score();
        assertThat(days).hasSize(HistoryBenchmark.DAYS);
        assertThat(days.get(days.size() - 1).asOf()).isEqualTo(score.asOf());
        assertThat(days.get(days.size() - 1).total()).isCloseTo(score.total(), within(1e-9));
        // A full window of activity on every day of the year, so the history does real work.
        assertThat(days.get(0).total()).isGreaterThan(50.0);
        // Its last day alone is that day of the history, and the score.
        assertThat(b.lastDayAlone()).singleElement().satisfies(d -> {
            assertThat(d.asOf()).isEqualTo(score.asOf());
            assertThat(d.total()).isCloseTo(score.total(), within(1e-9));
        });
    }

    @Test
    void backfillKeepsTheRoutineUpWithFreshIdsAndLeavesTheLastWindowAsItWas() {
        SampleMember rep = Personas.trainedRep(SampleTeam.AS_OF);
        List<Activity> log = Workloads.backfill(rep.activities(), 3);
        assertThat(log).hasSize(3 * rep.activities().size());
        assertThat(log).extracting(Activity::id).doesNotHaveDuplicates();
        assertThat(log.stream().flatMap(a -> a.contact().stream()).map(c -> c.id()).distinct().count())
                .isEqualTo(3 * rep.activities().stream().flatMap(a -> a.contact().stream()).map(c -> c.id())
                        .distinct().count());
        SsiCalculator calc = SsiCalculator.standard();
        SsiScore longer = calc.score(rep.profile(), log, SampleTeam.AS_OF);
        assertThat(longer.total()).isEqualTo(calc.score(rep.profile(), rep.activities(), SampleTeam.AS_OF).total());
        assertThat(longer.ignored().beforeWindow()).isEqualTo(2 * rep.activities().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"trained", "newcomer"})
    void adviceBenchmarkAdvisesThePersonaWhoseScoreItAlsoMeasures(String persona) {
        AdviceBenchmark b = new AdviceBenchmark();
        b.persona = persona;
        b.setUp();

        SsiScore s = b.score();
        assertThat(s.memberId()).isEqualTo("persona-" + persona);
        List<Recommendation> recs = b.advise();
        assertThat(recs).isNotEmpty().allSatisfy(r -> assertThat(r.expectedGain()).isPositive());
    }

    @Test
    void adviceBenchmarkRejectsAnUnknownPersona() {
        AdviceBenchmark b = new AdviceBenchmark();
        b.persona = "maxed";
        assertThatThrownBy(b::setUp).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("persona must be trained or newcomer, but was maxed");
    }

    @Test
    void batchBenchmarkScoresAThousandDistinctMembersTheSameOnOneAndTwoThreads() {
        BatchBenchmark b = new BatchBenchmark();
        b.setUp();
        try {
            List<MemberInput> members = b.members();
            assertThat(members).hasSize(BatchBenchmark.MEMBERS);
            assertThat(members).extracting(m -> m.profile().id()).doesNotHaveDuplicates();

            List<BatchResult> one = b.oneThread();
            List<BatchResult> two = b.twoThreads();
            assertThat(one).hasSize(BatchBenchmark.MEMBERS).allMatch(BatchResult::succeeded);
            assertThat(two).isEqualTo(one);
            assertThat(one.get(1).score().orElseThrow().total()).isGreaterThan(0.0);
            BatchResult last = one.get(one.size() - 1);
            assertThat(b.streamingOneThread()).isEqualTo(io.ssi.core.CompactResult.of(last,
                    last.score().orElseThrow().modelVersion()));
            assertThat(b.streamingTwoThreads().index()).isBetween(0, BatchBenchmark.MEMBERS - 1);
        } finally {
            b.tearDown();
        }
    }

    @Test
    void duplicatesBenchmarkCountsEachLogAsOneRow() {
        DuplicatesBenchmark b = new DuplicatesBenchmark();
        b.setUp();
        assertThat(b.identical().ignored().duplicates()).isEqualTo(DuplicatesBenchmark.ROWS - 1);
        assertThat(b.conflicting().ignored().duplicates()).isEqualTo(DuplicatesBenchmark.ROWS - 1);
    }

    @Test
    void everyBenchmarkInThePackageRunsInBenchmarkRatios() throws IOException {
        // Surefire runs in ssi-examples/; an IDE may run in the repository root.
        Path dir = Path.of("src/main/java/io/ssi/examples/bench");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("ssi-examples").resolve(dir);
        }
        List<String> withBenchmarks;
        try (Stream<Path> files = Files.list(dir)) {
            withBenchmarks = files.filter(f -> {
                try {
                    return Files.readString(f).contains("@Benchmark\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString().replace(".java", "")).toList();
        }
        assertThat(BenchmarkRatios.BENCHMARKS).extracting(Class::getSimpleName)
                .containsExactlyInAnyOrderElementsOf(withBenchmarks);
    }

    @Test
    void cpuRatiosMeasureTheBenchmarksWorkloadsAndPrintEachRatio() {
        List<CpuRatios.Ratio> ratios = CpuRatios.ratios();
        assertThat(ratios).extracting(CpuRatios.Ratio::label).hasSize(6)
                .anyMatch(l -> l.startsWith("one score / hand-written fused pass, 1000"))
                .anyMatch(l -> l.startsWith("advise / one score, newcomer"));
        CpuRatios.Ratio fused = ratios.get(0);
        double[][] rounds = fused.measure(2, 0);
        assertThat(rounds).hasNumberOfRows(2);
        assertThat(rounds[1][0]).as("CPU ns per score").isPositive();
        assertThat(rounds[1][2]).as("bytes per score").isPositive();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        fused.print(rounds, new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("one score / hand-written fused pass, 1000 activities").contains("us CPU");
    }

    @Test
    void membersPerSecondCountsTheWholeBatch() {
        assertThat(BenchmarkRatios.membersPerSecond(250.0)).isEqualTo(BatchBenchmark.MEMBERS * 4.0);
    }

    @Test
    void ratiosUseTheMedianOfTheIterations() {
        assertThat(BenchmarkRatios.median(List.of(5.0, 1.0, 100.0))).isEqualTo(5.0);
        assertThat(BenchmarkRatios.median(List.of(4.0, 1.0, 2.0, 100.0))).isEqualTo(3.0);
        assertThat(BenchmarkRatios.median(List.of())).isNaN();
    }
}
