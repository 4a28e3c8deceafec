package io.ssi.core.internal;

import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What one rule read from its context, and what it got back: so that the engine can tell,
 * without running the rule again, that it would return the same contribution in another
 * context.
 *
 * <p>A rule is a pure function of what it reads (the SPI asks for stateless rules). If every
 * read gives the same answer in another context, the rule takes the same branches, makes the
 * same reads and returns an equal contribution there. So a daily history re-runs only the
 * rules whose inputs moved since the day before (a profile-only rule runs once), and the
 * advisor re-runs, for each what-if, only the rules that read what the planned activity
 * changes. A rule that fails is never recorded, so it always runs again.
 *
 * <p>{@link #recorder(ScoringContext)} wraps a context; every {@link ScoringContext} method is
 * overridden there, so a default method a context overrides is recorded as that context
 * answers it (a test checks that no method is left to a default). Not thread-safe: one per
 * evaluation.
 */
public final class Reads {

    private static final int PROFILE = 0;
    private static final int AS_OF = 1;
    private static final int AS_OF_DATE = 2;
    private static final int WINDOW_DAYS = 3;
    private static final int HALF_LIFE = 4;
    private static final int DAILY_CAP = 5;
    private static final int COUNT = 6;
    private static final int WEEKLY_RATE = 7;
    private static final int WEEKLY_ENGAGEMENT = 8;
    private static final int ACTIVE_DAYS = 9;
    private static final int WEEKLY_ACTIVE_DAYS = 10;
    private static final int DISTINCT = 11;
    private static final int NEW_CONNECTIONS = 12;
    private static final int WELCOMED = 13;
    private static final int NEW_CONNECTIONS_AT = 14;
    private static final int TARGET_ACCOUNTS_WITH = 15;
    private static final int COUNT_IN_WINDOW = 16;
    private static final int COUNT_OF_TYPE = 17;
    private static final int WEEKLY_RATE_OF_TYPE = 18;
    private static final int TAPER_DAYS = 19;
    private static final int CUSTOM_COUNT = 20;
    private static final int CUSTOM_RATE = 21;
    private static final int CUSTOM_COUNT_ANY = 22;
    private static final int CUSTOM_RATE_ANY = 23;
    private static final int ACCOUNTS_WITH = 24;
    private static final int ENGAGEMENT = 25;
    private static final int ACTIVE_DAYS_OF_TYPE = 26;

    private int size;
    // Room for what a standard rule reads (up to about a dozen answers), so that recording one
    // seldom grows the arrays: advice records a fresh set for every rule a pick re-runs.
    private int[] ops = new int[16];
    private int[] ints = new int[16];
    private long[] values = new long[16];
    private Object[] refs = new Object[16];
    private Recorder recorder;

    private Reads() {
    }

    /**
     * A context that answers as {@code context} does and records every answer.
     *
     * @param context the context to read
     * @return the recording context; {@link Recorder#reads()} holds what was read
     */
    public static Recorder recorder(ScoringContext context) {
        return new Reads().record(context);
    }

    /** @return an empty record, for {@link #record(ScoringContext)} */
    static Reads empty() {
        return new Reads();
    }

    /**
     * Forgets what was read and records anew, reading {@code context}: a history records each
     * rule every day it runs, in the same arrays.
     *
     * @param context the context to read
     * @return this record's recorder
     */
    Recorder record(ScoringContext context) {
        size = 0;
        Arrays.fill(refs, null);
        if (recorder == null) {
            recorder = new Recorder(this);
        }
        recorder.context = Objects.requireNonNull(context, "context");
        return recorder;
    }

    /** @return how many reads were recorded */
    public int size() {
        return size;
    }

    /**
     * Whether every recorded read gives the same answer in another context: bit for bit for
     * numbers, the same or an equal value for the profile, instant and date.
     *
     * @param other the context to ask
     * @return {@code true} if a rule that made these reads would return the same there
     */
    public boolean sameIn(ScoringContext other) {
        for (int i = 0; i < size; i++) {
            if (!same(i, other)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every recorded read asks only the profile or an option (the window, half-life,
     * daily cap or taper): the answers of every day of one history, which keeps both.
     *
     * @return {@code true} if the reads name nothing that moves from day to day
     */
    boolean onlyProfileAndOptions() {
        for (int i = 0; i < size; i++) {
            switch (ops[i]) {
                case PROFILE, WINDOW_DAYS, HALF_LIFE, DAILY_CAP, TAPER_DAYS -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * What the recorded reads touch, for a what-if to tell without asking that they answer the
     * same: the instant, the window and its options, counts in the window and custom kinds are
     * the same in every what-if of one score, so they touch nothing.
     *
     * @return the footprint
     */
    Footprint footprint() {
        return footprint(Footprint.WHOLE_PROFILE);
    }

    /**
     * As {@link #footprint()}, for a rule whose answers depend only on some parts of the profile.
     *
     * @param profileParts the parts of the profile that reading it touches ({@link Footprint#facts})
     * @return the footprint
     */
    Footprint footprint(long profileParts) {
        Footprint f = new Footprint();
        for (int i = 0; i < size; i++) {
            int arg = ints[i];
            switch (ops[i]) {
                case PROFILE -> f.profile(profileParts);
                // Planned activity never has a custom kind (the planned window refuses one).
                case AS_OF, AS_OF_DATE, WINDOW_DAYS, HALF_LIFE, DAILY_CAP, TAPER_DAYS, COUNT_IN_WINDOW, CUSTOM_COUNT,
                        CUSTOM_RATE, CUSTOM_COUNT_ANY, CUSTOM_RATE_ANY -> {
                }
                case COUNT, WEEKLY_RATE -> f.slot(arg);
                case COUNT_OF_TYPE, WEEKLY_RATE_OF_TYPE -> f.slot(arg * F);
                case WEEKLY_ENGAGEMENT, ENGAGEMENT -> f.engagement(arg);
                case ACTIVE_DAYS, WEEKLY_ACTIVE_DAYS -> f.days(arg);
                case ACTIVE_DAYS_OF_TYPE -> f.days(1 << arg);
                case DISTINCT -> f.distinct(arg);
                case NEW_CONNECTIONS, WELCOMED, NEW_CONNECTIONS_AT, ACCOUNTS_WITH -> f.flag(Footprint.CONNECTIONS);
                case TARGET_ACCOUNTS_WITH -> {
                    f.flag(Footprint.CONNECTIONS);
                    f.profile(Footprint.TARGET_ACCOUNTS);
                }
                default -> f.flag(Footprint.ALL);
            }
        }
        return f;
    }

    private boolean same(int i, ScoringContext c) {
        long v = values[i];
        Object ref = refs[i];
        int arg = ints[i];
        return switch (ops[i]) {
            case PROFILE -> {
                MemberProfile p = c.profile();
                yield p == ref || p.equals(ref);
            }
            case AS_OF -> c.asOf().equals(ref);
            case AS_OF_DATE -> c.asOfDate().equals(ref);
            case WINDOW_DAYS -> c.windowDays() == v;
            case HALF_LIFE -> Double.doubleToLongBits(c.halfLifeDays()) == v;
            case DAILY_CAP -> c.dailyCap() == v;
            case COUNT -> c.count(TYPES[arg / F], FACETS[arg % F]) == v;
            case WEEKLY_RATE -> Double.doubleToLongBits(c.weeklyRate(TYPES[arg / F], FACETS[arg % F])) == v;
            case WEEKLY_ENGAGEMENT -> Double.doubleToLongBits(c.weeklyEngagement(TYPES[arg])) == v;
            case ACTIVE_DAYS -> (c instanceof WindowContext w ? w.activeDays(arg) : c.activeDays(types(arg))) == v;
            case WEEKLY_ACTIVE_DAYS -> Double.doubleToLongBits(c instanceof WindowContext w ? w.weeklyActiveDays(arg)
                    : c.weeklyActiveDays(types(arg))) == v;
            case ACTIVE_DAYS_OF_TYPE -> c.activeDaysOf(TYPES[arg]) == v;
            case DISTINCT -> c.distinctContacts(TYPES[arg]) == v;
            case NEW_CONNECTIONS -> c.newConnections() == v;
            case WELCOMED -> c.welcomedNewConnections() == v;
            case NEW_CONNECTIONS_AT -> c.newConnectionsAt((String) ref) == v;
            case TARGET_ACCOUNTS_WITH -> c.targetAccountsWithNewConnections(arg) == v;
            case ACCOUNTS_WITH -> c.accountsWithNewConnections(arg) == v;
            case ENGAGEMENT -> c.engagement(TYPES[arg]) == v;
            case TAPER_DAYS -> c.taperDays() == v;
            case CUSTOM_COUNT -> c.customCount((String) ref, FACETS[arg]) == v;
            case CUSTOM_RATE -> Double.doubleToLongBits(c.customWeeklyRate((String) ref, FACETS[arg])) == v;
            case CUSTOM_COUNT_ANY -> c.customCount((String) ref) == v;
            case CUSTOM_RATE_ANY -> Double.doubleToLongBits(c.customWeeklyRate((String) ref)) == v;
            case COUNT_OF_TYPE -> c.count(TYPES[arg]) == v;
            case WEEKLY_RATE_OF_TYPE -> Double.doubleToLongBits(c.weeklyRate(TYPES[arg])) == v;
            case COUNT_IN_WINDOW -> Double.doubleToLongBits(c.countInWindow(Double.longBitsToDouble(
                    ((long[]) ref)[0]))) == v;
            default -> throw new IllegalStateException("unknown read " + ops[i]);
        };
    }

    /** The types whose bits (by ordinal) a recorded mask holds. */
    private static Set<ActivityType> types(int mask) {
        Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        for (int m = mask; m != 0; m &= m - 1) {
            types.add(TYPES[Integer.numberOfTrailingZeros(m)]);
        }
        return types;
    }

    private static final ActivityType[] TYPES = ActivityType.values();
    private static final ContactFacet[] FACETS = ContactFacet.values();
    private static final int F = FACETS.length;

    private void add(int op, int arg, long value, Object ref) {
        if (size == ops.length) {
            int n = size * 2;
            ops = Arrays.copyOf(ops, n);
            ints = Arrays.copyOf(ints, n);
            values = Arrays.copyOf(values, n);
            refs = Arrays.copyOf(refs, n);
        }
        ops[size] = op;
        ints[size] = arg;
        values[size] = value;
        refs[size] = ref;
        size++;
    }

    /**
     * A {@link ScoringContext} that answers as the one it wraps and records each answer in its
     * {@link #reads()}.
     */
    public static final class Recorder implements ScoringContext {
        private ScoringContext context;
        private final Reads reads;

        private Recorder(Reads reads) {
            this.reads = reads;
        }

        /** @return what was read so far */
        public Reads reads() {
            return reads;
        }

        @Override
        public MemberProfile profile() {
            MemberProfile p = context.profile();
            reads.add(PROFILE, 0, 0, p);
            return p;
        }

        @Override
        public Instant asOf() {
            Instant t = context.asOf();
            reads.add(AS_OF, 0, 0, t);
            return t;
        }

        @Override
        public LocalDate asOfDate() {
            LocalDate d = context.asOfDate();
            reads.add(AS_OF_DATE, 0, 0, d);
            return d;
        }

        @Override
        public int windowDays() {
            int n = context.windowDays();
            reads.add(WINDOW_DAYS, 0, n, null);
            return n;
        }

        @Override
        public double halfLifeDays() {
            double h = context.halfLifeDays();
            reads.add(HALF_LIFE, 0, Double.doubleToLongBits(h), null);
            return h;
        }

        @Override
        public int dailyCap() {
            int n = context.dailyCap();
            reads.add(DAILY_CAP, 0, n, null);
            return n;
        }

        @Override
        public int taperDays() {
            int n = context.taperDays();
            reads.add(TAPER_DAYS, 0, n, null);
            return n;
        }

        @Override
        public int count(ActivityType type) {
            int n = context.count(type);
            reads.add(COUNT_OF_TYPE, type.ordinal(), n, null);
            return n;
        }

        @Override
        public int count(ActivityType type, ContactFacet facet) {
            int n = context.count(type, facet);
            reads.add(COUNT, type.ordinal() * F + facet.ordinal(), n, null);
            return n;
        }

        @Override
        public double weeklyRate(ActivityType type) {
            double r = context.weeklyRate(type);
            reads.add(WEEKLY_RATE_OF_TYPE, type.ordinal(), Double.doubleToLongBits(r), null);
            return r;
        }

        @Override
        public double weeklyRate(ActivityType type, ContactFacet facet) {
            double r = context.weeklyRate(type, facet);
            reads.add(WEEKLY_RATE, type.ordinal() * F + facet.ordinal(), Double.doubleToLongBits(r), null);
            return r;
        }

        @Override
        public double weeklyEngagement(ActivityType contentType) {
            double r = context.weeklyEngagement(contentType);
            reads.add(WEEKLY_ENGAGEMENT, contentType.ordinal(), Double.doubleToLongBits(r), null);
            return r;
        }

        @Override
        public long engagement(ActivityType contentType) {
            long n = context.engagement(contentType);
            reads.add(ENGAGEMENT, contentType.ordinal(), n, null);
            return n;
        }

        @Override
        public int customCount(String kind) {
            int n = context.customCount(kind);
            reads.add(CUSTOM_COUNT_ANY, 0, n, kind);
            return n;
        }

        @Override
        public int customCount(String kind, ContactFacet facet) {
            int n = context.customCount(kind, facet);
            reads.add(CUSTOM_COUNT, facet.ordinal(), n, kind);
            return n;
        }

        @Override
        public double customWeeklyRate(String kind) {
            double r = context.customWeeklyRate(kind);
            reads.add(CUSTOM_RATE_ANY, 0, Double.doubleToLongBits(r), kind);
            return r;
        }

        @Override
        public double customWeeklyRate(String kind, ContactFacet facet) {
            double r = context.customWeeklyRate(kind, facet);
            reads.add(CUSTOM_RATE, facet.ordinal(), Double.doubleToLongBits(r), kind);
            return r;
        }

        @Override
        public int activeDays(Set<ActivityType> types) {
            // The set as it is now, as bits: no copy to keep, and the engine's own context
            // answers the bits without walking the set again.
            int mask = WindowContext.mask(types);
            int n = context instanceof WindowContext w ? w.activeDays(mask) : context.activeDays(types);
            reads.add(ACTIVE_DAYS, mask, n, null);
            return n;
        }

        @Override
        public int activeDaysOf(ActivityType type) {
            int n = context.activeDaysOf(type);
            reads.add(ACTIVE_DAYS_OF_TYPE, type.ordinal(), n, null);
            return n;
        }

        @Override
        public double weeklyActiveDays(Set<ActivityType> types) {
            int mask = WindowContext.mask(types);
            double r = context instanceof WindowContext w ? w.weeklyActiveDays(mask) : context.weeklyActiveDays(types);
            reads.add(WEEKLY_ACTIVE_DAYS, mask, Double.doubleToLongBits(r), null);
            return r;
        }

        @Override
        public int distinctContacts(ActivityType type) {
            int n = context.distinctContacts(type);
            reads.add(DISTINCT, type.ordinal(), n, null);
            return n;
        }

        @Override
        public int newConnections() {
            int n = context.newConnections();
            reads.add(NEW_CONNECTIONS, 0, n, null);
            return n;
        }

        @Override
        public int welcomedNewConnections() {
            int n = context.welcomedNewConnections();
            reads.add(WELCOMED, 0, n, null);
            return n;
        }

        @Override
        public int newConnectionsAt(String accountId) {
            int n = context.newConnectionsAt(accountId);
            reads.add(NEW_CONNECTIONS_AT, 0, n, accountId);
            return n;
        }

        @Override
        public int targetAccountsWithNewConnections(int atLeast) {
            int n = context.targetAccountsWithNewConnections(atLeast);
            // It depends on the profile's target accounts as well as on the window.
            MemberProfile p = context.profile();
            reads.add(PROFILE, 0, 0, p);
            reads.add(TARGET_ACCOUNTS_WITH, atLeast, n, null);
            return n;
        }

        @Override
        public int accountsWithNewConnections(int atLeast) {
            int n = context.accountsWithNewConnections(atLeast);
            reads.add(ACCOUNTS_WITH, atLeast, n, null);
            return n;
        }

        @Override
        public double countInWindow(double perWeek) {
            double r = context.countInWindow(perWeek);
            reads.add(COUNT_IN_WINDOW, 0, Double.doubleToLongBits(r), new long[] {Double.doubleToLongBits(perWeek)});
            return r;
        }

        /**
         * Computes the figure from this recorder, not the figure the wrapped context keeps: what
         * it reads is then recorded as the rule's own reads.
         */
        @Override
        public double shared(ToDoubleFunction<ScoringContext> figure) {
            return figure.applyAsDouble(this);
        }

        @Override
        public String toString() {
            return context.toString();
        }
    }

    /**
     * A {@link ScoringContext} that answers as the one it wraps and notes only what each answer
     * touches, as {@link Reads#footprint(long)} of the same reads would: for a what-if, which
     * needs to know what a rule's answer rests on but never asks another context the same reads.
     * It keeps no answers, so it costs a rule little more than the context it wraps.
     *
     * <p>A shared figure is computed from this wrapper, so that its reads count as the rule's;
     * within one context each figure is computed once, and a rule asking for it again takes its
     * value and what it touched (a figure is a pure function of what it reads). Not thread-safe:
     * one per what-if at a time.
     */
    static final class Touches implements ScoringContext {
        private ScoringContext context;
        private Footprint footprint;
        private long profileParts;
        // The rule asked for the profile: the parts are those of the rule (a figure's are too).
        private boolean readProfile;
        // The shared figures of this context so far, each with its value and what it touched.
        private Object[] figures = new Object[4];
        private double[] figureValues = new double[4];
        private Footprint[] figureTouches = new Footprint[4];
        private boolean[] figureProfile = new boolean[4];
        private int figureCount;

        /**
         * Starts noting a rule's reads of {@code context}; the shared figures kept are kept on as
         * long as it is the same context.
         *
         * @param context      the context to read
         * @param profileParts the parts of the profile the rule depends on ({@link Footprint#facts})
         * @return this wrapper
         */
        Touches start(ScoringContext context, long profileParts) {
            if (context != this.context) {
                Arrays.fill(figures, 0, figureCount, null);
                Arrays.fill(figureTouches, 0, figureCount, null);
                figureCount = 0;
                this.context = Objects.requireNonNull(context, "context");
            }
            this.profileParts = profileParts;
            footprint = new Footprint();
            readProfile = false;
            return this;
        }

        /** @return what the rule's reads touched since {@link #start} */
        Footprint touched() {
            if (readProfile) {
                footprint.profile(profileParts);
            }
            return footprint;
        }

        @Override
        public MemberProfile profile() {
            readProfile = true;
            return context.profile();
        }

        @Override
        public Instant asOf() {
            return context.asOf();
        }

        @Override
        public LocalDate asOfDate() {
            return context.asOfDate();
        }

        @Override
        public int windowDays() {
            return context.windowDays();
        }

        @Override
        public double halfLifeDays() {
            return context.halfLifeDays();
        }

        @Override
        public int dailyCap() {
            return context.dailyCap();
        }

        @Override
        public int taperDays() {
            return context.taperDays();
        }

        @Override
        public int count(ActivityType type) {
            footprint.slot(type.ordinal() * F);
            return context.count(type);
        }

        @Override
        public int count(ActivityType type, ContactFacet facet) {
            footprint.slot(type.ordinal() * F + facet.ordinal());
            return context.count(type, facet);
        }

        @Override
        public double weeklyRate(ActivityType type) {
            footprint.slot(type.ordinal() * F);
            return context.weeklyRate(type);
        }

        @Override
        public double weeklyRate(ActivityType type, ContactFacet facet) {
            footprint.slot(type.ordinal() * F + facet.ordinal());
            return context.weeklyRate(type, facet);
        }

        @Override
        public double weeklyEngagement(ActivityType contentType) {
            footprint.engagement(contentType.ordinal());
            return context.weeklyEngagement(contentType);
        }

        @Override
        public long engagement(ActivityType contentType) {
            footprint.engagement(contentType.ordinal());
            return context.engagement(contentType);
        }

        // Planned activity never has a custom kind (the planned window refuses one): no touch.
        @Override
        public int customCount(String kind) {
            return context.customCount(kind);
        }

        @Override
        public int customCount(String kind, ContactFacet facet) {
            return context.customCount(kind, facet);
        }

        @Override
        public double customWeeklyRate(String kind) {
            return context.customWeeklyRate(kind);
        }

        @Override
        public double customWeeklyRate(String kind, ContactFacet facet) {
            return context.customWeeklyRate(kind, facet);
        }

        @Override
        public int activeDays(Set<ActivityType> types) {
            int mask = WindowContext.mask(types);
            footprint.days(mask);
            return context instanceof WindowContext w ? w.activeDays(mask) : context.activeDays(types);
        }

        @Override
        public int activeDaysOf(ActivityType type) {
            footprint.days(1 << type.ordinal());
            return context.activeDaysOf(type);
        }

        @Override
        public double weeklyActiveDays(Set<ActivityType> types) {
            int mask = WindowContext.mask(types);
            footprint.days(mask);
            return context instanceof WindowContext w ? w.weeklyActiveDays(mask) : context.weeklyActiveDays(types);
        }

        @Override
        public int distinctContacts(ActivityType type) {
            footprint.distinct(type.ordinal());
            return context.distinctContacts(type);
        }

        @Override
        public int newConnections() {
            footprint.flag(Footprint.CONNECTIONS);
            return context.newConnections();
        }

        @Override
        public int welcomedNewConnections() {
            footprint.flag(Footprint.CONNECTIONS);
            return context.welcomedNewConnections();
        }

        @Override
        public int newConnectionsAt(String accountId) {
            footprint.flag(Footprint.CONNECTIONS);
            return context.newConnectionsAt(accountId);
        }

        @Override
        public int targetAccountsWithNewConnections(int atLeast) {
            // It depends on the profile's target accounts as well as on the window.
            readProfile = true;
            footprint.flag(Footprint.CONNECTIONS);
            footprint.profile(Footprint.TARGET_ACCOUNTS);
            return context.targetAccountsWithNewConnections(atLeast);
        }

        @Override
        public int accountsWithNewConnections(int atLeast) {
            footprint.flag(Footprint.CONNECTIONS);
            return context.accountsWithNewConnections(atLeast);
        }

        @Override
        public double countInWindow(double perWeek) {
            return context.countInWindow(perWeek);
        }

        @Override
        public double shared(ToDoubleFunction<ScoringContext> figure) {
            Objects.requireNonNull(figure, "figure");
            for (int i = 0; i < figureCount; i++) {
                if (figures[i] == figure) {
                    footprint.add(figureTouches[i]);
                    readProfile |= figureProfile[i];
                    return figureValues[i];
                }
            }
            // Computed on its own footprint, then added to the rule's.
            Footprint outer = footprint;
            boolean outerProfile = readProfile;
            footprint = new Footprint();
            readProfile = false;
            double v;
            try {
                v = figure.applyAsDouble(this);
            } catch (RuntimeException | Error e) {
                outer.add(footprint);
                footprint = outer;
                readProfile |= outerProfile;
                throw e;
            }
            Footprint own = footprint;
            boolean ownProfile = readProfile;
            if (figureCount == figures.length) {
                int n = figureCount * 2;
                figures = Arrays.copyOf(figures, n);
                figureValues = Arrays.copyOf(figureValues, n);
                figureTouches = Arrays.copyOf(figureTouches, n);
                figureProfile = Arrays.copyOf(figureProfile, n);
            }
            figures[figureCount] = figure;
            figureValues[figureCount] = v;
            figureTouches[figureCount] = own;
            figureProfile[figureCount] = ownProfile;
            figureCount++;
            outer.add(own);
            footprint = outer;
            readProfile = outerProfile | ownProfile;
            return v;
        }

        @Override
        public String toString() {
            return context.toString();
        }
    }
}
