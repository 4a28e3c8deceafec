package io.ssi.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a {@link StreamingBatch} has got: a snapshot, taken at any moment from any thread.
 *
 * @param done      members handed over to the consumer, failed ones included
 * @param failed    of those, the members that could not be scored
 * @param elapsed   the time since the run started (until it ended, once it has)
 * @param inFlight  members taken from the input and not yet handed over
 * @param cancelled whether {@link StreamingBatch#cancel()} was called
 */
public record BatchProgress(long done, long failed, Duration elapsed, int inFlight, boolean cancelled) {

    public BatchProgress {
        if (done < 0) {
            throw new IllegalArgumentException("done must be >= 0, but was " + done);
        }
        if (failed < 0 || failed > done) {
            throw new IllegalArgumentException("failed must be between 0 and done (" + done + "), but was " + failed);
        }
        Objects.requireNonNull(elapsed, "elapsed");
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("elapsed must not be negative, but was " + elapsed);
        }
        if (inFlight < 0) {
            throw new IllegalArgumentException("inFlight must be >= 0, but was " + inFlight);
        }
    }

    /** @return the members scored successfully */
    public long scored() {
        return done - failed;
    }

    /**
     * Members handed over per second since the run started.
     *
     * @return the rate, 0 before any time has passed
     */
    public double perSecond() {
        long nanos = elapsed.toNanos();
        return nanos == 0 ? 0 : done * 1e9 / nanos;
    }
}
