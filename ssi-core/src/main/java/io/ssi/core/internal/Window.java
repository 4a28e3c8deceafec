package io.ssi.core.internal;

import io.ssi.core.IgnoredActivities;

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
    private final double decay;
    private final double decayOut;
    private final double[] weights;
    private final double norm;

    private int end = -1;
    private final int[] raw;
    private final double[] weighted;
    private final long[] rawEngagement;
    private final double[] weightedEngagement;

    private final int[] contactTypeCount;
    private final int[] distinct;
    private final int[] connectionCount;
    private final int[] welcomeCount;
    private final int[] pairCount;
    private final int[] accountConnected;
    private int distinctConnected;
    private int matchedWelcomed;
    private int connectionEventsWithContact;
    private int welcomeEventsWithContact;

    /**
     * @param index        the sealed or unsealed index; it is sealed here
     * @param windowDays   days in the window, at least 1
     * @param halfLifeDays the recency half-life in days, greater than 0
     * @param dailyCap     the most activities of one type that count per day
     */
    public Window(ActivityIndex index, int windowDays, double halfLifeDays, int dailyCap) {
        index.seal();
        this.index = index;
        this.windowDays = windowDays;
        this.halfLifeDays = halfLifeDays;
        this.dailyCap = dailyCap;
        this.decay = Math.pow(0.5, 1.0 / halfLifeDays);
        this.decayOut = Math.pow(0.5, windowDays / halfLifeDays);
        this.weights = new double[windowDays];
        double sum = 0;
        for (int age = 0; age < windowDays; age++) {
            weights[age] = Math.pow(0.5, age / halfLifeDays);
            sum += weights[age];
        }
        this.norm = sum / 7.0;
        int slots = ActivityIndex.T * ActivityIndex.F;
        this.raw = new int[slots];
        this.weighted = new double[slots];
        this.rawEngagement = new long[ActivityIndex.T];
        this.weightedEngagement = new double[ActivityIndex.T];
        this.contactTypeCount = new int[index.contactTypes.size()];
        this.distinct = new int[ActivityIndex.T];
        this.connectionCount = new int[index.contacts.size()];
        this.welcomeCount = new int[index.contacts.size()];
        this.pairCount = new int[index.pairs.size()];
        this.accountConnected = new int[index.accounts.size()];
    }

    /**
     * A window over the whole of an index whose range is exactly one window: what a single
     * score, and each of the advisor's what-ifs, is computed from.
     *
     * @param index        the index, its range {@code windowDays} long
     * @param windowDays   days in the window
     * @param halfLifeDays the recency half-life in days
     * @param dailyCap     the most activities of one type that count per day
     * @return the window, its last day the index's last day
     */
    public static Window full(ActivityIndex index, int windowDays, double halfLifeDays, int dailyCap) {
        Window window = new Window(index, windowDays, halfLifeDays, dailyCap);
        window.advanceTo(windowDays - 1);
        return window;
    }

    /** @return the index this window slides over */
    public ActivityIndex index() {
        return index;
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
        for (int i = index.eventStart[in]; i < index.eventStart[in + 1]; i++) {
            apply(index.eventOrder[i], 1);
        }
        if (out >= 0) {
            for (int i = index.eventStart[out]; i < index.eventStart[out + 1]; i++) {
                apply(index.eventOrder[i], -1);
            }
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
     * @return duplicates, activities after the day, activities before the window
     */
    public IgnoredActivities ignored() {
        long placed = index.prefixTotals[index.days];
        long afterDay = placed - index.prefixTotals[end + 1];
        int firstInWindow = Math.max(0, end - windowDays + 1);
        long before = index.prefixTotals[firstInWindow];
        return new IgnoredActivities(index.duplicates, Math.toIntExact(index.afterCutoff + afterDay),
                Math.toIntExact(index.beforeRange + before));
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
     * An immutable view of the current window for the rules.
     *
     * @param asOf the instant being scored; it falls on the window's last day
     * @return the context
     */
    public WindowContext snapshot(Instant asOf) {
        if (end < windowDays - 1) {
            throw new IllegalStateException("the window is not yet full: end " + end);
        }
        int newConnections = distinctConnected
                + raw[ActivityIndex.ACCEPTED * ActivityIndex.F] + raw[ActivityIndex.INVITE * ActivityIndex.F]
                - connectionEventsWithContact;
        int anonymousWelcomes = raw[ActivityIndex.WELCOME * ActivityIndex.F] - welcomeEventsWithContact;
        int welcomed = matchedWelcomed + Math.min(anonymousWelcomes, newConnections - matchedWelcomed);
        return new WindowContext(index.profile, asOf, index.firstDay + end, windowDays, halfLifeDays, dailyCap,
                norm, raw.clone(), weighted.clone(), weightedEngagement.clone(), distinct.clone(), newConnections,
                welcomed, index.accounts, accountConnected.clone(), index.dayMask, end - windowDays + 1, weights);
    }
}
