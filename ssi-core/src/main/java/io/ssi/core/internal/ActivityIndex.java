package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ContactFacet;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The one pass over a member's activity log: de-duplication by id, placement of each activity
 * on its day (in the member's time zone) and integer counts per type, contact facet and day.
 *
 * <p>Everything it holds is an integer, so the result does not depend on the order of the log;
 * the floating-point weighting happens later, in {@link Window}, over days in a fixed order.
 * The index covers a range of days; a single score needs the window's days, a history the
 * window before its first day plus every day up to its last.
 *
 * <p>Not thread-safe while being built; read-only (and safe to share) once {@link #seal()}ed.
 */
public final class ActivityIndex {

    static final ActivityType[] TYPES = ActivityType.values();
    static final int T = TYPES.length;
    static final int F = ContactFacet.values().length;
    static final int ACCEPTED = ActivityType.CONNECTION_REQUEST_ACCEPTED.ordinal();
    static final int INVITE = ActivityType.CONNECTION_INVITE_ACCEPTED.ordinal();
    static final int WELCOME = ActivityType.WELCOME_MESSAGE_SENT.ordinal();

    private static final Comparator<Optional<String>> OPTIONAL_TEXT =
            Comparator.comparing(o -> o.orElse(""));
    private static final Comparator<Contact> CONTACT_ORDER = Comparator.comparing(Contact::id)
            .thenComparing(Contact::seniority)
            .thenComparing(Contact::accountId, OPTIONAL_TEXT)
            .thenComparingInt(Contact::degree)
            .thenComparing(Contact::colleague);
    /**
     * Which of two different rows with the same id is kept: the earliest, then by type,
     * engagement and contact. Any total order would do; it only has to ignore input order.
     */
    static final Comparator<Activity> CANONICAL = Comparator.comparing(Activity::at)
            .thenComparing(Activity::type)
            .thenComparingInt(Activity::engagement)
            .thenComparing(a -> a.contact().orElse(null), Comparator.nullsFirst(CONTACT_ORDER));

    final MemberProfile profile;
    final long firstDay;
    final int days;
    final Instant cutoff;
    // The zone's offsets over the range, so that placing an activity on its day costs a short
    // scan instead of a ZoneRules lookup (which, for years past the tz database's last explicit
    // transition, computes the year's transitions through a boxed-key cache).
    private final long rangeStartSecond;
    private final long rangeEndSecond;
    private final int firstOffset;
    private final long[] transitionSeconds;
    private final int[] offsetsAfter;

    final int[][] counts = new int[T * F][];
    final long[][] engagement = new long[T][];
    final int[] dayTotals;
    int beforeRange;
    int afterCutoff;
    int duplicates;

    int eventCount;
    int[] evDay;
    int[] evContact;
    int[] evType;
    int[] evPair;
    int[] evContactType;
    final StringIndex contacts;
    final StringIndex accounts;
    final PairIndex pairs;
    final PairIndex contactTypes;

    /** Null on a what-if copy, which takes only fresh activities. */
    private IdTable ids;
    private ToLongFunction<String> idHash;

    private final boolean whatIf;
    private boolean sealed;
    int[] dayMask;
    int[] usedSlots;
    int[] usedEngagement;
    int[] eventStart;
    int[] eventOrder;
    long[] prefixTotals;
    /** The most engagement one content item counts for. */
    int engagementCap = Integer.MAX_VALUE;

    private ActivityIndex(MemberProfile profile, long firstDay, int days, Instant cutoff, int expected) {
        this.profile = profile;
        this.firstDay = firstDay;
        this.days = days;
        this.cutoff = cutoff;
        ZoneRules rules = profile.timeZone().getRules();
        // Offsets never exceed 18 hours; a day of margin on each side keeps the table exact. The
        // end is exclusive, so it may lie one second past LATEST: the last second of year 9999 is
        // a valid time for an activity and must be inside.
        this.rangeStartSecond = Math.max(Checks.EARLIEST.getEpochSecond(), firstDay * 86_400L - 2 * 86_400L);
        this.rangeEndSecond = Math.min(Checks.LATEST.getEpochSecond() + 1, (firstDay + days) * 86_400L + 2 * 86_400L);
        this.firstOffset = rules.getOffset(Instant.ofEpochSecond(rangeStartSecond)).getTotalSeconds();
        long[] at = new long[4];
        int[] after = new int[4];
        int n = 0;
        ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(rangeStartSecond));
        while (t != null && t.toEpochSecond() < rangeEndSecond) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
                after = Arrays.copyOf(after, n * 2);
            }
            at[n] = t.toEpochSecond();
            after[n] = t.getOffsetAfter().getTotalSeconds();
            n++;
            t = rules.nextTransition(t.getInstant());
        }
        this.transitionSeconds = Arrays.copyOf(at, n);
        this.offsetsAfter = Arrays.copyOf(after, n);
        this.dayTotals = new int[days];
        // A collection's size() is only a claim: presizing from it is bounded, and arrays grow.
        int claimed = Math.min(Math.max(expected, 0), IdTable.MAX_PRESIZE);
        int cap = Math.max(16, claimed / 2);
        this.evDay = new int[cap];
        this.evContact = new int[cap];
        this.evType = new int[cap];
        this.evPair = new int[cap];
        this.evContactType = new int[cap];
        this.contacts = new StringIndex(Math.max(16, claimed / 3));
        this.accounts = new StringIndex(16);
        this.pairs = new PairIndex();
        this.contactTypes = new PairIndex(Math.max(16, claimed / 2));
        this.ids = IdTable.acquire(claimed);
        this.whatIf = false;
    }

    private ActivityIndex(ActivityIndex o, MemberProfile profile) {
        this.profile = profile;
        this.firstDay = o.firstDay;
        this.days = o.days;
        this.cutoff = o.cutoff;
        this.rangeStartSecond = o.rangeStartSecond;
        this.rangeEndSecond = o.rangeEndSecond;
        this.firstOffset = o.firstOffset;
        this.transitionSeconds = o.transitionSeconds;
        this.offsetsAfter = o.offsetsAfter;
        this.engagementCap = o.engagementCap;
        for (int s = 0; s < counts.length; s++) {
            counts[s] = o.counts[s] == null ? null : o.counts[s].clone();
        }
        for (int t = 0; t < T; t++) {
            engagement[t] = o.engagement[t] == null ? null : o.engagement[t].clone();
        }
        this.dayTotals = o.dayTotals.clone();
        this.beforeRange = o.beforeRange;
        this.afterCutoff = o.afterCutoff;
        this.duplicates = o.duplicates;
        this.eventCount = o.eventCount;
        this.evDay = o.evDay.clone();
        this.evContact = o.evContact.clone();
        this.evType = o.evType.clone();
        this.evPair = o.evPair.clone();
        this.evContactType = o.evContactType.clone();
        this.contacts = o.contacts.copy();
        this.accounts = o.accounts.copy();
        this.pairs = o.pairs.copy();
        this.contactTypes = o.contactTypes.copy();
        this.ids = null;
        this.whatIf = true;
    }

    /**
     * Indexes a log in one pass.
     *
     * @param profile    the member, whose time zone places activities on days
     * @param activities the log, in any order, possibly with duplicate rows
     * @param firstDay   the first epoch day of the range (in the member's time zone)
     * @param days       how many days the range holds
     * @param cutoff     activities after this instant are ignored as "after asOf"
     * @return the index, not yet sealed
     * @throws NullPointerException            if the log or one of its elements is null
     * @throws ConcurrentModificationException if a log with repeated ids yields other rows when
     *                                         it is read the second time
     */
    public static ActivityIndex build(MemberProfile profile, Collection<Activity> activities, long firstDay,
                                      int days, Instant cutoff) {
        return build(profile, activities, firstDay, days, cutoff, IdTable::hash, Integer.MAX_VALUE);
    }

    /**
     * As {@link #build(MemberProfile, Collection, long, int, Instant)}, counting at most
     * {@code engagementCap} engagement for each content item.
     *
     * @param profile       the member
     * @param activities    the log
     * @param firstDay      the first epoch day of the range
     * @param days          how many days the range holds
     * @param cutoff        activities after this instant are ignored
     * @param engagementCap the most engagement one item counts for
     * @return the index, not yet sealed
     */
    public static ActivityIndex build(MemberProfile profile, Collection<Activity> activities, long firstDay,
                                      int days, Instant cutoff, int engagementCap) {
        return build(profile, activities, firstDay, days, cutoff, IdTable::hash, engagementCap);
    }

    /** As {@link #build}, with the id hash given: tests make every id collide to prove that exact. */
    static ActivityIndex build(MemberProfile profile, Collection<Activity> activities, long firstDay, int days,
                               Instant cutoff, ToLongFunction<String> idHash) {
        return build(profile, activities, firstDay, days, cutoff, idHash, Integer.MAX_VALUE);
    }

    private static ActivityIndex build(MemberProfile profile, Collection<Activity> activities, long firstDay,
                                       int days, Instant cutoff, ToLongFunction<String> idHash, int engagementCap) {
        Objects.requireNonNull(activities, "activities");
        ActivityIndex index = new ActivityIndex(profile, firstDay, days, cutoff, activities.size());
        index.engagementCap = engagementCap;
        index.idHash = idHash;
        IdTable ids = index.ids;
        try {
            int rows = 0;
            for (Activity a : activities) {
                if (a == null) {
                    throw new NullPointerException("activities[" + rows + "] must not be null");
                }
                int slot = ids.insert(idHash.applyAsLong(a.id()));
                if (slot >= 0) {
                    ids.event(slot, index.add(a, 1));
                }
                rows++;
            }
            if (ids.contested() > 0) {
                index.settleContested(activities, rows);
            }
        } finally {
            // The table is only needed while indexing: what stays is integers per day.
            ids.release();
            index.ids = null;
            index.idHash = null;
        }
        return index;
    }

    /**
     * The second look, at the rows whose id hash was seen more than once: a duplicate row, or
     * (rarely) two ids that share a hash. Only these rows are held, and only until the look is
     * done. The first row of each such hash was added; it comes out, and each distinct id's
     * canonical row goes in. Linear in the rows, however many conflict.
     */
    private void settleContested(Collection<Activity> activities, int rows) {
        IdTable.Bits seen = new IdTable.Bits(ids.capacity());
        Map<String, Activity> canonical = new HashMap<>();
        int contestedRows = 0;
        int again = 0;
        for (Activity a : activities) {
            if (a == null || ++again > rows) {
                throw changed(rows);
            }
            int slot = ids.contestedSlot(idHash.applyAsLong(a.id()));
            if (slot < 0) {
                continue;
            }
            contestedRows++;
            if (seen.set(slot)) {
                add(a, -1, ids.eventOf(slot));
            }
            canonical.merge(a.id(), a, (kept, next) -> CANONICAL.compare(next, kept) < 0 ? next : kept);
        }
        if (again != rows) {
            throw changed(rows);
        }
        for (Activity a : canonical.values()) {
            add(a, 1);
        }
        duplicates = contestedRows - canonical.size();
    }

    private static ConcurrentModificationException changed(int rows) {
        return new ConcurrentModificationException("activities changed while being scored: a log with repeated ids"
                + " is read twice and must yield the same " + rows + " rows both times");
    }

    /**
     * A deep copy for "what if" questions: it takes further activities through
     * {@link #addFresh(Activity)} without de-duplication, and leaves this index untouched.
     *
     * @param changedProfile the profile of the what-if; its target accounts must be this
     *                       index's, since they decided the facets of the indexed activities
     * @return an unsealed copy
     */
    public ActivityIndex whatIfCopy(MemberProfile changedProfile) {
        if (!changedProfile.targetAccounts().equals(profile.targetAccounts())) {
            throw new IllegalArgumentException("a what-if must keep the member's target accounts");
        }
        return new ActivityIndex(this, changedProfile);
    }

    /**
     * Adds an activity whose id is known to be new (a synthetic one). Only on a
     * {@link #whatIfCopy(MemberProfile)}.
     *
     * @param a the activity
     */
    public void addFresh(Activity a) {
        if (!whatIf) {
            throw new IllegalStateException("addFresh is only for what-if copies");
        }
        sealed = false;
        add(a, 1);
    }

    /**
     * The epoch day of an instant in a member's time zone.
     *
     * @param profile the member
     * @param at      the instant
     * @return the epoch day
     */
    public static long localDay(MemberProfile profile, Instant at) {
        return Math.floorDiv(at.getEpochSecond()
                + profile.timeZone().getRules().getOffset(at).getTotalSeconds(), 86_400L);
    }

    /** The epoch day of an instant: exact inside the range, and on the correct side of it outside. */
    private long localDay(Instant at) {
        long second = at.getEpochSecond();
        if (second < rangeStartSecond) {
            return firstDay - 1;
        }
        if (second >= rangeEndSecond) {
            return firstDay + days;
        }
        int offset = firstOffset;
        for (int i = 0; i < transitionSeconds.length && second >= transitionSeconds[i]; i++) {
            offset = offsetsAfter[i];
        }
        return Math.floorDiv(second + offset, 86_400L);
    }

    /** Adds a row; returns the index of the contact event it appended, or -1. */
    private int add(Activity a, int sign) {
        return add(a, sign, -1);
    }

    /**
     * Adds ({@code sign} 1) or removes (-1) a row's counts. A removal names the event the row
     * appended when it was added, so that taking it out costs no search.
     */
    private int add(Activity a, int sign, int event) {
        if (a.at().isAfter(cutoff)) {
            afterCutoff += sign;
            return -1;
        }
        long day = localDay(a.at());
        if (day < firstDay) {
            beforeRange += sign;
            return -1;
        }
        if (day >= firstDay + days) {
            afterCutoff += sign;
            return -1;
        }
        int d = (int) (day - firstDay);
        dayTotals[d] += sign;
        int t = a.type().ordinal();
        bump(t * F, d, sign);
        if (a.type().isContent() && a.engagement() > 0) {
            long[] e = engagement[t];
            if (e == null) {
                e = engagement[t] = new long[days];
            }
            e[d] += (long) sign * Math.min(a.engagement(), engagementCap);
        }
        if (a.contact().isPresent()) {
            return addContact(a.contact().get(), t, d, sign, event);
        }
        return -1;
    }

    private int addContact(Contact c, int t, int d, int sign, int event) {
        if (c.isDecisionMaker()) {
            bump(t * F + ContactFacet.DECISION_MAKER.ordinal(), d, sign);
        }
        if (c.degree() == 3) {
            bump(t * F + ContactFacet.OUT_OF_NETWORK.ordinal(), d, sign);
        }
        if (c.accountId().isPresent() && profile.targetAccounts().contains(c.accountId().get())) {
            bump(t * F + ContactFacet.TARGET_ACCOUNT.ordinal(), d, sign);
        }
        if (c.colleague()) {
            bump(t * F + ContactFacet.COLLEAGUE.ordinal(), d, sign);
        }
        if (sign < 0) {
            // The row's contact, account and pair were interned when it was added.
            evType[event] = -1;
            return -1;
        }
        int contact = contacts.intern(c.id());
        int pair = -1;
        if ((t == ACCEPTED || t == INVITE) && c.accountId().isPresent()) {
            pair = pairs.intern(accounts.intern(c.accountId().get()), contact);
        }
        int contactType = contactTypes.intern(contact, t);
        return appendEvent(d, contact, t, pair, contactType);
    }

    private void bump(int slot, int d, int sign) {
        int[] c = counts[slot];
        if (c == null) {
            c = counts[slot] = new int[days];
        }
        c[d] += sign;
    }

    private int appendEvent(int d, int contact, int t, int pair, int contactType) {
        if (eventCount == evDay.length) {
            int n = eventCount * 2;
            evDay = Arrays.copyOf(evDay, n);
            evContact = Arrays.copyOf(evContact, n);
            evType = Arrays.copyOf(evType, n);
            evPair = Arrays.copyOf(evPair, n);
            evContactType = Arrays.copyOf(evContactType, n);
        }
        evDay[eventCount] = d;
        evContact[eventCount] = contact;
        evType[eventCount] = t;
        evPair[eventCount] = pair;
        evContactType[eventCount] = contactType;
        return eventCount++;
    }

    /** Derives the read-only views the window needs; idempotent. */
    public void seal() {
        if (sealed) {
            return;
        }
        dayMask = new int[days];
        int[] used = new int[counts.length];
        int n = 0;
        for (int s = 0; s < counts.length; s++) {
            int[] c = counts[s];
            if (c == null) {
                continue;
            }
            used[n++] = s;
            if (s % F == 0) {
                int bit = 1 << (s / F);
                for (int d = 0; d < days; d++) {
                    if (c[d] > 0) {
                        dayMask[d] |= bit;
                    }
                }
            }
        }
        usedSlots = Arrays.copyOf(used, n);
        int m = 0;
        int[] usedE = new int[T];
        for (int t = 0; t < T; t++) {
            if (engagement[t] != null) {
                usedE[m++] = t;
            }
        }
        usedEngagement = Arrays.copyOf(usedE, m);

        eventStart = new int[days + 1];
        for (int e = 0; e < eventCount; e++) {
            if (evType[e] >= 0) {
                eventStart[evDay[e] + 1]++;
            }
        }
        for (int d = 0; d < days; d++) {
            eventStart[d + 1] += eventStart[d];
        }
        eventOrder = new int[eventStart[days]];
        int[] next = Arrays.copyOf(eventStart, days);
        for (int e = 0; e < eventCount; e++) {
            if (evType[e] >= 0) {
                eventOrder[next[evDay[e]]++] = e;
            }
        }
        prefixTotals = new long[days + 1];
        for (int d = 0; d < days; d++) {
            prefixTotals[d + 1] = prefixTotals[d] + dayTotals[d];
        }
        sealed = true;
    }
}
