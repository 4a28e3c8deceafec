package io.ssi.core.internal;

import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The immutable {@link ScoringContext} of one window: copies of the window's sums, and
 * read-only references to the sealed index's day masks and the weights. The only state it
 * adds is the {@linkplain #shared shared figures} it has computed, each kept the first time
 * it is asked for (a race only computes one twice).
 */
public final class WindowContext implements ScoringContext {

    private final MemberProfile profile;
    private final Instant asOf;
    private final long asOfDay;
    private final int windowDays;
    private final double halfLifeDays;
    private final int dailyCap;
    private final int taperDays;
    private final double norm;
    private final int[] raw;
    private final double[] weighted;
    /** By content type: the recency-weighted engagement, then (from {@code T}) the plain sum. */
    private final double[] weightedEngagement;
    private final int[] distinct;
    private final int newConnections;
    private final int welcomed;
    private final StringIndex accounts;
    private final int[] accountConnected;
    private final int[] dayMask;
    /**
     * Per standard type, the days of the window on which it occurs, as {@link #dayMask} has
     * them; null when only the masks are known (a what-if with days of its own).
     */
    private final int[] activeByType;
    private final int firstDayIndex;
    private final double[] weights;
    /** The custom kinds of the index, whose slots follow the standard types' in the sums. */
    private final StringIndex kinds;
    /**
     * The window's running counts of active days for masks of several types, for a history's
     * view (the window keeps them up to date as it slides); null for a snapshot or a what-if.
     */
    private final Window.ActiveDays live;
    /**
     * The shared figures computed so far, in the order they were first asked for; made at the
     * first. Each entry is immutable, so a thread that sees one sees its value.
     */
    private Shared[] shared;

    /** Shared figures a context keeps: the standard model asks for three. */
    static final int SHARED = 8;

    WindowContext(MemberProfile profile, Instant asOf, long asOfDay, int windowDays, double halfLifeDays,
                  int dailyCap, int taperDays, double norm, int[] raw, double[] weighted, double[] weightedEngagement,
                  int[] distinct, int newConnections, int welcomed, StringIndex accounts, int[] accountConnected,
                  int[] dayMask, int[] activeByType, int firstDayIndex, double[] weights, StringIndex kinds,
                  Window.ActiveDays live) {
        this.profile = profile;
        this.asOf = asOf;
        this.asOfDay = asOfDay;
        this.windowDays = windowDays;
        this.halfLifeDays = halfLifeDays;
        this.dailyCap = dailyCap;
        this.taperDays = taperDays;
        this.norm = norm;
        this.raw = raw;
        this.weighted = weighted;
        this.weightedEngagement = weightedEngagement;
        this.distinct = distinct;
        this.newConnections = newConnections;
        this.welcomed = welcomed;
        this.accounts = accounts;
        this.accountConnected = accountConnected;
        this.dayMask = dayMask;
        this.activeByType = activeByType;
        this.firstDayIndex = firstDayIndex;
        this.weights = weights;
        this.kinds = kinds;
        this.live = live;
    }

    /**
     * The same window with other sums, for the advisor's what-ifs ({@link PlannedWindow}): the
     * instant, window, weights and day masks' offset stay; the arrays given are kept, not copied.
     *
     * @param activeByType per standard type, the days of the window on which {@code dayMask} has
     *                     its bit, or null to count them from the masks when asked
     */
    WindowContext withSums(MemberProfile profile, int[] raw, double[] weighted, double[] weightedEngagement,
                           int[] distinct, int newConnections, int welcomed, StringIndex accounts,
                           int[] accountConnected, int[] dayMask, int[] activeByType) {
        return new WindowContext(profile, asOf, asOfDay, windowDays, halfLifeDays, dailyCap, taperDays, norm, raw,
                weighted, weightedEngagement, distinct, newConnections, welcomed, accounts, accountConnected, dayMask,
                activeByType, firstDayIndex, weights, kinds, null);
    }

    /**
     * @return per standard type, the days of the window on which it occurs, or null where only
     *         the masks are known; shared, not to be changed
     */
    int[] activeByType() {
        return activeByType;
    }

    int[] raw() {
        return raw;
    }

    double[] weighted() {
        return weighted;
    }

    double[] weightedEngagement() {
        return weightedEngagement;
    }

    int[] distinct() {
        return distinct;
    }

    int[] accountConnected() {
        return accountConnected;
    }

    int[] dayMask() {
        return dayMask;
    }

    int firstDayIndex() {
        return firstDayIndex;
    }

    double[] weights() {
        return weights;
    }

    @Override
    public MemberProfile profile() {
        return profile;
    }

    @Override
    public Instant asOf() {
        return asOf;
    }

    @Override
    public LocalDate asOfDate() {
        return LocalDate.ofEpochDay(asOfDay);
    }

    @Override
    public int windowDays() {
        return windowDays;
    }

    @Override
    public double halfLifeDays() {
        return halfLifeDays;
    }

    @Override
    public int dailyCap() {
        return dailyCap;
    }

    @Override
    public int taperDays() {
        return taperDays;
    }

    @Override
    public int count(ActivityType type) {
        return raw[slot(type, ContactFacet.ANY)];
    }

    @Override
    public int count(ActivityType type, ContactFacet facet) {
        return raw[slot(type, facet)];
    }

    @Override
    public double weeklyRate(ActivityType type) {
        return weeklyRate(type, ContactFacet.ANY);
    }

    @Override
    public double weeklyRate(ActivityType type, ContactFacet facet) {
        return Math.max(0.0, weighted[slot(type, facet)]) / norm;
    }

    @Override
    public double weeklyEngagement(ActivityType contentType) {
        return Math.max(0.0, weightedEngagement[Objects.requireNonNull(contentType, "contentType").ordinal()])
                / norm;
    }

    @Override
    public long engagement(ActivityType contentType) {
        return (long) weightedEngagement[ActivityIndex.T + Objects.requireNonNull(contentType, "contentType").ordinal()];
    }

    @Override
    public int customCount(String kind) {
        return customCount(kind, ContactFacet.ANY);
    }

    @Override
    public int customCount(String kind, ContactFacet facet) {
        int s = kindSlot(kind, facet);
        return s < 0 ? 0 : raw[s];
    }

    @Override
    public double customWeeklyRate(String kind) {
        return customWeeklyRate(kind, ContactFacet.ANY);
    }

    @Override
    public double customWeeklyRate(String kind, ContactFacet facet) {
        int s = kindSlot(kind, facet);
        return s < 0 ? 0.0 : Math.max(0.0, weighted[s]) / norm;
    }

    /** The slot of a custom kind and facet in the sums, or -1 if the log names no such kind. */
    private int kindSlot(String kind, ContactFacet facet) {
        int k = kinds.find(Objects.requireNonNull(kind, "kind"));
        int s = (ActivityIndex.T + k) * ActivityIndex.F + Objects.requireNonNull(facet, "facet").ordinal();
        return k < 0 || s >= raw.length ? -1 : s;
    }

    @Override
    public int activeDays(Set<ActivityType> types) {
        return activeDays(mask(types));
    }

    @Override
    public int activeDaysOf(ActivityType type) {
        return activeDays(1 << Objects.requireNonNull(type, "type").ordinal());
    }

    /**
     * The window's days with any of the types whose bits (by ordinal) the mask holds: a lookup
     * for one type, a walk over the window's days for several.
     */
    int activeDays(int mask) {
        if (activeByType != null && Integer.bitCount(mask) == 1) {
            return activeByType[Integer.numberOfTrailingZeros(mask)];
        }
        // A history asks the same masks day after day: the window keeps their counts as it slides.
        int n = live == null ? -1 : live.count(mask);
        if (n >= 0) {
            return n;
        }
        n = 0;
        for (int i = 0; i < windowDays; i++) {
            if ((dayMask[firstDayIndex + i] & mask) != 0) {
                n++;
            }
        }
        if (live != null) {
            live.add(mask, n);
        }
        return n;
    }

    @Override
    public double weeklyActiveDays(Set<ActivityType> types) {
        return weeklyActiveDays(mask(types));
    }

    /** {@link #weeklyActiveDays(Set)} of the types whose bits the mask holds. */
    double weeklyActiveDays(int mask) {
        // A history asks the same masks day after day: the window keeps their sums as it slides.
        double sum = live == null ? Double.NaN : live.weighted(mask);
        if (Double.isNaN(sum)) {
            sum = 0;
            int last = firstDayIndex + windowDays - 1;
            for (int age = 0; age < windowDays; age++) {
                if ((dayMask[last - age] & mask) != 0) {
                    sum += weights[age];
                }
            }
            if (live != null) {
                live.weigh(mask);
            }
        }
        return Math.min(7.0, sum / norm);
    }

    @Override
    public int distinctContacts(ActivityType type) {
        return distinct[Objects.requireNonNull(type, "type").ordinal()];
    }

    @Override
    public int newConnections() {
        return newConnections;
    }

    @Override
    public int welcomedNewConnections() {
        return welcomed;
    }

    @Override
    public int newConnectionsAt(String accountId) {
        int a = accounts.find(Objects.requireNonNull(accountId, "accountId"));
        return a < 0 || a >= accountConnected.length ? 0 : accountConnected[a];
    }

    @Override
    public int targetAccountsWithNewConnections(int atLeast) {
        Set<String> targets = profile.targetAccounts();
        if (atLeast <= 0) {
            return targets.size();
        }
        // Only accounts the log names can have connections: walk those, not the target list.
        int n = 0;
        for (int a = 0; a < accountConnected.length; a++) {
            if (accountConnected[a] >= atLeast && targets.contains(accounts.key(a))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public int accountsWithNewConnections(int atLeast) {
        if (atLeast < 1) {
            throw new IllegalArgumentException("atLeast must be >= 1, but was " + atLeast);
        }
        int n = 0;
        for (int connected : accountConnected) {
            if (connected >= atLeast) {
                n++;
            }
        }
        return n;
    }

    private static int slot(ActivityType type, ContactFacet facet) {
        return Objects.requireNonNull(type, "type").ordinal() * ActivityIndex.F
                + Objects.requireNonNull(facet, "facet").ordinal();
    }

    /** The bits, by ordinal, of a set of types. */
    static int mask(Set<ActivityType> types) {
        int mask = 0;
        for (ActivityType t : Objects.requireNonNull(types, "types")) {
            mask |= 1 << t.ordinal();
        }
        return mask;
    }

    @Override
    public double shared(ToDoubleFunction<ScoringContext> figure) {
        Objects.requireNonNull(figure, "figure");
        Shared[] kept = shared;
        if (kept == null) {
            kept = new Shared[SHARED];
            shared = kept;
        }
        for (Shared s : kept) {
            if (s == null) {
                break;
            }
            if (s.figure == figure) {
                return s.value;
            }
        }
        double value = figure.applyAsDouble(this);
        // The figure may have asked for others, which took the free slots it saw.
        for (int i = 0; i < kept.length; i++) {
            if (kept[i] == null) {
                kept[i] = new Shared(figure, value);
                break;
            }
        }
        return value;
    }

    /** A figure and its value in this context. */
    private record Shared(ToDoubleFunction<ScoringContext> figure, double value) {
    }

    @Override
    public String toString() {
        return "ScoringContext[asOf=" + asOf + ", windowDays=" + windowDays + ", halfLifeDays=" + halfLifeDays
                + ", taperDays=" + taperDays + "]";
    }
}
