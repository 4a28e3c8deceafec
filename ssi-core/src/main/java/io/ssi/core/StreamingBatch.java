package io.ssi.core;

import io.ssi.core.internal.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One nightly run over a whole organisation, in bounded memory: it takes the caller's records
 * one at a time from any {@link Iterable} or {@link Stream} (a database cursor, a file being
 * read), maps and scores each on the caller's {@link Executor}, and hands each member's
 * {@link BatchResult} to a consumer as soon as it is ready. At most
 * {@link Builder#maxInFlight(int) maxInFlight} members (default {@value #DEFAULT_MAX_IN_FLIGHT})
 * have been taken from the input and not yet handed over, so the heap holds that many members'
 * inputs and results whatever the size of the organisation.
 *
 * <pre>{@code
 * StreamingBatch batch = StreamingBatch.builder(calc).asOf(asOf).executor(pool).build();
 * BatchProgress done = batch.run(crmRows, row -> MemberInput.of(profileOf(row), activitiesOf(row)),
 *         result -> store(CompactResult.of(result, calc.modelVersion())));
 * }</pre>
 *
 * <p><b>Failures.</b> A member whose record fails to map or to score is handed over as a failed
 * result, and the run goes on. That includes an {@link Error} from a plugin, such as a
 * {@link StackOverflowError} or a {@link LinkageError}: it is wrapped in an
 * {@link IllegalStateException} naming the error's class, whose cause is, as in
 * {@link SsiCalculator#scoreAll(java.util.Collection, Function, java.time.Instant, java.util.concurrent.Executor)},
 * the mapper's error as thrown or a stand-in without the messages of a rule's. Only a {@link VirtualMachineError}
 * that is not a stack overflow (an {@link OutOfMemoryError}, say) stops the run: no further
 * member is taken, the members in flight finish, and {@link #run} throws an
 * {@link IllegalStateException} that says what happened and how far the run got, with the
 * error as its cause. An exception from the consumer stops the run the same way and is
 * rethrown as it was.
 *
 * <p><b>Threads.</b> One batch is one run: {@link #run} may be called once, and blocks until
 * the run is over. {@link #progress()} and {@link #cancel()} may be called from any thread,
 * the consumer included. The consumer is never called concurrently: calls come one at a time,
 * in the order the members finish (input order when the executor is {@code Runnable::run}).
 */
public final class StreamingBatch {

    /** How many members may be in flight unless the builder says otherwise. */
    public static final int DEFAULT_MAX_IN_FLIGHT = 64;

    private static final Logger LOG = LoggerFactory.getLogger(StreamingBatch.class);

    private final SsiCalculator calculator;
    private final Instant asOf;
    private final Executor executor;
    private final int maxInFlight;
    private final Semaphore permits;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<Throwable> stop = new AtomicReference<>();
    private final Object consumerLock = new Object();
    private volatile long startNanos;
    private volatile long endNanos;

    private StreamingBatch(Builder b) {
        this.calculator = b.calculator;
        this.asOf = b.asOf;
        this.executor = b.executor;
        this.maxInFlight = b.maxInFlight;
        this.permits = new Semaphore(maxInFlight);
    }

    /**
     * A batch with a calculator's clock as its instant, on the calling thread, with
     * {@value #DEFAULT_MAX_IN_FLIGHT} members in flight at most.
     *
     * @param calculator the calculator that scores every member
     * @return a builder
     */
    public static Builder builder(SsiCalculator calculator) {
        return new Builder(calculator);
    }

    /**
     * Runs the batch over an iterable of the caller's records: takes them one at a time, never
     * more than {@code maxInFlight} ahead of the consumer.
     *
     * @param records  the records, for example a database cursor; read once
     * @param mapper   maps a record to a member's inputs; may throw for bad data
     * @param consumer receives each member's result as it completes; never concurrently
     * @param <T>      the type of the records
     * @return the final progress
     * @throws IllegalStateException if the batch was already run, or the run was stopped by a
     *                               {@link VirtualMachineError} or the executor's refusal
     */
    public <T> BatchProgress run(Iterable<? extends T> records, Function<? super T, MemberInput> mapper,
                                 Consumer<? super BatchResult> consumer) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(consumer, "consumer");
        return drive(records.iterator(), mapper, consumer);
    }

    /**
     * Runs the batch over a stream of the caller's records, which it closes at the end.
     *
     * @param records  the records, consumed lazily
     * @param mapper   maps a record to a member's inputs; may throw for bad data
     * @param consumer receives each member's result as it completes; never concurrently
     * @param <T>      the type of the records
     * @return the final progress
     * @throws IllegalStateException as {@link #run(Iterable, Function, Consumer)} does
     */
    public <T> BatchProgress run(Stream<? extends T> records, Function<? super T, MemberInput> mapper,
                                 Consumer<? super BatchResult> consumer) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(mapper, "mapper");
        Objects.requireNonNull(consumer, "consumer");
        try (records) {
            return drive(records.iterator(), mapper, consumer);
        }
    }

    /**
     * Stops taking new members. Those in flight still finish and are handed over, and what was
     * handed over stays handed over; {@link #run} then returns.
     */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * How far the run is, at any moment, from any thread.
     *
     * @return the progress so far, never {@code null}
     */
    public BatchProgress progress() {
        long start = startNanos;
        long end = endNanos;
        long elapsed = start == 0 ? 0 : (end == 0 ? System.nanoTime() : end) - start;
        int inFlight = started.get() && end == 0 ? maxInFlight - permits.availablePermits() : 0;
        long failedSoFar = failed.get();
        return new BatchProgress(done.get(), failedSoFar, Duration.ofNanos(Math.max(0, elapsed)),
                Math.max(0, inFlight), cancelled.get());
    }

    /** @return the most members in flight at once */
    public int maxInFlight() {
        return maxInFlight;
    }

    private <T> BatchProgress drive(Iterator<? extends T> records, Function<? super T, MemberInput> mapper,
                                    Consumer<? super BatchResult> consumer) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("a streaming batch runs once; build another for the next run");
        }
        startNanos = System.nanoTime();
        int index = 0;
        boolean interrupted = false;
        try {
            while (!cancelled.get() && stop.get() == null) {
                try {
                    permits.acquire();
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancelled.set(true);
                    break;
                }
                if (cancelled.get() || stop.get() != null || !records.hasNext()) {
                    permits.release();
                    break;
                }
                T record = records.next();
                if (index == Integer.MAX_VALUE) {
                    permits.release();
                    throw new IllegalStateException("a streaming batch takes at most " + Integer.MAX_VALUE
                            + " members");
                }
                int i = index++;
                try {
                    executor.execute(() -> scoreAndHandOver(i, record, mapper, consumer));
                } catch (RuntimeException e) {
                    permits.release();
                    stop.compareAndSet(null, e);
                }
            }
        } finally {
            permits.acquireUninterruptibly(maxInFlight);
            permits.release(maxInFlight);
            endNanos = System.nanoTime();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        Throwable reason = stop.get();
        BatchProgress progress = progress();
        if (reason instanceof VirtualMachineError) {
            throw new IllegalStateException("the batch stopped after handing over " + progress.done()
                    + " members: the JVM reported " + reason.getClass().getName() + ". What was handed over"
                    + " stays valid; give the JVM more memory or lower maxInFlight (now " + maxInFlight + ")", reason);
        }
        if (reason instanceof java.util.concurrent.RejectedExecutionException) {
            throw new IllegalStateException("the batch stopped after handing over " + progress.done()
                    + " members: the executor refused a member", reason);
        }
        if (reason instanceof RuntimeException e) {
            throw e;
        }
        if (reason instanceof Error e) {
            throw e;
        }
        return progress;
    }

    private <T> void scoreAndHandOver(int index, T record, Function<? super T, MemberInput> mapper,
                                      Consumer<? super BatchResult> consumer) {
        try {
            BatchResult result;
            try {
                result = calculator.scoreOne(index, record, mapper, asOf);
            } catch (VirtualMachineError e) {
                // Out of memory or a broken JVM: nothing more can be trusted to run; stop cleanly.
                stop.compareAndSet(null, e);
                LOG.warn("Batch stopping: member at index {} hit {}", index, e.getClass().getName());
                return;
            }
            synchronized (consumerLock) {
                try {
                    consumer.accept(result);
                } catch (RuntimeException | Error e) {
                    stop.compareAndSet(null, e);
                    return;
                }
                // done first, and progress() reads failed first, so a snapshot never has more failed than done.
                done.incrementAndGet();
                if (!result.succeeded()) {
                    failed.incrementAndGet();
                }
            }
        } finally {
            permits.release();
        }
    }

    @Override
    public String toString() {
        return "StreamingBatch[maxInFlight=" + maxInFlight + ", " + progress() + "]";
    }

    /** Configures a {@link StreamingBatch}. Not thread-safe. */
    public static final class Builder {
        private final SsiCalculator calculator;
        private Instant asOf;
        private Executor executor = Runnable::run;
        private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;

        private Builder(SsiCalculator calculator) {
            this.calculator = Objects.requireNonNull(calculator, "calculator");
        }

        /**
         * The instant every member is scored as of; default: the calculator's clock when
         * {@link #build()} is called.
         *
         * @param asOf the instant
         * @return this builder
         */
        public Builder asOf(Instant asOf) {
            this.asOf = Checks.supportedInstant(asOf, "asOf");
            return this;
        }

        /**
         * Where members are scored, for example {@code Executors.newFixedThreadPool(n)};
         * default {@code Runnable::run}, the calling thread.
         *
         * @param executor the executor
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * The most members taken from the input and not yet handed over; default
         * {@value #DEFAULT_MAX_IN_FLIGHT}. At least the executor's thread count keeps every
         * thread busy; the heap holds this many members' inputs at once.
         *
         * @param maxInFlight at least 1
         * @return this builder
         */
        public Builder maxInFlight(int maxInFlight) {
            if (maxInFlight < 1) {
                throw new IllegalArgumentException("maxInFlight must be >= 1, but was " + maxInFlight);
            }
            this.maxInFlight = maxInFlight;
            return this;
        }

        /** @return the batch, ready to run once */
        public StreamingBatch build() {
            if (asOf == null) {
                asOf = calculator.clock().instant();
            }
            return new StreamingBatch(this);
        }
    }
}
