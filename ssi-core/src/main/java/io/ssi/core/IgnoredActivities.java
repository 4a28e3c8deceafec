package io.ssi.core;

import io.ssi.core.internal.Checks;

/**
 * The activities a score did not count, and why. Nothing is dropped silently.
 *
 * <p>Every row of a log is counted once: as a duplicate, a suspected duplicate, after
 * {@code asOf}, before the window, or in the score. A row that is a duplicate is one whatever
 * its instant, so a duplicate of a row after {@code asOf} counts among the duplicates.
 *
 * @param duplicates          rows whose id had already been seen (each id counts once)
 * @param afterAsOf           activities after the score's {@code asOf}
 * @param beforeWindow        activities older than the scoring window
 * @param suspectedDuplicates rows with another id but the same type, instant and contact as a
 *                            row counted (near-duplicates; see
 *                            {@link ScoringOptions#nearDuplicatesOnce()}), 0 when the calculator
 *                            counts every id
 */
public record IgnoredActivities(int duplicates, int afterAsOf, int beforeWindow, int suspectedDuplicates) {

    /** No activity ignored. */
    public static final IgnoredActivities NONE = new IgnoredActivities(0, 0, 0, 0);

    public IgnoredActivities {
        Checks.nonNegative(duplicates, "duplicates");
        Checks.nonNegative(afterAsOf, "afterAsOf");
        Checks.nonNegative(beforeWindow, "beforeWindow");
        Checks.nonNegative(suspectedDuplicates, "suspectedDuplicates");
    }

    /**
     * Without suspected duplicates: what a log without near-duplicates, or a calculator that
     * counts every id, reports.
     *
     * @param duplicates   rows whose id had already been seen
     * @param afterAsOf    activities after the score's {@code asOf}
     * @param beforeWindow activities older than the scoring window
     */
    public IgnoredActivities(int duplicates, int afterAsOf, int beforeWindow) {
        this(duplicates, afterAsOf, beforeWindow, 0);
    }

    /**
     * All ignored rows.
     *
     * @return the sum of the four counts
     */
    public int total() {
        return duplicates + afterAsOf + beforeWindow + suspectedDuplicates;
    }
}
