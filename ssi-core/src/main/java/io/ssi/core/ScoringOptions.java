package io.ssi.core;

import java.time.Duration;
import java.util.Objects;

/**
 * Everything besides the rules that shapes a score: the window of activity that counts, the
 * recency half-life, the taper at the window's far end, the per-type daily cap and the band
 * thresholds. One immutable value with
 * one {@link #defaults() default}, used by {@link SsiCalculator}, by
 * {@link io.ssi.core.spi.ScoringContext#of} for rule authors' tests and by {@link SsiAdvisor}
 * (through its calculator). Part of the model fingerprint: scores made with other options carry
 * another {@link SsiScore#modelVersion()}.
 *
 * @param window   the rolling window of activity that counts: a whole number of days, 1 to 3650
 * @param halfLife how fast old activity fades: an activity this old weighs half as much as one
 *                 today; positive, at most 3650 days
 * @param dailyCap the most activities of one type that count per day in weighted figures, at least 1
 * @param bands    the totals at which the bands begin
 * @param nearDuplicatesOnce whether rows with different ids but the same type, the same instant
 *                 and the same contact count once, as {@linkplain IgnoredActivities#suspectedDuplicates()
 *                 suspected duplicates} of each other (on by default: CRM re-imports give old rows
 *                 new ids). Rows without a contact must also agree on engagement, and their
 *                 instant must have seconds or a fraction in the member's zone: an instant on a
 *                 whole minute may be a date that a mapping placed at a time of day (such as
 *                 noon, the rule of {@link Activity#builder(ActivityType, java.time.LocalDate,
 *                 java.time.ZoneId)}), where distinct rows of one day meet, so such rows are never
 *                 taken for near-duplicates. Rows with a contact are compared at any instant: two
 *                 date-only rows of the same type and contact on the same day count once.
 * @param taper    over how many of the window's oldest days the weights fall smoothly to zero,
 *                 so that activity fades out of the window instead of dropping off its edge: a
 *                 whole number of days from 0 (no taper: an activity weighs
 *                 {@code 0.5^(age / halfLife)} up to the window's last day, then nothing) to the
 *                 whole window. An activity {@code k} days into the taper (of {@code n} days)
 *                 has its weight multiplied by {@code (1 + cos(pi * k / n)) / 2}: 1 where the
 *                 taper begins, falling like a raised cosine, and 0 at the window's far edge.
 *                 The steady weekly rates use the same weights, so a steady rate still reads
 *                 as itself.
 * @param engagementCap the most reactions and comments one published item counts for in
 *                 engagement figures, at least 1, so that one viral post cannot fill a rule on
 *                 its own ({@link Integer#MAX_VALUE}: no cap)
 */
