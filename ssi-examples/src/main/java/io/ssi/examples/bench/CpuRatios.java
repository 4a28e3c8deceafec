package io.ssi.examples.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The ratios of {@link FusedPassBenchmark}, {@link HistoryBenchmark} and {@link AdviceBenchmark}
 * in this thread's CPU time, for a machine too busy for {@link BenchmarkRatios}: JMH times by
 * the wall clock, and when more threads are runnable than there are cores, the numerator and
 * the baseline, measured seconds apart, are slowed by different amounts. Here the two
 * alternate in short rounds on one thread, and each is timed by
 * {@link ThreadMXBean#getCurrentThreadCpuTime()}, which waiting for a core does not count; the
 * bytes come from the thread's allocation counter. The workloads are the JMH benchmarks' own
 * (their {@code setUp} and benchmark methods, called directly), each ratio in a JVM of its own.
 *
 * <pre>{@code
 * java -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.CpuRatios [rounds]
 * java -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.CpuRatios --advice [rounds]
 * java -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.CpuRatios --history [rounds]
 * }</pre>
 *
 * <p>{@code --advice} runs only the two advice ratios, {@code --history} only the history's two
 * (a year, and its last day alone: their difference is what the year's other days add), for a
 * quick loop; {@code --one INDEX ROUNDS} runs one ratio in this JVM (0 and 1 the fused pass, 2
 * the year of history, 3 and 4 the Trained rep's and the Newcomer's advice, 5 the history's
 * last day alone). The system property
 * {@code ssi.warmup} (default 40) sets the fewest warm-up rounds, and {@code ssi.warmops}
 * (default 30,000) the fewest operations of an advice run warm before it is measured.
 *
 * <p>It prints, per ratio, the median of the rounds' ratios, the ratio of the fastest rounds
 * and the ratio of bytes allocated per operation. Caches and a shared core's other thread
 * still disturb CPU time a little; expect a few percent from run to run. About five minutes
 * with the default 15 rounds, most of it warming up.
 */
public final class CpuRatios {

    private static final long ROUND_NANOS = 60_000_000L;
    private static final int WARM_UP_ROUNDS = Integer.getInteger("ssi.warmup", 40);
    // Operations of an advice's numerator before it is measured (see Ratio.settle).
    private static final int ADVICE_WARM_OPERATIONS = Integer.getInteger("ssi.warmops", 30_000);
    private static final String ADVICE = "advise / one score, ";
    private static final String HISTORY = "history of ";

    private CpuRatios() {
    }

    /**
     * Runs the comparisons and prints the ratios.
     *
     * @param args optionally {@code --advice} (only the advice ratios) or {@code --history} (only
     *             the history's), then the number of measured rounds per ratio (default 15)
     * @throws IOException          if a JVM for a ratio cannot be started
     * @throws InterruptedException if interrupted while waiting for one
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 3 && args[0].equals("--one")) {
            Ratio r = ratio(Integer.parseInt(args[1]));
            r.print(r.measure(Integer.parseInt(args[2]), WARM_UP_ROUNDS), System.out);
            return;
        }
        boolean adviceOnly = args.length > 0 && args[0].equals("--advice");
        boolean historyOnly = args.length > 0 && args[0].equals("--history");
        int first = adviceOnly || historyOnly ? 1 : 0;
        int rounds = args.length > first ? Integer.parseInt(args[first]) : 15;
        // Each ratio in a JVM of its own, as JMH forks: what one workload teaches the JIT (a
        // call site that sees several contexts) must not slow the next.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < LABELS.size(); i++) {
            if (adviceOnly && !LABELS.get(i).startsWith(ADVICE)
                    || historyOnly && !LABELS.get(i).startsWith(HISTORY)) {
                continue;
            }
            Process p = new ProcessBuilder(java, "-Dssi.warmup=" + WARM_UP_ROUNDS,
                    "-Dssi.warmops=" + ADVICE_WARM_OPERATIONS, "-cp",
                    System.getProperty("java.class.path"), CpuRatios.class.getName(), "--one", String.valueOf(i),
                    String.valueOf(rounds)).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("ratio " + i + " failed with exit code " + p.exitValue());
            }
        }
    }

    /** What each comparison says, in order. */
    static final List<String> LABELS = List.of("one score / hand-written fused pass, 1000 activities",
            "one score / hand-written fused pass, 6540 activities",
            HISTORY + HistoryBenchmark.DAYS + " days / one score", ADVICE + "trained", ADVICE + "newcomer",
            HISTORY + "its last day alone / one score");

    /** The comparisons, each with its workloads set up. */
    static List<Ratio> ratios() {
        List<Ratio> ratios = new ArrayList<>();
        for (int i = 0; i < LABELS.size(); i++) {
            ratios.add(ratio(i));
        }
        return ratios;
    }

    /**
     * One comparison, with only its own workloads set up: setting up the others would teach the
     * JIT their call sites too (a rule that sees another context, for one), and slow this one.
     */
    static Ratio ratio(int i) {
        String label = LABELS.get(i);
        switch (i) {
            case 0, 1 -> {
                FusedPassBenchmark f = new FusedPassBenchmark();
                f.activities = i == 0 ? 1000 : 6540;
                f.setUp();
                return new Ratio(label, f::score, f::fused, 0);
            }
            case 2 -> {
                HistoryBenchmark h = new HistoryBenchmark();
                h.setUp();
                return new Ratio(label, h::history, h::score, 0);
            }
            case 5 -> {
                HistoryBenchmark h = new HistoryBenchmark();
                h.setUp();
                return new Ratio(label, h::lastDayAlone, h::score, 0);
            }
            case 3, 4 -> {
                AdviceBenchmark a = new AdviceBenchmark();
                a.persona = i == 3 ? "trained" : "newcomer";
                a.setUp();
                return new Ratio(label, a::advise, a::score, ADVICE_WARM_OPERATIONS);
            }
            default -> throw new IllegalArgumentException("ratio must be 0 to " + (LABELS.size() - 1) + ", but was " + i);
        }
    }

    /**
     * A numerator and its baseline.
     *
     * @param label          what the ratio says
     * @param measured       the numerator's operation
     * @param baseline       the baseline's operation
     * @param warmOperations the fewest operations of the numerator run warm before it is measured
     */
    record Ratio(String label, Supplier<?> measured, Supplier<?> baseline, int warmOperations) {

        /**
         * Alternates the two in rounds of about 60 ms each, after some rounds of warm-up.
         *
         * @param rounds measured rounds
         * @param warmUp rounds before them
         * @return per round: CPU nanoseconds per operation of each, then bytes per operation of each
         */
        double[][] measure(int rounds, int warmUp) {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            int n = calibrate(measured, mx);
            int m = calibrate(baseline, mx);
            // Long enough for the JIT to finish with both, even when its threads wait for a core.
            for (int w = 0; w < warmUp; w++) {
                run(measured, n, mx);
                run(baseline, m, mx);
            }
            if (warmUp > 0) {
                // Calibrated cold, an operation whose first calls are slow (class loading, the
                // interpreter) gets rounds of a few operations: too few for the warm-up to compile
                // it. Counted again warm, each round holds about 60 ms of compiled work.
                n = calibrate(measured, mx);
                m = calibrate(baseline, mx);
                settle(n, m, warmUp, mx);
            }
            double[][] out = new double[rounds][];
            for (int i = 0; i < rounds; i++) {
                double[] a = run(measured, n, mx);
                double[] b = run(baseline, m, mx);
                out[i] = new double[] {a[0], b[0], a[1], b[1]};
            }
            return out;
        }

        /**
         * Warm rounds until the numerator has run {@link #warmOperations} times, and at least
         * {@code warmUp} rounds. Code that runs once per operation (the advisor's planner and
         * generators run once per advice) reaches the compiler's last tier only after
         * thousands of operations, and on 2 busy cores the compiler threads wait too: 40 rounds
         * measured the Newcomer's advice at two to three times its steady cost. A score's and a
         * history's code runs per activity and per day, and is compiled within the rounds.
         *
         * @return the warm-up rounds run
         */
        private int settle(int n, int m, int warmUp, ThreadMXBean mx) {
            int rounds = Math.max(warmUp, (warmOperations + n - 1) / n);
            for (int w = 0; w < rounds; w++) {
                run(measured, n, mx);
                run(baseline, m, mx);
            }
            return rounds;
        }

        void print(double[][] rounds, java.io.PrintStream out) {
            double[] ratios = new double[rounds.length];
            double fastestA = Double.MAX_VALUE;
            double fastestB = Double.MAX_VALUE;
            for (int i = 0; i < rounds.length; i++) {
                ratios[i] = rounds[i][0] / rounds[i][1];
                fastestA = Math.min(fastestA, rounds[i][0]);
                fastestB = Math.min(fastestB, rounds[i][1]);
            }
            Arrays.sort(ratios);
            double median = (ratios[(ratios.length - 1) / 2] + ratios[ratios.length / 2]) / 2;
            double[] last = rounds[rounds.length - 1];
            out.printf(Locale.ROOT, "  %-52s %7.2f %9s %9s   (%.1f us / %.1f us CPU, %,.0f B / %,.0f B)%n", label,
                    median, String.format(Locale.ROOT, "(%.2f)", fastestA / fastestB),
                    last[3] < 1 ? "-" : String.format(Locale.ROOT, "%.1f", last[2] / last[3]), fastestA / 1e3,
                    fastestB / 1e3, last[2], last[3]);
        }

        /** How many operations fill a round. */
        private static int calibrate(Supplier<?> op, ThreadMXBean mx) {
            int n = 1;
            while (true) {
                long start = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    op.get();
                }
                long spent = mx.getCurrentThreadCpuTime() - start;
                if (spent >= ROUND_NANOS / 4 || n >= 1 << 20) {
                    return (int) Math.max(1, Math.min(1 << 20, n * (ROUND_NANOS / Math.max(1, spent))));
                }
                n *= 2;
            }
        }

        /** CPU nanoseconds and bytes per operation over {@code n} operations. */
        private static double[] run(Supplier<?> op, int n, ThreadMXBean mx) {
            com.sun.management.ThreadMXBean bytes = (com.sun.management.ThreadMXBean) mx;
            long id = Thread.currentThread().getId();
            Object sink = null;
            long allocated = bytes.getThreadAllocatedBytes(id);
            long start = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                sink = op.get();
            }
            long spent = mx.getCurrentThreadCpuTime() - start;
            long allocatedAfter = bytes.getThreadAllocatedBytes(id);
            if (sink == null) {
                throw new IllegalStateException(n + " operations returned nothing");
            }
            return new double[] {spent / (double) n, (allocatedAfter - allocated) / (double) n};
        }
    }
}
