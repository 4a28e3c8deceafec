package io.ssi.examples.bench;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link ScoreBenchmark}, {@link FusedPassBenchmark}, {@link HistoryBenchmark}, {@link AdviceBenchmark},
 * {@link BatchBenchmark} and {@link DuplicatesBenchmark} and prints the ratios that matter, each between two timings of the
 * same run: a score against a plain pass over the same log, a longer log against the
 * persona's, a score against a hand-written fused pass that builds the same result, a year of
 * history against one score, advice against one score, and a batch on 2
 * threads against the same batch on 1, with the batches' members a second. Absolute times are
 * printed too, for reference only: on a shared machine they mean little on their own.
 *
 * <pre>{@code
 * java -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.BenchmarkRatios
 * }</pre>
 *
 * <p>The benchmarks' own settings (1 fork, 5 warm-up and 5 measured iterations of 1 s, 20
 * warm-up iterations for advice, with JMH's GC profiler for the bytes allocated) take about
 * four minutes in all. Any JMH option
 * overrides them, for example {@code -f 3 -i 10}; a benchmark regex limits what runs.
 */
public final class BenchmarkRatios {

    /** The benchmarks run when no regex is given, in order. */
    static final List<Class<?>> BENCHMARKS = List.of(ScoreBenchmark.class, FusedPassBenchmark.class,
            HistoryBenchmark.class, AdviceBenchmark.class, BatchBenchmark.class, DuplicatesBenchmark.class);

    private BenchmarkRatios() {
    }