public record ScoringOptions(Duration window, Duration halfLife, int dailyCap, BandThresholds bands,
                             Duration taper, boolean nearDuplicatesOnce, int engagementCap) {

    /** The longest window or half-life accepted. */
    public static final Duration MAX_WINDOW = Duration.ofDays(3_650);

    private static final ScoringOptions DEFAULTS = new ScoringOptions(Duration.ofDays(90), Duration.ofDays(30), 20,
            BandThresholds.standard(), Duration.ofDays(10), true, 20);

    public ScoringOptions {
        Objects.requireNonNull(window, "window");
        if (window.compareTo(Duration.ofDays(1)) < 0 || window.compareTo(MAX_WINDOW) > 0
                || !window.equals(Duration.ofDays(window.toDays()))) {
            throw new IllegalArgumentException("window must be a whole number of days between 1 and "
                    + MAX_WINDOW.toDays() + ", but was " + window);
        }
        Objects.requireNonNull(halfLife, "halfLife");
        if (halfLife.isNegative() || halfLife.isZero() || halfLife.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("halfLife must be positive and at most " + MAX_WINDOW.toDays()
                    + " days, but was " + halfLife);
        }
        if (dailyCap < 1) {
            throw new IllegalArgumentException("dailyCap must be >= 1, but was " + dailyCap);
        }
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(taper, "taper");
        if (taper.isNegative() || taper.compareTo(window) > 0 || !taper.equals(Duration.ofDays(taper.toDays()))) {
            throw new IllegalArgumentException("taper must be a whole number of days between 0 and the window's "
                    + window.toDays() + ", but was " + taper);
        }
        if (engagementCap < 1) {
            throw new IllegalArgumentException("engagementCap must be >= 1, but was " + engagementCap);
        }
    }

    /**
     * The standard options: a 90-day window, a 30-day half-life, 20 activities per type per day,
     * bands from 30, 70 and 85, a 10-day taper at the window's far end, near-duplicates counted
     * once, and at most 20 reactions and comments counted for one published item.
     *
     * @return the defaults
     */
    public static ScoringOptions defaults() {
        return DEFAULTS;
    }

    /**
     * @param window the new window
     * @return these options with another window; a taper longer than the new window is
     *         shortened to the whole window
     */
    public ScoringOptions withWindow(Duration window) {
        Objects.requireNonNull(window, "window");
        return new ScoringOptions(window, halfLife, dailyCap, bands, taper.compareTo(window) > 0 ? window : taper,
                nearDuplicatesOnce, engagementCap);
    }

    /**
     * @param halfLife the new half-life
     * @return these options with another half-life
     */
    public ScoringOptions withHalfLife(Duration halfLife) {
        return new ScoringOptions(window, halfLife, dailyCap, bands, taper, nearDuplicatesOnce, engagementCap);
    }

    /**
     * @param dailyCap the new cap
     * @return these options with another daily cap
     */
    public ScoringOptions withDailyCap(int dailyCap) {
        return new ScoringOptions(window, halfLife, dailyCap, bands, taper, nearDuplicatesOnce, engagementCap);
    }

    /**
     * @param bands the new thresholds
     * @return these options with other band thresholds
     */
    public ScoringOptions withBands(BandThresholds bands) {
        return new ScoringOptions(window, halfLife, dailyCap, bands, taper, nearDuplicatesOnce, engagementCap);
    }

    /**
     * @param taper the new taper, a whole number of days from 0 to the window
     * @return these options with another taper
     */
    public ScoringOptions withTaper(Duration taper) {
        return new ScoringOptions(window, halfLife, dailyCap, bands, taper, nearDuplicatesOnce, engagementCap);
    }

    /**
     * @param countOnce whether near-duplicates count once
     * @return these options with near-duplicates counted once, or every row counted
     */
    public ScoringOptions withNearDuplicatesOnce(boolean countOnce) {
        return new ScoringOptions(window, halfLife, dailyCap, bands, taper, countOnce, engagementCap);
    }

    /** @return the taper in days, 0 for none */
    public int taperDays() {
        return (int) taper.toDays();
    }

    /** @return the window in days */
    public int windowDays() {
        return (int) window.toDays();
    }

    /** @return the half-life in (fractional) days */
    public double halfLifeDays() {
        return (halfLife.getSeconds() + halfLife.getNano() / 1e9) / 86_400.0;
    }

    /**
     * The options in words, for the model fingerprint: equal options give equal text.
     *
     * @return for example {@code "window 90d, half-life PT720H, daily cap 20, bands 30.0/70.0/85.0"},
     *         followed by {@code ", taper 14d"} when there is a taper and by
     *         {@code ", near-duplicates counted"} when near-duplicates are not counted once (so
     *         that options with neither keep the signature they had before both existed)
     */
    public String signature() {
        return "window " + windowDays() + "d, half-life " + halfLife + ", daily cap " + dailyCap + ", bands "
                + bands.developing() + "/" + bands.good() + "/" + bands.leader()
                + (taper.isZero() ? "" : ", taper " + taperDays() + "d")
                + (nearDuplicatesOnce ? "" : ", near-duplicates counted")
                + (engagementCap == Integer.MAX_VALUE ? "" : ", engagement cap " + engagementCap);
    }

    /**
     * @param engagementCap the most engagement one published item counts for, at least 1
     * @return these options with another engagement cap
     * @throws IllegalArgumentException if the cap is below 1
     */
    public ScoringOptions withEngagementCap(int engagementCap) {
        return new ScoringOptions(window, halfLife, dailyCap, bands, taper, nearDuplicatesOnce, engagementCap);
    }
}
