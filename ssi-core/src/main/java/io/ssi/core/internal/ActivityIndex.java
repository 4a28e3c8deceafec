package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;
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
import java.util.function.LongUnaryOperator;
import java.util.function.ToLongFunction;

/**
 * The one pass over a member's activity log: de-duplication by id and (optionally) of
 * near-duplicates, placement of each activity on its day (in the member's time zone) and
 * integer counts per type, contact facet and day.
 *
 * <p>A <em>near-duplicate</em> is a row with another id but the same type, the same instant
 * and the same contact (by contact id) as a row counted; of rows without a contact, only those
 * that also agree on engagement and whose instant has seconds or a fraction in the member's
 * zone are compared, since an instant on a whole minute may be a date that a mapping placed at
 * a time of day (noon, the one rule of {@link Activity#builder(ActivityType, java.time.LocalDate,
 * java.time.ZoneId)}), where distinct rows of one day meet. Of each group of near-duplicates
 * the first in a fixed order ({@link #CANONICAL}, then id) counts.
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
            .thenComparing(a -> a.contact().orElse(null), Comparator.nullsFirst(CONTACT_ORDER))
            .thenComparing(Activity::kind, OPTIONAL_TEXT);

    /** Which of a group of near-duplicates counts: the canonical row, then the smallest id. */
    static final Comparator<Activity> NEAR_ORDER = CANONICAL.thenComparing(Activity::id);
    /** The near-duplicate hash of a row that has no near-duplicate key. */
    private static final long NO_KEY = 0L;

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

    /**
     * Per slot, the count of each day: slot {@code type * F + facet}, then, for each custom
     * kind {@code k} (in {@link #kinds}), slot {@code (T + k) * F + facet}. It grows as kinds
     * appear; it is fixed once sealed.
     */
    int[][] counts = new int[T * F][];
    /** The custom kinds the log names, densely. */
    final StringIndex kinds;
    final long[][] engagement = new long[T][];
    final int[] dayTotals;
    /** Per day: rows naming a contact, and of those, contacts of unknown seniority and of unknown degree. */
    final int[] withContact;
    final int[] unknownSeniority;
    final int[] unknownDegree;
    int beforeRange;
    int afterCutoff;
    int duplicates;
    int nearDuplicates;

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
    /** Null unless near-duplicates count once, and on a what-if copy. */
    private IdTable near;
    private LongUnaryOperator nearMix;

    private final boolean whatIf;
    private boolean sealed;
    /** The thread's tables this index borrowed, until {@link #release()}; null if it has its own. */
    private IndexScratch scratch;
    int[] dayMask;
    int[] usedSlots;
    int[] usedEngagement;
    int[] eventStart;
    int[] eventOrder;
    long[] prefixTotals;
    /** The most engagement one content item counts for. */
    int engagementCap = Integer.MAX_VALUE;

    private ActivityIndex(MemberProfile profile, long firstDay, int days, Instant cutoff, int expected,
                          IndexScratch scratch) {
        this.profile = profile;
        this.scratch = scratch;
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
        this.withContact = new int[days];
        this.unknownSeniority = new int[days];
        this.unknownDegree = new int[days];
        // A collection's size() is only a claim: presizing from it is bounded, and arrays grow.
        int claimed = Math.min(Math.max(expected, 0), IdTable.MAX_PRESIZE);
        int cap = Math.max(16, claimed / 2);
        if (scratch != null) {
            this.evDay = scratch.events(0, cap);
            this.evContact = scratch.events(1, cap);
            this.evType = scratch.events(2, cap);
            this.evPair = scratch.events(3, cap);
            this.evContactType = scratch.events(4, cap);
            this.contacts = scratch.contacts(Math.max(16, claimed / 3));
            this.contactTypes = scratch.contactTypes(Math.max(16, claimed / 2));
        } else {
            this.evDay = new int[cap];
            this.evContact = new int[cap];
            this.evType = new int[cap];
            this.evPair = new int[cap];
            this.evContactType = new int[cap];
            this.contacts = new StringIndex(Math.max(16, claimed / 3));
            this.contactTypes = new PairIndex(Math.max(16, claimed / 2));
        }
        this.accounts = new StringIndex(16);
        this.kinds = new StringIndex(4);
        this.pairs = new PairIndex();
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
        this.counts = new int[o.counts.length][];
        for (int s = 0; s < counts.length; s++) {
            counts[s] = o.counts[s] == null ? null : o.counts[s].clone();
        }
        this.kinds = o.kinds.copy();
        for (int t = 0; t < T; t++) {
            engagement[t] = o.engagement[t] == null ? null : o.engagement[t].clone();
        }
        this.dayTotals = o.dayTotals.clone();
        this.withContact = o.withContact.clone();
        this.unknownSeniority = o.unknownSeniority.clone();
        this.unknownDegree = o.unknownDegree.clone();
        this.beforeRange = o.beforeRange;
        this.afterCutoff = o.afterCutoff;
        this.duplicates = o.duplicates;
        this.nearDuplicates = o.nearDuplicates;
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
     * @param profile        the member, whose time zone places activities on days
     * @param activities     the log, in any order, possibly with duplicate rows
     * @param firstDay       the first epoch day of the range (in the member's time zone)
     * @param days           how many days the range holds
     * @param cutoff         activities after this instant are ignored as "after asOf"
     * @param nearDuplicates whether near-duplicates (see the class description) count once
     * @return the index, not yet sealed
     * @throws NullPointerException            if the log or one of its elements is null
     * @throws ConcurrentModificationException if a log with repeated ids or keys yields other
     *                                         rows when it is read the second time
     */
    public static ActivityIndex build(MemberProfile profile, Collection<Activity> activities, long firstDay,
                                      int days, Instant cutoff, boolean nearDuplicates) {
        return build(profile, activities, firstDay, days, cutoff, nearDuplicates, Integer.MAX_VALUE);
    }

    /**
     * As {@link #build(MemberProfile, Collection, long, int, Instant, boolean)}, counting at most
     * {@code engagementCap} reactions and comments for each content item.
     *
     * @param profile        the member
     * @param activities     the log
     * @param firstDay       the first epoch day of the range
     * @param days           how many days the range holds
     * @param cutoff         activities after this instant are ignored as "after asOf"
     * @param nearDuplicates whether near-duplicates count once
     * @param engagementCap  the most engagement one item counts for
     * @return the index, not yet sealed
     */
    public static ActivityIndex build(MemberProfile profile, Collection<Activity> activities, long firstDay,
                                      int days, Instant cutoff, boolean nearDuplicates, int engagementCap) {
        return build(profile, activities, firstDay, days, cutoff, IdTable::hash,
                nearDuplicates ? LongUnaryOperator.identity() : null, null, engagementCap);
    }

    /**
     * As {@link #build}, with the id hash given and the near-duplicate hash passed through
     * {@code nearMix} (null: near-duplicates are not looked for): tests make every id and
     * every key collide to prove that exact.
     */
    static ActivityIndex build(MemberProfile profile, Collection<Activity> activities, long firstDay, int days,
                               Instant cutoff, ToLongFunction<String> idHash, LongUnaryOperator nearMix) {
        return build(profile, activities, firstDay, days, cutoff, idHash, nearMix, null, Integer.MAX_VALUE);
    }

    /**
     * As {@link #build(MemberProfile, Collection, long, int, Instant, boolean)}, for an index that
     * lives only while one score is computed: it borrows this thread's tables and arrays, and the
     * caller hands them back with {@link #release()} once the score is built, so that scoring
     * member after member on a thread does not allocate them again.
     *
     * @param profile        the member
     * @param activities     the log
     * @param firstDay       the first epoch day of the range
     * @param days           how many days the range holds
     * @param cutoff         activities after this instant are ignored as "after asOf"
     * @param nearDuplicates whether rows with the same type, instant and contact count once
     * @param engagementCap  the most engagement one content item counts for
     * @return the index, not yet sealed; call {@link #release()} when done with it
     */
    public static ActivityIndex buildForOneScore(MemberProfile profile, Collection<Activity> activities,
                                                 long firstDay, int days, Instant cutoff, boolean nearDuplicates,
                                                 int engagementCap) {
        IndexScratch scratch = IndexScratch.acquire();
        try {
            return build(profile, activities, firstDay, days, cutoff, IdTable::hash,
                    nearDuplicates ? LongUnaryOperator.identity() : null, scratch, engagementCap);
        } catch (RuntimeException | Error e) {
            if (scratch != null) {
                scratch.abandon();
            }
            throw e;
        }
    }

    /**
     * Hands the tables borrowed by {@link #buildForOneScore} back to this thread; a no-op for an
     * index with its own. Neither this index nor a context or window made from it may be used
     * after: the next score on this thread reuses the tables.
     */
    public void release() {
        if (scratch != null) {
            IndexScratch s = scratch;
            scratch = null;
            s.keep(this);
        }
    }

    private static ActivityIndex build(MemberProfile profile, Collection<Activity> activities, long firstDay,
                                       int days, Instant cutoff, ToLongFunction<String> idHash,
                                       LongUnaryOperator nearMix, IndexScratch scratch, int engagementCap) {
        Objects.requireNonNull(activities, "activities");
        ActivityIndex index = new ActivityIndex(profile, firstDay, days, cutoff, activities.size(), scratch);
        index.engagementCap = engagementCap;
        index.idHash = idHash;
        IdTable ids = index.ids;
        IdTable near = nearMix == null ? null : IdTable.acquire(Math.min(Math.max(activities.size(), 0),
                IdTable.MAX_PRESIZE));
        index.near = near;
        index.nearMix = nearMix;
        try {
            int rows = 0;
            for (Activity a : activities) {
                if (a == null) {
                    throw new NullPointerException("activities[" + rows + "] must not be null");
                }
                int slot = ids.insert(idHash.applyAsLong(a.id()));
                boolean fresh = slot >= 0;
                if (near != null) {
                    long key = index.nearHash(a);
                    // Every row's key goes in, a repeated id's too: its row may be the one its id keeps.
                    if (key != NO_KEY && near.insert(key) < 0) {
                        fresh = false;
                    }
                }
                if (fresh) {
                    ids.event(slot, index.add(a, 1));
                }
                rows++;
            }
            if (ids.contested() > 0 || near != null && near.contested() > 0) {
                index.settleContested(activities, rows);
            }
        } finally {
            // The tables are only needed while indexing: what stays is integers per day.
            ids.release();
            if (near != null) {
                near.release();
            }
            index.ids = null;
            index.idHash = null;
            index.near = null;
            index.nearMix = null;
        }
        return index;
    }

    /**
     * The second look, at the rows whose id hash or near-duplicate hash was seen more than once:
     * a duplicate row, a near-duplicate, or (rarely) two ids or keys that share a hash. Only
     * these rows are held, and only until the look is done. A row of them that the first pass
     * added (the first of its id and the first of its key) comes out; then each distinct id's
     * canonical row, and of those each distinct near-duplicate key's first, goes in. Linear in
     * the rows, however many conflict.
     */
    private void settleContested(Collection<Activity> activities, int rows) {
        IdTable.Bits seenIds = new IdTable.Bits(ids.capacity());
        IdTable.Bits seenKeys = near == null ? null : new IdTable.Bits(near.capacity());
        // Rows whose id is contested, by id; a row whose id is its own goes straight to its key.
        Map<String, Activity> canonical = new HashMap<>();
        Map<NearKey, Activity> firstOfKeys = new HashMap<>();
        int ownIds = 0;
        int contestedRows = 0;
        int again = 0;
        for (Activity a : activities) {
            if (a == null || ++again > rows) {
                throw changed(rows);
            }
            int idSlot = ids.slotOf(idHash.applyAsLong(a.id()));
            long key = near == null ? NO_KEY : nearHash(a);
            int keySlot = key == NO_KEY ? -1 : near.slotOf(key);
            if (idSlot < 0 || key != NO_KEY && keySlot < 0) {
                throw changed(rows);
            }
            boolean idContested = ids.isContested(idSlot);
            boolean keyContested = keySlot >= 0 && near.isContested(keySlot);
            if (!idContested && !keyContested) {
                continue;
            }
            contestedRows++;
            boolean firstOfId = !idContested || seenIds.set(idSlot);
            boolean firstOfKey = !keyContested || seenKeys.set(keySlot);
            if (firstOfId && firstOfKey) {
                add(a, -1, ids.eventOf(idSlot));
            }
            if (idContested) {
                canonical.merge(a.id(), a, (kept, next) -> CANONICAL.compare(next, kept) < 0 ? next : kept);
            } else {
                ownIds++;
                firstOfKeys.merge(nearKey(a), a, (kept, next) -> NEAR_ORDER.compare(next, kept) < 0 ? next : kept);
            }
        }
        if (again != rows) {
            throw changed(rows);
        }
        int counted = 0;
        for (Activity a : canonical.values()) {
            NearKey key = near == null ? null : nearKey(a);
            if (key == null) {
                add(a, 1);
                counted++;
            } else {
                firstOfKeys.merge(key, a, (kept, next) -> NEAR_ORDER.compare(next, kept) < 0 ? next : kept);
            }
        }
        for (Activity a : firstOfKeys.values()) {
            add(a, 1);
        }
        counted += firstOfKeys.size();
        int distinctIds = ownIds + canonical.size();
        duplicates = contestedRows - distinctIds;
        nearDuplicates = distinctIds - counted;
    }

    /**
     * What makes rows near-duplicates of each other, exactly: the type, the instant, and the
     * contact's id, or for a row without a contact its engagement.
     */
    private record NearKey(ActivityType type, String kind, Instant at, String contactId, int engagement) {
    }

    /** A row's near-duplicate key, or null if it has none (see the class description). */
    private NearKey nearKey(Activity a) {
        String kind = a.kind().orElse("");
        if (a.contact().isPresent()) {
            return new NearKey(a.type(), kind, a.at(), a.contact().get().id(), -1);
        }
        return onWholeMinute(a.at()) ? null : new NearKey(a.type(), kind, a.at(), "", a.engagement());
    }

    /** A 64-bit hash of a row's {@link #nearKey}, or {@link #NO_KEY} if it has none; never NO_KEY otherwise. */
    private long nearHash(Activity a) {
        Instant at = a.at();
        long h;
        if (a.contact().isPresent()) {
            // A String caches its hash code, and one contact's id is shared by many rows: cheaper
            // than hashing its chars, and a rare clash is only a row for the second look.
            h = a.contact().get().id().hashCode();
        } else if (onWholeMinute(at)) {
            return NO_KEY;
        } else {
            h = 0x632B_E59B_D9B4_E019L ^ a.engagement();
        }
        Optional<String> kind = a.kind();
        // Not kind.map(String::hashCode).orElse(0): a lambda and a boxed Integer on every row.
        h = mix(h ^ a.type().ordinal() ^ ((long) (kind.isPresent() ? kind.get().hashCode() : 0) << 8));
        h = mix(h ^ at.getEpochSecond());
        h = nearMix.applyAsLong(mix(h ^ at.getNano()));
        return h == NO_KEY ? 1L : h;
    }

    private static long mix(long h) {
        h *= 0x9E37_79B9_7F4A_7C15L;
        return h ^ (h >>> 29);
    }

    /** Whether an instant has no seconds and no fraction in the member's zone, like a date placed at a time of day. */
    private boolean onWholeMinute(Instant at) {
        return at.getNano() == 0 && Math.floorMod(at.getEpochSecond() + offsetAt(at.getEpochSecond()), 60) == 0;
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
    long localDay(Instant at) {
        long second = at.getEpochSecond();
        if (second < rangeStartSecond) {
            return firstDay - 1;
        }
        if (second >= rangeEndSecond) {
            return firstDay + days;
        }
        return Math.floorDiv(second + offsetAt(second), 86_400L);
    }

    /** The zone's offset at an epoch second, in seconds: from the table inside the range. */
    private int offsetAt(long second) {
        if (second < rangeStartSecond || second >= rangeEndSecond) {
            return profile.timeZone().getRules().getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
        }
        int offset = firstOffset;
        for (int i = 0; i < transitionSeconds.length && second >= transitionSeconds[i]; i++) {
            offset = offsetsAfter[i];
        }
        return offset;
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
        if (a.kind().isPresent()) {
            // A custom kind is counted as CUSTOM and under its own slots, the facets too.
            int base = kindBase(a.kind().get());
            bump(base, d, sign);
            a.contact().ifPresent(c -> bumpFacets(base, c, d, sign));
        }
        if (a.contact().isPresent()) {
            return addContact(a.contact().get(), t, d, sign, event);
        }
        return -1;
    }

    /** The first slot of a custom kind, growing the slots for a kind not seen before. */
    private int kindBase(String kind) {
        int k = kinds.intern(kind);
        int base = (T + k) * F;
        if (base + F > counts.length) {
            counts = Arrays.copyOf(counts, Math.max(base + F, counts.length + 4 * F));
        }
        return base;
    }

    private void bumpFacets(int base, Contact c, int d, int sign) {
        if (c.isDecisionMaker()) {
            bump(base + ContactFacet.DECISION_MAKER.ordinal(), d, sign);
        }
        if (c.degree() == 3) {
            bump(base + ContactFacet.OUT_OF_NETWORK.ordinal(), d, sign);
        }
        if (c.accountId().isPresent() && profile.targetAccounts().contains(c.accountId().get())) {
            bump(base + ContactFacet.TARGET_ACCOUNT.ordinal(), d, sign);
        }
        if (c.colleague()) {
            bump(base + ContactFacet.COLLEAGUE.ordinal(), d, sign);
        }
    }

    private int addContact(Contact c, int t, int d, int sign, int event) {
        withContact[d] += sign;
        if (c.seniority() == Seniority.UNKNOWN) {
            unknownSeniority[d] += sign;
        }
        if (c.degree() == 0) {
            unknownDegree[d] += sign;
        }
        bumpFacets(t * F, c, d, sign);
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
        dayMask = scratch != null ? scratch.dayMask(days) : new int[days];
        int[] used = new int[counts.length];
        int n = 0;
        for (int s = 0; s < counts.length; s++) {
            int[] c = counts[s];
            if (c == null) {
                continue;
            }
            used[n++] = s;
            if (s % F == 0 && s < T * F) {
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

        eventStart = scratch != null ? scratch.eventStart(days + 1) : new int[days + 1];
        for (int e = 0; e < eventCount; e++) {
            if (evType[e] >= 0) {
                eventStart[evDay[e] + 1]++;
            }
        }
        for (int d = 0; d < days; d++) {
            eventStart[d + 1] += eventStart[d];
        }
        eventOrder = scratch != null ? scratch.eventOrder(eventStart[days]) : new int[eventStart[days]];
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
