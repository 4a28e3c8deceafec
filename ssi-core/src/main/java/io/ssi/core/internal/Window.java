package io.ssi.core.internal;


import io.ssi.core.DataQuality;
import io.ssi.core.IgnoredActivities;
import io.ssi.core.ScoringOptions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring window sliding over an {@link ActivityIndex}, one day at a time.
 *
 * <p>Moving the window's last day forward adds that day and removes the day that falls out,
 * so a daily history costs one step per day rather than a rescore. A single score uses the
 * same code: it starts from an empty window and steps through the window's days, which makes
 * the recency-weighted sums a Horner evaluation in a fixed order. Weighted counts are capped
 * per type per day; raw counts are not.
 *
 * <p>Not thread-safe; each score or history uses its own window. The
 * {@linkplain #snapshot(Instant) snapshots} it hands to rules are immutable.
 */
public final class Window {

    private final ActivityIndex index;
    private final int windowDays;
    private final double halfLifeDays;
    private final int dailyCap;
    private final int taperDays;
    private final double decay;
    private final double decayOut;
    private final double[] weights;
    private final double norm;

    private int end = -1;
    private final int[] raw;
    private final double[] weighted;
    private final long[] rawEngagement;
    private final double[] weightedEngagement;
    /** The taper's running sums, or null without a taper. */
    private final Taper taper;
    private final double[][] taperedCounts;
    private final double[][] taperedEngagement;

    /** Per standard type, the window's days on which it occurs: active days of one type in O(1). */
    private final int[] activeByType = new int[ActivityIndex.T];
    private final int[] contactTypeCount;
    private final int[] distinct;
    private final int[] connectionCount;
    private final int[] welcomeCount;
    private final int[] pairCount;
    private final int[] accountConnected;
    private int withContact;
    private int unknownSeniority;
    private int unknownDegree;
    private int distinctConnected;
    private int matchedWelcomed;
    private int connectionEventsWithContact;
    private int welcomeEventsWithContact;
    /**
     * The active days of the masks views were asked about, kept as the window slides; made at
     * the first view, so that a single score's window and a what-if's carry none.
     */
    private ActiveDays activeDays;
    /**
     * The last {@link #ignored()} and {@link #dataQuality()}, handed out again while every figure
     * stays the same: a history's days often ignore the same, and the records are immutable.
     */
    private IgnoredActivities lastIgnored;
    private DataQuality lastQuality;
    /** The engagement sums of the last {@link #view(Instant)}, re-used by the next. */
    private double[] viewEngagement;

    /**
     * @param index   the sealed or unsealed index; it is sealed here
     * @param options the window's days, the half-life, the daily cap and the taper
     */
    public Window(ActivityIndex index, ScoringOptions options) {
        index.seal();
        this.index = index;
        this.windowDays = options.windowDays();
        this.halfLifeDays = options.halfLifeDays();
        this.dailyCap = options.dailyCap();
        this.taperDays = options.taperDays();
        this.decay = Math.pow(0.5, 1.0 / halfLifeDays);
        this.decayOut = Math.pow(0.5, windowDays / halfLifeDays);
        this.weights = weights(windowDays, halfLifeDays, taperDays);
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        this.norm = sum / 7.0;
        // The standard types' slots, then those of the custom kinds the log names.
        int slots = index.counts.length;
        this.raw = new int[slots];
        this.weighted = new double[slots];
        this.rawEngagement = new long[ActivityIndex.T];
        this.weightedEngagement = new double[ActivityIndex.T];
        if (taperDays > 0) {
            this.taper = new Taper(windowDays, halfLifeDays, taperDays);
            this.taperedCounts = taper.sums(slots);
            this.taperedEngagement = taper.sums(ActivityIndex.T);
        } else {
            this.taper = null;
            this.taperedCounts = null;
            this.taperedEngagement = null;
        }
        this.contactTypeCount = new int[index.contactTypes.size()];
        this.distinct = new int[ActivityIndex.T];
        this.connectionCount = new int[index.contacts.size()];
        this.welcomeCount = new int[index.contacts.size()];
        this.pairCount = new int[index.pairs.size()];
        this.accountConnected = new int[index.accounts.size()];
    }

    /**
     * The weight of an activity by its age in days: {@code 0.5^(age / halfLifeDays)}, times
     * the taper's raised cosine over the window's last {@code taperDays} days.
     *
     * @param windowDays   days in the window
     * @param halfLifeDays the half-life in days
     * @param taperDays    days of taper at the far end, 0 to {@code windowDays}
     * @return one weight per age, 0 to {@code windowDays - 1}
     */
    static double[] weights(int windowDays, double halfLifeDays, int taperDays) {
        double[] weights = new double[windowDays];
        int full = windowDays - taperDays;
        for (int age = 0; age < windowDays; age++) {
            weights[age] = Math.pow(0.5, age / halfLifeDays);
            if (age >= full) {
                weights[age] *= 0.5 * (1 + Math.cos(Math.PI * (age - full) / taperDays));
            }
        }
        return weights;
    }

    /**
     * A window over the whole of an index whose range is exactly one window: what a single
     * score, and each of the advisor's what-ifs, is computed from.
     *
     * @param index   the index, its range one window long
     * @param options the window's days, the half-life, the daily cap and the taper
     * @return the window, its last day the index's last day
     */
    public static Window full(ActivityIndex index, ScoringOptions options) {
        Window window = new Window(index, options);
        window.advanceTo(options.windowDays() - 1);
        return window;
    }

    /** @return the index this window slides over */
    public ActivityIndex index() {
        return index;
    }

    /**
     * @return the active days and weighted active days the views keep as the window slides;
     *         null before the first view
     */
    ActiveDays keptActiveDays() {
        return activeDays;
    }

    /** The index of the window's last day within the index's range; -1 before the first step. */
    public int end() {
        return end;
    }

    /**
     * Steps the window forward until its last day is the given day of the index's range.
     *
     * @param dayIndex a day of the range, not before the current last day
     */
    public void advanceTo(int dayIndex) {
        if (dayIndex >= index.days || dayIndex < end) {
            throw new IllegalArgumentException("dayIndex must be between " + end + " and " + (index.days - 1)
                    + ", but was " + dayIndex);
        }
        while (end < dayIndex) {
            step();
        }
    }

    private void step() {
        int in = ++end;
        int out = in - windowDays;
        if (taper != null) {
            stepTapered(in, out);
        } else {
            for (int s : index.usedSlots) {
                int[] c = index.counts[s];
                int cIn = c[in];
                int cOut = out >= 0 ? c[out] : 0;
                raw[s] += cIn - cOut;
                weighted[s] = raw[s] == 0 ? 0.0
                        : weighted[s] * decay + Math.min(cIn, dailyCap) - Math.min(cOut, dailyCap) * decayOut;
            }
            for (int t : index.usedEngagement) {
                long[] e = index.engagement[t];
                long eIn = e[in];
                long eOut = out >= 0 ? e[out] : 0;
                rawEngagement[t] += eIn - eOut;
                weightedEngagement[t] = rawEngagement[t] == 0 ? 0.0
                        : weightedEngagement[t] * decay + eIn - eOut * decayOut;
            }
        }
        countActiveDays(index.dayMask[in], 1);
        if (out >= 0) {
            countActiveDays(index.dayMask[out], -1);
        }
        if (activeDays != null) {
            int mid = taper == null ? -1 : in - taper.fullDays;
            activeDays.step(index.dayMask[in], mid >= 0 ? index.dayMask[mid] : 0,
                    out >= 0 ? index.dayMask[out] : 0);
        }
        withContact += index.withContact[in] - (out >= 0 ? index.withContact[out] : 0);
        unknownSeniority += index.unknownSeniority[in] - (out >= 0 ? index.unknownSeniority[out] : 0);
        unknownDegree += index.unknownDegree[in] - (out >= 0 ? index.unknownDegree[out] : 0);
        for (int i = index.eventStart[in]; i < index.eventStart[in + 1]; i++) {
            apply(index.eventOrder[i], 1);
        }
        if (out >= 0) {
            for (int i = index.eventStart[out]; i < index.eventStart[out + 1]; i++) {
                apply(index.eventOrder[i], -1);
            }
        }
    }

    /** Adds a day's types to (or takes them from) the active days per type. */
    private void countActiveDays(int mask, int sign) {
        for (int m = mask; m != 0; m &= m - 1) {
            activeByType[Integer.numberOfTrailingZeros(m)] += sign;
        }
    }

    /** As the untapered step, with the taper's running sums: a day enters the taper as it leaves the full part. */
    private void stepTapered(int in, int out) {
        int mid = in - taper.fullDays;
        for (int s : index.usedSlots) {
            int[] c = index.counts[s];
            int cIn = c[in];
            int cOut = out >= 0 ? c[out] : 0;
            raw[s] += cIn - cOut;
            weighted[s] = taper.step(taperedCounts, s, raw[s] == 0, Math.min(cIn, dailyCap),
                    mid >= 0 ? Math.min(c[mid], dailyCap) : 0, Math.min(cOut, dailyCap));
        }
        for (int t : index.usedEngagement) {
            long[] e = index.engagement[t];
            long eOut = out >= 0 ? e[out] : 0;
            rawEngagement[t] += e[in] - eOut;
            weightedEngagement[t] = taper.step(taperedEngagement, t, rawEngagement[t] == 0, e[in],
                    mid >= 0 ? e[mid] : 0, eOut);
        }
    }

    private void apply(int e, int sign) {
        int ct = index.evContactType[e];
        int t = index.evType[e];
        if (sign > 0 ? contactTypeCount[ct]++ == 0 : --contactTypeCount[ct] == 0) {
            distinct[t] += sign;
        }
        int c = index.evContact[e];
        if (t == ActivityIndex.ACCEPTED || t == ActivityIndex.INVITE) {
            connectionEventsWithContact += sign;
            if (sign > 0 ? connectionCount[c]++ == 0 : --connectionCount[c] == 0) {
                distinctConnected += sign;
                if (welcomeCount[c] > 0) {
                    matchedWelcomed += sign;
                }
            }
            int p = index.evPair[e];
            if (p >= 0 && (sign > 0 ? pairCount[p]++ == 0 : --pairCount[p] == 0)) {
                accountConnected[index.pairs.first(p)] += sign;
            }
        } else if (t == ActivityIndex.WELCOME) {
            welcomeEventsWithContact += sign;
            if ((sign > 0 ? welcomeCount[c]++ == 0 : --welcomeCount[c] == 0) && connectionCount[c] > 0) {
                matchedWelcomed += sign;
            }
        }
    }

    /**
     * What was left out of the window ending on the current day.
     *
     * @return duplicates, activities after the day, activities before the window, suspected duplicates
     */
    public IgnoredActivities ignored() {
        long placed = index.prefixTotals[index.days];
        long afterDay = placed - index.prefixTotals[end + 1];
        int firstInWindow = Math.max(0, end - windowDays + 1);
        long before = index.prefixTotals[firstInWindow];
        int afterAsOf = Math.toIntExact(index.afterCutoff + afterDay);
        int beforeWindow = Math.toIntExact(index.beforeRange + before);
        IgnoredActivities last = lastIgnored;
        if (last != null && last.afterAsOf() == afterAsOf && last.beforeWindow() == beforeWindow
                && last.duplicates() == index.duplicates && last.suspectedDuplicates() == index.nearDuplicates) {
            return last;
        }
        lastIgnored = new IgnoredActivities(index.duplicates, afterAsOf, beforeWindow, index.nearDuplicates);
        return lastIgnored;
    }

    /**
     * What lowered the trustworthiness of the window ending on the current day: its rows'
     * contacts of unknown seniority or degree, a defaulted time zone, suspected duplicates.
     *
     * @return the data quality, with no unmapped rows (the engine never sees those)
     */
    public DataQuality dataQuality() {
        DataQuality last = lastQuality;
        if (last != null && last.activitiesWithContact() == withContact && last.unknownSeniority() == unknownSeniority
                && last.unknownDegree() == unknownDegree && last.suspectedDuplicates() == index.nearDuplicates
                && last.timeZoneDefaulted() == !index.profile.timeZoneGiven()) {
            return last;
        }
        lastQuality = new DataQuality(withContact, unknownSeniority, unknownDegree, !index.profile.timeZoneGiven(),
                index.nearDuplicates, 0);
        return lastQuality;
    }

    /**
     * The new connections of the current window that got no welcome message and name a
     * contact: their contact ids, sorted.
     *
     * @return contact ids, possibly empty
     */
    public List<String> unwelcomedNewConnections() {
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < connectionCount.length; c++) {
            if (connectionCount[c] > 0 && welcomeCount[c] == 0) {
                ids.add(index.contacts.key(c));
            }
        }
        ids.sort(null);
        return ids;
    }

    /**
     * The engagement sums a context keeps, in one array: the recency-weighted sum of each content
     * type, then (from index {@code T}) its plain sum over the window.
     */
    private double[] engagementSums() {
        return engagementSums(new double[2 * ActivityIndex.T]);
    }

    /** {@link #engagementSums()}, written into {@code sums}. */
    private double[] engagementSums(double[] sums) {
        System.arraycopy(weightedEngagement, 0, sums, 0, ActivityIndex.T);
        for (int t = 0; t < ActivityIndex.T; t++) {
            sums[ActivityIndex.T + t] = rawEngagement[t];
        }
        return sums;
    }

    /**
     * An immutable view of the current window for the rules.
     *
     * @param asOf the instant being scored; it falls on the window's last day
     * @return the context
     */
    public WindowContext snapshot(Instant asOf) {
        return context(asOf, true);
    }

    /**
     * A view of the current window over the window's own sums, without the copies a
     * {@link #snapshot(Instant)} makes: for a history, which runs every rule of a day before the
     * window moves to the next. It answers as a snapshot would only until the window next moves,
     * so nothing may keep it past that (the engine keeps no context in a score, and rules are
     * stateless).
     *
     * @param asOf the instant being scored; it falls on the window's last day
     * @return the context, valid until the next {@link #advanceTo(int)}
     */
    public WindowContext view(Instant asOf) {
        return context(asOf, false);
    }

    private WindowContext context(Instant asOf, boolean copy) {
        if (end < windowDays - 1) {
            throw new IllegalStateException("the window is not yet full: end " + end);
        }
        int newConnections = distinctConnected
                + raw[ActivityIndex.ACCEPTED * ActivityIndex.F] + raw[ActivityIndex.INVITE * ActivityIndex.F]
                - connectionEventsWithContact;
        int anonymousWelcomes = raw[ActivityIndex.WELCOME * ActivityIndex.F] - welcomeEventsWithContact;
        int welcomed = matchedWelcomed + Math.min(anonymousWelcomes, newConnections - matchedWelcomed);
        double[] engagementSums;
        if (copy) {
            engagementSums = engagementSums();
        } else {
            if (viewEngagement == null) {
                viewEngagement = new double[2 * ActivityIndex.T];
                activeDays = new ActiveDays(this);
            }
            engagementSums = engagementSums(viewEngagement);
        }
        return new WindowContext(index.profile, asOf, index.firstDay + end, windowDays, halfLifeDays, dailyCap,
                taperDays, norm, copy ? raw.clone() : raw, copy ? weighted.clone() : weighted, engagementSums,
                copy ? distinct.clone() : distinct, newConnections, welcomed, index.accounts,
                copy ? accountConnected.clone() : accountConnected, index.dayMask,
                copy ? activeByType.clone() : activeByType, end - windowDays + 1, weights, index.kinds,
                copy ? null : activeDays);
    }

    /**
     * The window's days with any of a mask's types, and their recency-weighted sum, for the few
     * masks of several types that rules ask a history's views about (a rule of active days asks
     * its set's mask every day): each is made once by walking the window, then kept by adding
     * the day that enters and taking the day that leaves, instead of walking the window's days
     * again every day. The weighted sums slide as the window's weighted counts do, so a kept sum
     * differs from a walk of the weights by rounding alone; a sum asked for is made when the
     * window first moves after that, so a single score, whose window never moves again, makes
     * none. Not thread-safe; a view reads it only until the window next moves.
     */
    static final class ActiveDays {
        /** Masks kept at most: a model has few sets of active-day types, and a plugin's others are walked. */
        static final int MAX = 8;
        private final Window window;
        private final int[] masks = new int[MAX];
        private final int[] counts = new int[MAX];
        private int size;
        // The masks whose weighted sums are kept, each with its days in the window (a sum with
        // none is 0, as a weighted count with none is) and its sum, or its taper's running sums;
        // the first weighedSize are asked for, the first madeSize of them made.
        private final int[] weighedMasks = new int[MAX];
        private final int[] weighedDays = new int[MAX];
        private final double[] weighed = new double[MAX];
        private final double[][] tapered;
        private int weighedSize;
        private int madeSize;

        ActiveDays(Window window) {
            this.window = window;
            this.tapered = window.taper == null ? null : window.taper.sums(MAX);
        }

        /** @return the kept count of the mask's days in the window, or -1 if it is not kept */
        int count(int mask) {
            for (int i = 0; i < size; i++) {
                if (masks[i] == mask) {
                    return counts[i];
                }
            }
            return -1;
        }

        /** Keeps a mask's count in the current window, if there is room. */
        void add(int mask, int count) {
            if (size < MAX) {
                masks[size] = mask;
                counts[size++] = count;
            }
        }

        /**
         * @return the kept recency-weighted sum of the mask's days in the window (the sum of
         *         the weights of their ages), or NaN if it is not kept (yet)
         */
        double weighted(int mask) {
            for (int i = 0; i < madeSize; i++) {
                if (weighedMasks[i] == mask) {
                    return weighed[i];
                }
            }
            return Double.NaN;
        }

        /**
         * Keeps a mask's weighted sum from the window's next day on, if there is room and it is
         * not asked for already.
         */
        void weigh(int mask) {
            for (int i = 0; i < weighedSize; i++) {
                if (weighedMasks[i] == mask) {
                    return;
                }
            }
            if (weighedSize < MAX) {
                weighedMasks[weighedSize++] = mask;
            }
        }

        /**
         * Makes the sums asked for since the window last moved, over the window ending on day
         * {@code last}: its days are stepped in from an empty window, as the window's own sums were.
         */
        private void make(int last) {
            int[] dayMask = window.index.dayMask;
            int first = last - window.windowDays + 1;
            for (; madeSize < weighedSize; madeSize++) {
                for (int d = first; d <= last; d++) {
                    int mid = window.taper == null ? -1 : d - window.taper.fullDays;
                    step(madeSize, dayMask[d], mid >= first ? dayMask[mid] : 0, 0);
                }
            }
        }

        /**
         * Moves the counts and sums by a day, the window's last day now one after the day they
         * were of: {@code in}'s types enter the window, {@code mid}'s pass into the taper,
         * {@code out}'s leave it.
         */
        void step(int in, int mid, int out) {
            for (int i = 0; i < size; i++) {
                int m = masks[i];
                counts[i] += ((in & m) != 0 ? 1 : 0) - ((out & m) != 0 ? 1 : 0);
            }
            make(window.end - 1);
            for (int k = 0; k < madeSize; k++) {
                step(k, in, mid, out);
            }
        }

        private void step(int k, int in, int mid, int out) {
            int m = weighedMasks[k];
            int dayIn = (in & m) != 0 ? 1 : 0;
            int dayOut = (out & m) != 0 ? 1 : 0;
            int days = weighedDays[k] += dayIn - dayOut;
            if (tapered != null) {
                weighed[k] = window.taper.step(tapered, k, days == 0, dayIn, (mid & m) != 0 ? 1 : 0, dayOut);
            } else {
                weighed[k] = days == 0 ? 0.0 : weighed[k] * window.decay + dayIn - dayOut * window.decayOut;
            }
        }
    }

    /**
     * Running sums for a tapered weight, one step per day. An activity {@code age} days old
     * weighs {@code r^age} (with {@code r = 0.5^(1 / halfLife)}) while it is younger than
     * {@code fullDays}, and {@code r^age * (1 + cos(pi * k / taperDays)) / 2} at
     * {@code k = age - fullDays} in the taper. The cosine is the real part of
     * {@code e^(i pi k / taperDays)}, so the taper is three geometric sums that slide like the
     * untapered one: {@code a} over the full part (ratio {@code r}), and over the taper {@code b}
     * (ratio {@code r}) and the complex {@code c} (ratio {@code z = r e^(i pi / taperDays)}, whose
     * power {@code taperDays} is the real {@code -r^taperDays}). Every ratio is below 1 in
     * modulus, so rounding does not grow as the window slides.
     */
    private static final class Taper {
        final int fullDays;
        private final double r;
        private final double rFull;
        private final double rTaper;
        private final double zRe;
        private final double zIm;

        Taper(int windowDays, double halfLifeDays, int taperDays) {
            this.fullDays = windowDays - taperDays;
            this.r = Math.pow(0.5, 1.0 / halfLifeDays);
            this.rFull = Math.pow(0.5, fullDays / halfLifeDays);
            this.rTaper = Math.pow(0.5, taperDays / halfLifeDays);
            this.zRe = r * Math.cos(Math.PI / taperDays);
            this.zIm = r * Math.sin(Math.PI / taperDays);
        }

        /** The sums {@code a}, {@code b}, {@code c}'s real and imaginary parts, for n slots. */
        double[][] sums(int n) {
            return new double[4][n];
        }

        /**
         * Steps slot {@code i} by a day: {@code in} enters the window, {@code mid} passes from
         * the full part into the taper, {@code out} leaves the window.
         *
         * @return the slot's weighted sum
         */
        double step(double[][] sums, int i, boolean empty, double in, double mid, double out) {
            double[] a = sums[0];
            double[] b = sums[1];
            double[] cRe = sums[2];
            double[] cIm = sums[3];
            if (empty) {
                a[i] = 0;
                b[i] = 0;
                cRe[i] = 0;
                cIm[i] = 0;
                return 0.0;
            }
            a[i] = a[i] * r + in - mid * rFull;
            b[i] = b[i] * r + mid - out * rTaper;
            double re = cRe[i] * zRe - cIm[i] * zIm + mid + out * rTaper;
            cIm[i] = cRe[i] * zIm + cIm[i] * zRe;
            cRe[i] = re;
            return a[i] + rFull * 0.5 * (b[i] + cRe[i]);
        }
    }
}
