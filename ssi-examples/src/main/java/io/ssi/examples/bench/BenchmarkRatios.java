package io.ssi.examples.bench;

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
 * Runs {@link ScoreBenchmark} and {@link HistoryBenchmark} and prints the ratios that matter,
 * each between two timings of the same run: a score against a plain pass over the same log,
 * a longer log against the persona's, a year of history against one score. Absolute times are
 * printed too, for reference only: on a shared machine they mean little on their own.
 *
 * <pre>{@code
 * java -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.BenchmarkRatios
 * }</pre>
 *
 * <p>The benchmarks' own settings (1 fork, 3 warm-up and 5 measured iterations of 1 s) take
 * about a minute and a half. Any JMH option overrides them, for example {@code -f 3 -i 10}; a
 * benchmark regex limits what runs.
 */
public final class BenchmarkRatios {

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
            options.include(ScoreBenchmark.class.getName()).include(HistoryBenchmark.class.getName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(results, System.out);
    }

    /**
     * Prints the ratios that the results allow; a ratio whose two timings are missing is left
     * out. Each timing is the median of its measured iterations rather than their mean: on a
     * shared machine, a neighbour's build slows a few iterations a lot, and the median shrugs
     * that off.
     */
    static void print(Collection<RunResult> results, PrintStream out) {
        Map<String, Timing> byName = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String copies = r.getParams().getParam("copies");
            List<Double> iterations = new ArrayList<>();
            for (BenchmarkResult b : r.getBenchmarkResults()) {
                for (IterationResult i : b.getIterationResults()) {
                    iterations.add(i.getPrimaryResult().getScore());
                }
            }
            Result<?> primary = r.getPrimaryResult();
            byName.put(copies == null ? name : name + " x" + copies,
                    new Timing(median(iterations), primary.getScore(), primary.getScoreError(),
                            primary.getScoreUnit()));
        }
        out.println();
        out.println("SSI benchmark ratios (medians of iterations, all timings from this run)");
        for (String copies : new String[] {"1", "4", "16"}) {
            ratio(out, byName, "ScoreBenchmark.score x" + copies, "ScoreBenchmark.baseline x" + copies,
                    "one score / one plain pass over the same log, log x" + copies, null);
        }
        ratio(out, byName, "ScoreBenchmark.score x4", "ScoreBenchmark.score x1", "score of log x4 / score of log x1",
                "4 if linear");
        ratio(out, byName, "ScoreBenchmark.score x16", "ScoreBenchmark.score x1", "score of log x16 / score of log x1",
                "16 if linear");
        ratio(out, byName, "HistoryBenchmark.history", "HistoryBenchmark.score",
                "history of " + HistoryBenchmark.DAYS + " days / one score", HistoryBenchmark.DAYS
                        + " if each day were rescored");
        out.println();
        out.println("Absolute times, for reference only (median; mean +- 99.9% error):");
        byName.forEach((name, t) -> out.printf(Locale.ROOT, "  %-28s %11.1f  (%.1f +- %.1f) %s%n", name, t.median(),
                t.mean(), t.error(), t.unit()));
    }

    private static void ratio(PrintStream out, Map<String, Timing> byName, String numerator, String denominator,
                              String label, String reference) {
        Timing n = byName.get(numerator);
        Timing d = byName.get(denominator);
        if (n == null || d == null || !n.unit().equals(d.unit())) {
            return;
        }
        out.printf(Locale.ROOT, "  %-56s %7.1f%s%n", label, n.median() / d.median(),
                reference == null ? "" : "   (" + reference + ")");
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

    /** One benchmark's timing: the median of its iterations, and JMH's mean and error. */
    private record Timing(double median, double mean, double error, String unit) {
    }
}
