package io.ssi.examples.bench;

import io.ssi.core.BatchResult;
import io.ssi.core.MemberInput;
import io.ssi.core.SsiCalculator;
import io.ssi.examples.SampleTeam;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.ssi.core.CompactResult;
import io.ssi.core.StreamingBatch;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code scoreAll} of {@value #MEMBERS} members ({@linkplain Workloads#members the sample team
 * and the personas}, each copy under its own id) on the calling thread and on a fixed pool of 2
 * threads, in the same run. {@link BenchmarkRatios} turns the times into members a second and
 * the 2-thread/1-thread ratio. Both use the same {@code scoreAll} and differ only in the
 * executor; on a machine with 2 idle cores the ratio approaches 2. The streaming variants run the
 * same members through {@link StreamingBatch}, keeping only each member's compact result.
 *
 * <p>Not final: JMH generates a subclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class BatchBenchmark {

    /** Members in each batch. */
    public static final int MEMBERS = 1_000;

    private SsiCalculator calculator;
    private List<MemberInput> members;
    private Instant asOf;
    private ExecutorService pool;

    /** Builds the calculator, the members and the pool, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        asOf = SampleTeam.AS_OF;
        calculator = SsiCalculator.standard();
        members = Workloads.members(MEMBERS, asOf);
        pool = Executors.newFixedThreadPool(2);
    }

    /** Stops the pool's threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    /**
     * The batch on the calling thread ({@code Runnable::run}).
     *
     * @return the results, consumed by JMH
     */
    @Benchmark
    public List<BatchResult> oneThread() {
        return calculator.scoreAll(members, Function.identity(), asOf, Runnable::run);
    }

    /**
     * The same batch on the fixed pool of 2 threads.
     *
     * @return the results, consumed by JMH
     */
    @Benchmark
    public List<BatchResult> twoThreads() {
        return calculator.scoreAll(members, Function.identity(), asOf, pool);
    }

    /**
     * The batch streamed on the calling thread: each result handed to a consumer that keeps
     * only its compact form, as a nightly job would store it.
     *
     * @return the last member's compact result, consumed by JMH
     */
    @Benchmark
    public CompactResult streamingOneThread() {
        return stream(Runnable::run);
    }

    /**
     * The same stream on the fixed pool of 2 threads.
     *
     * @return the last member's compact result, consumed by JMH
     */
    @Benchmark
    public CompactResult streamingTwoThreads() {
        return stream(pool);
    }

    private CompactResult stream(java.util.concurrent.Executor executor) {
        java.util.concurrent.atomic.AtomicReference<CompactResult> last = new java.util.concurrent.atomic.AtomicReference<>();
        StreamingBatch.builder(calculator).asOf(asOf).executor(executor).build()
                .run(members, Function.identity(), r -> last.set(CompactResult.of(r, calculator.modelVersion())));
        return last.get();
    }

    /** @return the members of each batch */
    public List<MemberInput> members() {
        return members;
    }
}