    /**
     * Runs the benchmarks and prints the ratios.
     *
     * @param args JMH command-line options, optional
     * @throws RunnerException            if JMH fails
     * @throws CommandLineOptionException if an option is not valid
     */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            for (Class<?> benchmark : BENCHMARKS) {
                options.include(benchmark.getName());
            }
        }
        if (cli.getProfilers().isEmpty()) {
            // Bytes allocated per operation do not depend on the neighbours' load: a steady
            // witness, next to the timings, of how the work grows with the log.
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(results, System.out);
    }

    /**
     * Prints the ratios that the results allow; a ratio whose two timings are missing is left
     * out. Each timing is the median of its measured iterations rather than their mean: on a
     * shared machine, a neighbour's build slows a few iterations a lot, and the median shrugs
     * that off. The ratio of the fastest iterations follows in parentheses, and the ratio of
     * bytes allocated per operation, which no neighbour disturbs, after it.
     */
    static void print(Collection<RunResult> results, PrintStream out) {
        Map<String, Timing> byName = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            List<Double> iterations = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    iterations.add(i.getPrimaryResult().getScore());
                }
            }
            Result<?> primary = r.getPrimaryResult();
            double allocated = Double.NaN;
            for (String key : r.getSecondaryResults().keySet()) {
                if (key.endsWith("gc.alloc.rate.norm")) {
                    allocated = r.getSecondaryResults().get(key).getScore();
                }
            }
            byName.put(name + params(r),
                    new Timing(median(iterations), Collections.min(iterations), primary.getScore(),
                            primary.getScoreError(), primary.getScoreUnit(), allocated));
        }
        out.println();
        out.println("SSI benchmark ratios, every figure from this run");
        out.printf(Locale.ROOT, "  %-52s %7s %9s %9s%n", "", "median", "(fastest)", "bytes");
        for (String copies : new String[] {"1", "4", "16"}) {
            ratio(out, byName, "ScoreBenchmark.score x" + copies, "ScoreBenchmark.baseline x" + copies,
                    "one score / one plain pass over the log, log x" + copies, null);
        }
        for (String n : new String[] {"1000", "6540"}) {
            ratio(out, byName, "FusedPassBenchmark.score " + n, "FusedPassBenchmark.fused " + n,
                    "one score / hand-written fused pass, " + n + " activities", "target at 1000: 1.2");
        }
        ratio(out, byName, "ScoreBenchmark.score x4", "ScoreBenchmark.score x1", "score of log x4 / score of log x1",
                "linear: 4");
        ratio(out, byName, "ScoreBenchmark.score x16", "ScoreBenchmark.score x1", "score of log x16 / score of log x1",
                "linear: 16");
        ratio(out, byName, "HistoryBenchmark.history", "HistoryBenchmark.score",
                "history of " + HistoryBenchmark.DAYS + " days / one score", "rescoring each day: "
                        + HistoryBenchmark.DAYS);
        ratio(out, byName, "HistoryBenchmark.lastDayAlone", "HistoryBenchmark.score",
                "history of its last day alone / one score", null);
        ratio(out, byName, "AdviceBenchmark.advise trained", "AdviceBenchmark.score trained",
                "advise / one score, Trained rep", null);
        ratio(out, byName, "AdviceBenchmark.advise newcomer", "AdviceBenchmark.score newcomer",
                "advise / one score, Newcomer", null);
        // Time on 1 thread over time on 2 is the throughput on 2 over the throughput on 1.
        ratio(out, byName, "BatchBenchmark.oneThread", "BatchBenchmark.twoThreads",
                "batch throughput, 2 threads / 1 thread", "2 idle cores: 2");
        ratio(out, byName, "BatchBenchmark.streamingOneThread", "BatchBenchmark.streamingTwoThreads",
                "streaming batch throughput, 2 threads / 1 thread", "2 idle cores: 2");
        ratio(out, byName, "BatchBenchmark.streamingOneThread", "BatchBenchmark.oneThread",
                "streaming batch / scoreAll, 1 thread", null);
        ratio(out, byName, "DuplicatesBenchmark.conflicting", "DuplicatesBenchmark.identical",
                DuplicatesBenchmark.ROWS + " conflicting / identical duplicate ids", "linear: at most 2");
        Timing one = byName.get("BatchBenchmark.oneThread");
        Timing two = byName.get("BatchBenchmark.twoThreads");
        if (one != null && two != null && one.unit().equals("ms/op") && two.unit().equals("ms/op")) {
            out.printf(Locale.ROOT, "  %-52s %,7.0f %9s%n", "members a second, batch of " + BatchBenchmark.MEMBERS
                    + " on 1 thread", membersPerSecond(one.median()), String.format(Locale.ROOT, "(%,.0f)",
                    membersPerSecond(one.min())));
            out.printf(Locale.ROOT, "  %-52s %,7.0f %9s%n", "members a second, batch of " + BatchBenchmark.MEMBERS
                    + " on 2 threads", membersPerSecond(two.median()), String.format(Locale.ROOT, "(%,.0f)",
                    membersPerSecond(two.min())));
        }
        out.println();
        out.println("Absolute figures, for reference only: median, fastest, JMH's mean +- error, bytes per op");
        byName.forEach((name, t) -> out.printf(Locale.ROOT, "  %-32s %10.1f %10.1f  (%.1f +- %.1f) %s  %,.0f B%n",
                name, t.median(), t.min(), t.mean(), t.error(), t.unit(), t.allocated()));
    }

    private static void ratio(PrintStream out, Map<String, Timing> byName, String numerator, String denominator,
                              String label, String reference) {
        Timing n = byName.get(numerator);
        Timing d = byName.get(denominator);
        if (n == null || d == null || !n.unit().equals(d.unit())) {
            return;
        }
        // A plain pass allocates nothing, so against it a ratio of bytes means nothing.
        String allocated = Double.isNaN(n.allocated()) || Double.isNaN(d.allocated()) || d.allocated() < 1 ? "-"
                : String.format(Locale.ROOT, "%.1f", n.allocated() / d.allocated());
        out.printf(Locale.ROOT, "  %-52s %7.1f %9s %9s%s%n", label, n.median() / d.median(),
                String.format(Locale.ROOT, "(%.1f)", n.min() / d.min()), allocated,
                reference == null ? "" : "   " + reference);
    }

    /** A benchmark's parameters as a suffix of its name: {@code " x4"} for copies, else {@code " value"}. */
    private static String params(RunResult r) {
        StringBuilder suffix = new StringBuilder();
        for (String key : r.getParams().getParamsKeys()) {
            String value = r.getParams().getParam(key);
            suffix.append(key.equals("copies") ? " x" : " ").append(value);
        }
        return suffix.toString();
    }

    /** Members a second for a batch of {@link BatchBenchmark#MEMBERS} that took {@code millis}. */
    static double membersPerSecond(double millis) {
        return BatchBenchmark.MEMBERS * 1000.0 / millis;
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
    }

    /**
     * One benchmark's figures: the median and the fastest of its iterations (the one least
     * disturbed by neighbours), JMH's mean and error, and bytes allocated per operation (NaN
     * without the GC profiler).
     */
    private record Timing(double median, double min, double mean, double error, String unit, double allocated) {
    }
}
