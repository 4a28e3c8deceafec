package io.ssi.core;

import io.ssi.core.internal.Checks;

/**
 * The activities a score did not count, and why. Nothing is dropped silently.
 *
 * @param duplicates   rows whose id had already been seen (each id counts once)
 * @param afterAsOf    activities after the score's {@code asOf}
 * @param beforeWindow activities older than the scoring window
 */
public record IgnoredActivities(int duplicates, int afterAsOf, int beforeWindow) {

    /** No activity ignored. */
    public static final IgnoredActivities NONE = new IgnoredActivities(0, 0, 0);

    public IgnoredActivities {
        Checks.nonNegative(duplicates, "duplicates");
        Checks.nonNegative(afterAsOf, "afterAsOf");
        Checks.nonNegative(beforeWindow, "beforeWindow");
    }

    /**
     * All ignored rows.
     *
     * @return the sum of the three counts
     */
    public int total() {
        return duplicates + afterAsOf + beforeWindow;
    }
}
