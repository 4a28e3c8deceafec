package io.ssi.examples.bench;

import io.ssi.core.CompactResult;
import io.ssi.core.MemberInput;
import io.ssi.core.SsiCalculator;
import io.ssi.core.StreamingBatch;
import io.ssi.examples.SampleTeam;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;

/**
 * What two threads buy a batch, in CPU time as well as by the clock, for a machine whose
 * cores are not idle. {@link BatchBenchmark}'s batch ({@value BatchBenchmark#MEMBERS} members
 * of the sample team and the personas) runs in alternating rounds on a pool of 1 thread and a
 * pool of 2, through {@code scoreAll} and through {@link StreamingBatch}; each round records the wall time, the CPU time of the pool's threads, the
 * process's CPU time and the garbage collectors' pause time.
 *
 * <pre>
 * java -cp ssi-examples/target/ssi-examples.jar io.ssi.examples.bench.BatchScaling [rounds]
 * </pre>
 *
 * <p>It prints, for each pool, the medians and the means per batch, and three ratios of 2
 * threads to 1 (the first from the medians, the others from the means, since a collection
 * pauses only a few rounds):
 * <ul>
 *   <li>the throughput by the clock, which means what it says only on idle cores (the load
 *       average is printed beside it);</li>
 *   <li>the pool threads' CPU time per member, 2 threads over 1: above 1 when the threads slow
 *       each other (a shared cache line, a lock, memory bandwidth);</li>
 *   <li>the throughput 2 idle cores would give, from CPU time: one thread's batch takes its CPU
 *       time and the pauses, the other core's work (the collector's concurrent threads, the
 *       JIT) running beside it; two threads' batch takes at least half the process's CPU time,
 *       and at least half the pool's CPU time and the pauses (on idle cores the threads split
 *       the queue of small tasks evenly).</li>
 * </ul>
 */
public final class BatchScaling {

    private BatchScaling() {
    }

    /**
     * Measures and prints.
     *
     * @param args optionally the number of measured rounds (default 20)
     * @throws InterruptedException if interrupted
     */
    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        for (boolean streaming : new boolean[] {false, true}) {
            Result r = measure(BatchBenchmark.MEMBERS, 10, rounds, streaming);
            System.out.printf(Locale.ROOT, "%s of %,d members, medians of %d rounds (ms per batch)%n",
                    streaming ? "StreamingBatch" : "scoreAll", r.members(), rounds);
            System.out.printf(Locale.ROOT, "  %-9s %8s %12s %12s %10s%n", "pool", "wall", "pool CPU", "process CPU",
                    "GC pauses");
            print("1 thread", r.one());
            print("2 threads", r.two());
            System.out.printf(Locale.ROOT, "  means%n");
            print("1 thread", r.oneMean());
            print("2 threads", r.twoMean());
            System.out.printf(Locale.ROOT, "  throughput 2 threads / 1 by the clock        %5.2f   (load average %.1f)%n",
                    r.byTheClock(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "  pool CPU per member, 2 threads / 1           %5.2f   (1.00: no slowing)%n",
                    r.slowing());
            System.out.printf(Locale.ROOT, "  throughput on 2 idle cores, from CPU time    %5.2f%n", r.onIdleCores());
        }
    }

    /**
     * The medians of each pool's rounds, in ms per batch: wall, pool CPU, process CPU, the
     * busiest pool thread's CPU, GC pauses.
     *
     * @param members the batch's members
     * @param one     on 1 thread
     * @param two     on 2 threads
     * @param oneMean the means of the same figures on 1 thread: a collection pauses a few rounds
     *                only, so its cost shows in the mean and not in the median
     * @param twoMean the means on 2 threads
     */
    record Result(int members, double[] one, double[] two, double[] oneMean, double[] twoMean) {

        /** @return the throughput on 2 threads over 1, by the clock */
        double byTheClock() {
            return one[0] / two[0];
        }

        /** @return the pool's CPU time per member on 2 threads over 1 */
        double slowing() {
            return twoMean[1] / oneMean[1];
        }

        /** @return the throughput 2 idle cores would give on 2 threads over 1, from CPU time */
        double onIdleCores() {
            // One thread: its CPU and the pauses, the rest beside it on the other core. Two: on
            // idle cores they split a queue of small tasks evenly.
            double idle1 = oneMean[1] + oneMean[4];
            double idle2 = Math.max(twoMean[2] / 2, twoMean[1] / 2 + twoMean[4]);
            return idle1 / idle2;
        }
    }

    /**
     * Runs the batch in alternating rounds on 1 and 2 threads.
     *
     * @param members   the batch's size
     * @param warmUp    rounds of each before measuring
     * @param rounds    measured rounds of each
     * @param streaming whether the batch is a {@link StreamingBatch} that keeps each member's
     *                  {@link CompactResult} (as {@link BatchBenchmark}'s streaming variants),
     *                  rather than {@code scoreAll}
     * @return the medians and means
     * @throws InterruptedException if interrupted while starting the pools
     */
    static Result measure(int members, int warmUp, int rounds, boolean streaming) throws InterruptedException {
        SsiCalculator calc = SsiCalculator.standard();
        List<MemberInput> batch = Workloads.members(members, SampleTeam.AS_OF);
        Pool one = new Pool(1);
        Pool two = new Pool(2);
        try {
            for (int w = 0; w < warmUp; w++) {
                one.round(calc, batch, streaming);
                two.round(calc, batch, streaming);
            }
            double[][] a = new double[rounds][];
            double[][] b = new double[rounds][];
            for (int r = 0; r < rounds; r++) {
                a[r] = one.round(calc, batch, streaming);
                b[r] = two.round(calc, batch, streaming);
            }
            return new Result(members, medians(a), medians(b), means(a), means(b));
        } finally {
            one.executor.shutdown();
            two.executor.shutdown();
        }
    }

    private static void print(String label, double[] m) {
        System.out.printf(Locale.ROOT, "  %-9s %8.1f %12.1f %12.1f %10.1f%n", label, m[0], m[1], m[2], m[4]);
    }

    private static double[] means(double[][] rounds) {
        double[] out = new double[rounds[0].length];
        for (double[] round : rounds) {
            for (int k = 0; k < out.length; k++) {
                out[k] += round[k] / rounds.length;
            }
        }
        return out;
    }

    private static double[] medians(double[][] rounds) {
        double[] out = new double[rounds[0].length];
        for (int k = 0; k < out.length; k++) {
            double[] column = new double[rounds.length];
            for (int r = 0; r < rounds.length; r++) {
                column[r] = rounds[r][k];
            }
            out[k] = RetainedSize.median(column);
        }
        return out;
    }

    /** A fixed pool whose threads' CPU time can be read. */
    private static final class Pool {
        private final List<Thread> threads = new ArrayList<>();
        private final ExecutorService executor;

        Pool(int size) throws InterruptedException {
            ThreadFactory f = r -> {
                Thread t = new Thread(r, "batch-" + size + "-" + threads.size());
                t.setDaemon(true);
                synchronized (threads) {
                    threads.add(t);
                }
                return t;
            };
            executor = Executors.newFixedThreadPool(size, f);
            // Start every thread now, so that each round sees them all.
            executor.invokeAll(List.of(() -> 0, () -> 0, () -> 0, () -> 0));
        }

        /** Wall, pool CPU, process CPU, the busiest pool thread's CPU and GC pauses, in ms. */
        double[] round(SsiCalculator calc, List<MemberInput> members, boolean streaming) {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long[] cpu0 = cpu(mx);
            long process0 = os.getProcessCpuTime();
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            int results;
            if (streaming) {
                List<CompactResult> kept = new ArrayList<>(members.size());
                StreamingBatch.builder(calc).asOf(SampleTeam.AS_OF).executor(executor).build()
                        .run(members, Function.identity(), r -> kept.add(CompactResult.of(r, calc.modelVersion())));
                results = kept.size();
            } else {
                results = calc.scoreAll(members, Function.identity(), SampleTeam.AS_OF, executor).size();
            }
            long wall = System.nanoTime() - t0;
            long gc = gcMillis() - gc0;
            long process = os.getProcessCpuTime() - process0;
            long[] cpu1 = cpu(mx);
            if (results != members.size()) {
                throw new IllegalStateException(results + " results for " + members.size() + " members");
            }
            long sum = 0;
            long busiest = 0;
            for (int i = 0; i < cpu0.length; i++) {
                long d = cpu1[i] - cpu0[i];
                sum += d;
                busiest = Math.max(busiest, d);
            }
            return new double[] {wall / 1e6, sum / 1e6, process / 1e6, busiest / 1e6, gc};
        }

        private long[] cpu(ThreadMXBean mx) {
            synchronized (threads) {
                long[] out = new long[threads.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = mx.getThreadCpuTime(threads.get(i).getId());
                }
                return out;
            }
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            // G1's concurrent cycle counts its own time, most of it beside the application.
            if (!gc.getName().contains("Concurrent")) {
                sum += Math.max(0, gc.getCollectionTime());
            }
        }
        return sum;
    }
}
