package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ContactFacet;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A score's window with planned activity added to its sums directly: what the advisor's
 * what-ifs are measured on, without copying the index or sliding the window again.
 *
 * <p>Each suggestion's planned activities are indexed once, on their own, over the score's
 * range ({@link #plan(List)}: the same placement on days, facets and contacts as any log). A
 * {@link State} adds plans to the window and takes them out again; its
 * {@linkplain State#snapshot(MemberProfile) snapshot} is the context the window would give if
 * the plans were in the log: counts add up, a day's weighted count is capped after adding, a
 * planned contact is new unless the log names it, and a planned welcome to a connection of the
 * log matches it. The recency weights are the window's own, per day of age, so the sums agree
 * with sliding the window over the longer log to rounding.
 *
 * <p>Only for a window over exactly the range of a single score, full, as the advisor has.
 * Not thread-safe: one per advice.
 */
final class PlannedWindow {

    private final Window window;
    private final ActivityIndex index;
    private final WindowContext base;
    private final int days;
    private final int dailyCap;
    private final double[] weights;

    // The base window's contacts, accounts and connected pairs, by the index's ids.
    private final int[] baseTypes;
    private final boolean[] baseConnected;
    private final boolean[] baseWelcomed;
    private final long[] basePairs;
    private final int distinctConnected;
    private final int matchedWelcomed;
    private final int connectionEvents;
    private final int welcomeEvents;

    // The contacts the plans name, densely, with the index's id of each (-1 for one it lacks);
    // accounts that only plans name get ids after the index's.
    private final StringIndex plannedContacts = new StringIndex(16);
    private int[] logId = new int[16];
    private final StringIndex newAccounts = new StringIndex(8);
    private final PairIndex pairs = new PairIndex();
    private boolean[] pairInBase = new boolean[16];

    // Counting plans instead of indexing them: whether it is allowed, whether the zone allows it,
    // the new contacts of described parts, and the planned-contact numbers that contacts name.
    private boolean fast = true;
    private Boolean noonStaysOnItsDay;
    private final List<int[]> newContactIds = new ArrayList<>();
    private Plan emptyPlan;
    // The accounts of the what-ifs: the log's, then those only plans name, as the plans made so far name them.
    private StringIndex whatIfAccounts;

    /**
     * @param window the full window of a single score
     * @param base   its snapshot
     */
    PlannedWindow(Window window, WindowContext base) {
        this.window = window;
        this.index = window.index();
        this.base = base;
        this.days = index.days;
        if (window.end() != days - 1 || base.windowDays() != days || base.firstDayIndex() != 0) {
            throw new IllegalArgumentException("a planned window needs the full window of one score, but the index"
                    + " has " + days + " days and the window ends on day " + window.end());
        }
        this.dailyCap = base.dailyCap();
        this.weights = base.weights();
        int contacts = index.contacts.size();
        baseTypes = new int[contacts];
        baseConnected = new boolean[contacts];
        baseWelcomed = new boolean[contacts];
        long[] connectedPairs = new long[8];
        int pairCount = 0;
        int connections = 0;
        int welcomes = 0;
        for (int i = 0; i < index.eventStart[days]; i++) {
            int e = index.eventOrder[i];
            int t = index.evType[e];
            int c = index.evContact[e];
            baseTypes[c] |= 1 << t;
            if (t == ActivityIndex.ACCEPTED || t == ActivityIndex.INVITE) {
                connections++;
                baseConnected[c] = true;
                int p = index.evPair[e];
                if (p >= 0) {
                    if (pairCount == connectedPairs.length) {
                        connectedPairs = Arrays.copyOf(connectedPairs, pairCount * 2);
                    }
                    connectedPairs[pairCount++] = pairKey(index.pairs.first(p), c);
                }
            } else if (t == ActivityIndex.WELCOME) {
                welcomes++;
                baseWelcomed[c] = true;
            }
        }
        basePairs = Arrays.copyOf(connectedPairs, pairCount);
        Arrays.sort(basePairs);
        int distinct = 0;
        int matched = 0;
        for (int c = 0; c < contacts; c++) {
            if (baseConnected[c]) {
                distinct++;
                if (baseWelcomed[c]) {
                    matched++;
                }
            }
        }
        this.distinctConnected = distinct;
        this.matchedWelcomed = matched;
        this.connectionEvents = connections;
        this.welcomeEvents = welcomes;
    }

    private static long pairKey(int account, int contact) {
        return ((long) account << 32) | (contact & 0xFFFFFFFFL);
    }

    /**
     * Indexes planned activities once, for any number of states to add. A suggestion's
     * {@link PlanList} is read by its parts: a {@link PlannedActivities} part by its counts per
     * day, without making its activities; other activities one by one, placed as the index
     * places them. Only what needs the index's own judgement (two rows with one id) is indexed.
     *
     * @param activities the planned activities, with ids of their own
     * @return the plan
     */
    Plan plan(List<Activity> activities) {
        if (activities.isEmpty()) {
            // As many suggestions as only change the profile: they all share one plan that adds nothing.
            if (emptyPlan == null) {
                emptyPlan = new Plan(new int[0][], new long[0], new long[0][], 0, new int[0], new int[0], new int[0],
                        new int[ActivityIndex.T], 0, 0, new int[0]);
            }
            return emptyPlan;
        }
        for (Activity a : activities instanceof PlanList list ? plain(list) : activities) {
            if (a.kind().isPresent()) {
                // A kind's slots are numbered by the index that names it: a plan's would not be the log's.
                throw new IllegalArgumentException("planned activities must not have a custom kind, but one had "
                        + a.kind().get().length() + " characters of kind");
            }
        }
        if (fast && activities instanceof PlanList list && countable(list)) {
            return counted(list);
        }
        return indexed(activities);
    }

    /** The activities of a plan's plain parts. */
    private static List<Activity> plain(PlanList list) {
        List<List<Activity>> parts = list.parts();
        if (parts.size() == 1) {
            return parts.get(0) instanceof PlannedActivities ? List.of() : parts.get(0);
        }
        List<Activity> out = new ArrayList<>();
        for (List<Activity> p : parts) {
            if (!(p instanceof PlannedActivities)) {
                out.addAll(p);
            }
        }
        return out;
    }

    /**
     * Whether adding a plan's parts up gives what indexing its activities gives: no id twice
     * (which the index would count once), and described activities on the days they are
     * planned for (a zone that skips 12 hours or more could move noon to the next day).
     */
    private boolean countable(PlanList list) {
        List<List<Activity>> parts = list.parts();
        Set<String> ids = null;
        List<PlannedActivities> described = null;
        for (List<Activity> p : parts) {
            if (p instanceof PlannedActivities planned) {
                if (!noonStaysOnItsDay()) {
                    return false;
                }
                if (described == null) {
                    described = new ArrayList<>(parts.size());
                }
                for (PlannedActivities other : described) {
                    if (other == planned) {
                        return false;
                    }
                }
                described.add(planned);
            } else {
                if (ids == null) {
                    ids = new HashSet<>();
                }
                for (Activity a : p) {
                    if (!ids.add(a.id())) {
                        return false;
                    }
                }
            }
        }
        if (ids != null && described != null) {
            for (String id : ids) {
                int number = plannedNumber(id, ACTIVITY_PREFIX);
                for (PlannedActivities planned : described) {
                    if (number >= 0 && Arrays.binarySearch(planned.activityIds(), number) >= 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    // Words of 64 bits that hold a bit for each slot.
    private static final int SLOT_WORDS = (ActivityIndex.T * ActivityIndex.F + 63) / 64;

    private static final String ACTIVITY_PREFIX = "ssi-planned-";
    private static final String CONTACT_PREFIX = "ssi-planned-contact-";

    /** The number N of an id written {@code prefix + N} (N without leading zeros), or -1. */
    static int plannedNumber(String id, String prefix) {
        int from = prefix.length();
        if (!id.startsWith(prefix) || id.length() == from || id.length() > from + 9
                || id.charAt(from) == '0' && id.length() > from + 1) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < id.length(); i++) {
            char ch = id.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    /** Whether no transition of the member's zone over the window skips 12 hours or more. */
    private boolean noonStaysOnItsDay() {
        if (noonStaysOnItsDay == null) {
            ZoneRules rules = index.profile.timeZone().getRules();
            Instant from = Instant.ofEpochSecond(Math.max(Checks.EARLIEST.getEpochSecond(),
                    (index.firstDay - 2) * 86_400L));
            long until = (index.firstDay + days + 2) * 86_400L;
            boolean ok = true;
            for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.toEpochSecond() < until;
                 t = rules.nextTransition(t.getInstant())) {
                ok &= t.getDuration().getSeconds() < 12 * 3_600L;
            }
            noonStaysOnItsDay = ok;
        }
        return noonStaysOnItsDay;
    }

    /** A plan from its parts' counts. */
    private Plan counted(PlanList list) {
        if (counts == null) {
            counts = new Counts();
        } else {
            counts.clear();
        }
        for (List<Activity> p : list.parts()) {
            if (p instanceof PlannedActivities planned) {
                counts.add(planned);
            } else {
                for (Activity a : p) {
                    counts.add(a);
                }
            }
        }
        return counts.plan();
    }

    /**
     * Whether every plan made so far gives what the index gives: no new contact of a described
     * part is also named by the log or by a plain activity of any plan (only a contact taken out
     * of a described part's activities could be). Ask once every plan is made; if not, make the
     * plans again on {@link #indexedOnly()}.
     *
     * @return whether the plans made are exact
     */
    boolean consistent() {
        if (newContactIds.isEmpty()) {
            return true;
        }
        // The planned-contact numbers that the log's contacts and the plans' name. Every contact a
        // plan names is in plannedContacts: asked here once, not at each activity.
        int[] named = new int[index.contacts.size() + plannedContacts.size()];
        int n = 0;
        for (int i = 0; i < named.length; i++) {
            String id = i < index.contacts.size() ? index.contacts.key(i)
                    : plannedContacts.key(i - index.contacts.size());
            int number = plannedNumber(id, CONTACT_PREFIX);
            if (number >= 0) {
                named[n++] = number;
            }
        }
        if (n == 0) {
            return true;
        }
        int size = 0;
        for (int[] ids : newContactIds) {
            size += ids.length;
        }
        int[] fresh = new int[size];
        int at = 0;
        for (int[] ids : newContactIds) {
            System.arraycopy(ids, 0, fresh, at, ids.length);
            at += ids.length;
        }
        Arrays.sort(fresh);
        for (int i = 0; i < n; i++) {
            if (Arrays.binarySearch(fresh, named[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A planned window over the same score that indexes every plan as a log, for plans that
     * {@link #consistent()} found could not be counted.
     *
     * @return the window, with no plan made
     */
    PlannedWindow indexedOnly() {
        PlannedWindow w = new PlannedWindow(window, base);
        w.fast = false;
        return w;
    }

    // What a plan whose parts have no new contacts shares: read, never written.
    private static final int[] NO_FRESH = new int[ActivityIndex.T];
    private static final int[] NO_ACCOUNTS = new int[0];

    // The counts of the plan being made: one for every plan, cleared before each.
    private Counts counts;

    /** A plan's counts per slot and day, engagement per type and day, and contact events, as they are added. */
    private final class Counts {
        private final int[][] slots = new int[ActivityIndex.T * ActivityIndex.F][];
        // The slots given counts, a bit each, so that the plan reads them without a scan.
        private final long[] usedSlots = new long[SLOT_WORDS];
        private final long[][] content = new long[ActivityIndex.T][];
        private long usedTypes;
        private int[] events = new int[24];
        private int eventCount;
        // NO_FRESH and NO_ACCOUNTS until a part with new contacts adds to them: most plans have
        // none, and the arrays are the plan's, never written once it is made.
        private int[] freshDistinct = NO_FRESH;
        private int freshConnections;
        private int freshWelcomes;
        private int[] freshAccounts = NO_ACCOUNTS;

        /**
         * Forgets the last plan's counts; the arrays that plan keeps are let go, not cleared.
         */
        private void clear() {
            for (int w = 0; w < SLOT_WORDS; w++) {
                for (long bits = usedSlots[w]; bits != 0; bits &= bits - 1) {
                    slots[w * 64 + Long.numberOfTrailingZeros(bits)] = null;
                }
                usedSlots[w] = 0;
            }
            for (long bits = usedTypes; bits != 0; bits &= bits - 1) {
                content[Long.numberOfTrailingZeros(bits)] = null;
            }
            usedTypes = 0;
            eventCount = 0;
            freshDistinct = NO_FRESH;
            freshConnections = 0;
            freshWelcomes = 0;
            freshAccounts = NO_ACCOUNTS;
        }

        private void bump(int slot, int d) {
            slot(slot)[d]++;
        }

        private int[] slot(int slot) {
            int[] c = slots[slot];
            if (c == null) {
                c = slots[slot] = new int[days];
                usedSlots[slot >>> 6] |= 1L << slot;
            }
            return c;
        }

        private long[] content(int t) {
            long[] e = content[t];
            if (e == null) {
                e = content[t] = new long[days];
                usedTypes |= 1L << t;
            }
            return e;
        }

        private void add(int slot, int[] perDay) {
            int[] c = slot(slot);
            for (int d = 0; d < days; d++) {
                c[d] += perDay[d];
            }
        }

        private void engagement(int t, int d, int engagement) {
            if (ActivityIndex.TYPES[t].isContent() && engagement > 0) {
                content(t)[d] += Math.min(engagement, index.engagementCap);
            }
        }

        /** As the index bumps a contact's facets. */
        private void facets(int base, int d, boolean decisionMaker, int degree, Optional<String> account,
                            boolean colleague) {
            if (decisionMaker) {
                bump(base + ContactFacet.DECISION_MAKER.ordinal(), d);
            }
            if (degree == 3) {
                bump(base + ContactFacet.OUT_OF_NETWORK.ordinal(), d);
            }
            if (account.isPresent() && index.profile.targetAccounts().contains(account.get())) {
                bump(base + ContactFacet.TARGET_ACCOUNT.ordinal(), d);
            }
            if (colleague) {
                bump(base + ContactFacet.COLLEAGUE.ordinal(), d);
            }
        }

        /** As the index adds a row. */
        private void add(int t, int d, int engagement, Contact c) {
            int base = t * ActivityIndex.F;
            bump(base, d);
            engagement(t, d, engagement);
            if (c != null) {
                facets(base, d, c.isDecisionMaker(), c.degree(), c.accountId(), c.colleague());
                int contact = contactId(c.id());
                int pair = (t == ActivityIndex.ACCEPTED || t == ActivityIndex.INVITE) && c.accountId().isPresent()
                        ? pairId(accountId(c.accountId().get()), contact) : -1;
                if (eventCount + 3 > events.length) {
                    events = Arrays.copyOf(events, events.length * 2);
                }
                events[eventCount++] = t;
                events[eventCount++] = contact;
                events[eventCount++] = pair;
            }
        }

        void add(Activity a) {
            if (a.at().isAfter(index.cutoff)) {
                return;
            }
            long day = index.localDay(a.at());
            if (day < index.firstDay || day >= index.firstDay + days) {
                return;
            }
            add(a.type().ordinal(), (int) (day - index.firstDay), a.engagement(), a.contact().orElse(null));
        }

        void add(PlannedActivities p) {
            int t = p.type().ordinal();
            int n = p.size();
            if (!p.newContacts() && p.anyContact()) {
                for (int k = 0; k < n; k++) {
                    add(t, p.day(k), p.engagement(), p.contact(k));
                }
                return;
            }
            // No contact, or a new one each: every activity of the plan lands in the same slots,
            // so its counts per day are added to each slot at once.
            int[] perDay = new int[days];
            p.countByDay(perDay);
            int base = t * ActivityIndex.F;
            if (slots[base] == null) {
                // Kept as the type's counts, not copied: the facets below copy them, and nothing else keeps them.
                slots[base] = perDay;
                usedSlots[base >>> 6] |= 1L << base;
            } else {
                add(base, perDay);
            }
            if (ActivityIndex.TYPES[t].isContent() && p.engagement() > 0 && n > 0) {
                long each = Math.min(p.engagement(), index.engagementCap);
                long[] e = content(t);
                for (int d = 0; d < days; d++) {
                    e[d] += perDay[d] * each;
                }
            }
            if (!p.newContacts()) {
                return;
            }
            newContactIds.add(p.contactIds());
            if (p.seniority().isDecisionMaker()) {
                add(base + ContactFacet.DECISION_MAKER.ordinal(), perDay);
            }
            if (p.degree() == 3) {
                add(base + ContactFacet.OUT_OF_NETWORK.ordinal(), perDay);
            }
            if (p.accountId().isPresent() && index.profile.targetAccounts().contains(p.accountId().get())) {
                add(base + ContactFacet.TARGET_ACCOUNT.ordinal(), perDay);
            }
            // Each new contact is in one activity only and named by nothing else: it adds one to
            // the distinct contacts of its type, and to the connections and its account's.
            if (freshDistinct == NO_FRESH) {
                freshDistinct = new int[ActivityIndex.T];
            }
            freshDistinct[t] += n;
            if (t == ActivityIndex.ACCEPTED || t == ActivityIndex.INVITE) {
                freshConnections += n;
                if (p.accountId().isPresent() && n > 0) {
                    int a = accountId(p.accountId().get());
                    if (a >= freshAccounts.length) {
                        freshAccounts = Arrays.copyOf(freshAccounts, a + 1);
                    }
                    freshAccounts[a] += n;
                }
            } else if (t == ActivityIndex.WELCOME) {
                freshWelcomes += n;
            }
        }

        Plan plan() {
            int m = eventCount / 3;
            int[] type = new int[m];
            int[] contact = new int[m];
            int[] pair = new int[m];
            for (int i = 0; i < m; i++) {
                type[i] = events[3 * i];
                contact[i] = events[3 * i + 1];
                pair[i] = events[3 * i + 2];
            }
            return new Plan(slots, usedSlots, content, usedTypes, type, contact, pair, freshDistinct,
                    freshConnections, freshWelcomes, freshAccounts);
        }
    }

    /** A plan made by indexing its activities as a log. */
    private Plan indexed(List<Activity> activities) {
        // Planned activities are synthetic and all meant to count: no near-duplicates among them.
        ActivityIndex planned = ActivityIndex.build(index.profile, activities, index.firstDay, days, index.cutoff,
                false, index.engagementCap);
        planned.seal();
        int[][] slots = new int[ActivityIndex.T * ActivityIndex.F][];
        long[] usedSlots = new long[SLOT_WORDS];
        for (int u : planned.usedSlots) {
            slots[u] = planned.counts[u];
            usedSlots[u >>> 6] |= 1L << u;
        }
        long[][] content = new long[ActivityIndex.T][];
        long usedTypes = 0;
        for (int t : planned.usedEngagement) {
            content[t] = planned.engagement[t];
            usedTypes |= 1L << t;
        }
        int events = planned.eventStart[days];
        int[] type = new int[events];
        int[] contact = new int[events];
        int[] pair = new int[events];
        for (int i = 0; i < events; i++) {
            int e = planned.eventOrder[i];
            type[i] = planned.evType[e];
            contact[i] = contactId(planned.contacts.key(planned.evContact[e]));
            int p = planned.evPair[e];
            pair[i] = p < 0 ? -1 : pairId(accountId(planned.accounts.key(planned.pairs.first(p))), contact[i]);
        }
        return new Plan(slots, usedSlots, content, usedTypes, type, contact, pair, new int[ActivityIndex.T], 0, 0,
                new int[0]);
    }


    private int contactId(String key) {
        int n = plannedContacts.size();
        int c = plannedContacts.intern(key);
        if (c == n) {
            if (c == logId.length) {
                logId = Arrays.copyOf(logId, c * 2);
            }
            logId[c] = index.contacts.find(key);
        }
        return c;
    }

    private int accountId(String key) {
        int a = index.accounts.find(key);
        return a >= 0 ? a : index.accounts.size() + newAccounts.intern(key);
    }

    private int pairId(int account, int contact) {
        int p = pairs.intern(account, contact);
        if (p == pairInBase.length) {
            pairInBase = Arrays.copyOf(pairInBase, p * 2);
        }
        int logged = logId[contact];
        pairInBase[p] = account < index.accounts.size() && logged >= 0
                && Arrays.binarySearch(basePairs, pairKey(account, logged)) >= 0;
        return p;
    }

    /**
     * A plan's {@code i}-th slot added to the log's on its own: the count and weighted count it
     * adds, as {@link State#sumSlot} adds them up.
     */
    private void alone(Plan plan, int i) {
        int[] k = plan.slotCounts[i];
        int s = plan.slots[i];
        int[] logged = index.counts[s];
        // For a type's own slot, the days on which the type gets its first activity (only those
        // change a day mask), gathered in the same pass.
        int bit = s % ActivityIndex.F == 0 ? 1 << (s / ActivityIndex.F) : 0;
        int[] dayMask = base.dayMask();
        if (freshDays == null) {
            freshDays = new int[days];
        }
        int fresh = 0;
        int count = 0;
        double added = 0;
        for (int d = 0; d < days; d++) {
            int n = k[d];
            if (n != 0) {
                count += n;
                added += weightedAdded(logged, d, n);
                if ((dayMask[d] & bit) != bit) {
                    freshDays[fresh++] = d;
                }
            }
        }
        plan.aloneCount[i] = count;
        plan.aloneAdded[i] = added;
        if (bit != 0) {
            plan.aloneDays[i] = Arrays.copyOf(freshDays, fresh);
        }
    }

    // The fresh days of the slot alone() works on, before they are copied to the plan's own array.
    private int[] freshDays;

    /** What {@code k} more on day {@code d} of a slot with the log's counts add to its weighted count, capped. */
    private double weightedAdded(int[] logged, int d, int k) {
        int c = logged == null ? 0 : logged[d];
        return (Math.min(c + k, dailyCap) - Math.min(c, dailyCap)) * weights[days - 1 - d];
    }

    /**
     * The accounts of a what-if: the log's, then those only plans name. The same for every
     * what-if and state once the plans are made, so made again only after a plan named more.
     */
    StringIndex whatIfAccounts() {
        if (whatIfAccounts == null || whatIfAccounts.size() != index.accounts.size() + newAccounts.size()) {
            StringIndex accounts = index.accounts;
            if (newAccounts.size() > 0) {
                accounts = index.accounts.copy();
                for (int a = 0; a < newAccounts.size(); a++) {
                    accounts.intern(newAccounts.key(a));
                }
            }
            whatIfAccounts = accounts;
        }
        return whatIfAccounts;
    }

    /**
     * A fresh state, with no plan added. Make states after every plan they will take.
     *
     * @return the state
     */
    State state() {
        return new State(null);
    }

    /**
     * A fresh state, with no plan added, in the arrays of one that is done with: the planner
     * makes one for each pillar, and every one needs the same sums. {@code done} must not be
     * used again.
     *
     * @param done a state of this window no longer used
     * @return the state
     */
    State state(State done) {
        return new State(Objects.requireNonNull(done, "done"));
    }

    /**
     * Planned activities, indexed: counts per day of each slot they add to, engagement per day of
     * each content type, contact events, and what their new contacts add.
     */
    static final class Plan {
        // The slots and content types it adds to, ascending, with their counts per day.
        private final int[] slots;
        private final int[][] slotCounts;
        private final int[] contentTypes;
        private final long[][] contentCounts;
        private final int[] type;
        private final int[] contact;
        private final int[] pair;
        // What the plan's new contacts add, each named by one activity and nothing else.
        private final int[] freshDistinct;
        private final int freshConnections;
        private final int freshWelcomes;
        private final int[] freshAccounts;
        // Whether its new contacts add anything at all (most plans have none).
        private final boolean fresh;
        private final Footprint footprint;
        // What its contact events add to a what-if's sums (by type, then connected, matched,
        // connection and welcome events; and account, amount pairs), in the state that found it
        // when that state had added plans with contact events that many times; and whether the
        // state now holds its events (added by them, not by these sums).
        private int[] eventsDelta;
        private int[] eventsAccounts;
        private State eventsOf;
        private int eventsAt;
        private boolean eventsIn;
        // Made when first asked for (State.sumAlone): per slot, the count and weighted count it
        // adds to the log's on its own.
        private int[] aloneCount;
        private double[] aloneAdded;
        // Per slot of a type's own (every contact), the days on which the plan alone gives the
        // type its first activity of the day; null for a facet's slot.
        private int[][] aloneDays;

        /**
         * From counts by slot and engagement by type (null where none), kept, not copied, with
         * the slots and types that have them as bits ({@code usedSlots}: 64 slots a word).
         */
        private Plan(int[][] bySlot, long[] usedSlots, long[][] byType, long usedTypes, int[] type, int[] contact,
                     int[] pair, int[] freshDistinct, int freshConnections, int freshWelcomes, int[] freshAccounts) {
            int n = 0;
            for (long word : usedSlots) {
                n += Long.bitCount(word);
            }
            int[] used = new int[n];
            n = 0;
            for (int w = 0; w < usedSlots.length; w++) {
                for (long bits = usedSlots[w]; bits != 0; bits &= bits - 1) {
                    int s = w * 64 + Long.numberOfTrailingZeros(bits);
                    if (any(bySlot[s])) {
                        used[n++] = s;
                    }
                }
            }
            this.slots = n == used.length ? used : Arrays.copyOf(used, n);
            this.slotCounts = new int[n][];
            for (int i = 0; i < n; i++) {
                slotCounts[i] = bySlot[slots[i]];
            }
            used = new int[Long.bitCount(usedTypes)];
            n = 0;
            for (long bits = usedTypes; bits != 0; bits &= bits - 1) {
                int t = Long.numberOfTrailingZeros(bits);
                if (any(byType[t])) {
                    used[n++] = t;
                }
            }
            this.contentTypes = n == used.length ? used : Arrays.copyOf(used, n);
            this.contentCounts = new long[n][];
            for (int i = 0; i < n; i++) {
                contentCounts[i] = byType[contentTypes[i]];
            }
            this.type = type;
            this.contact = contact;
            this.pair = pair;
            this.freshDistinct = freshDistinct;
            this.freshConnections = freshConnections;
            this.freshWelcomes = freshWelcomes;
            this.freshAccounts = freshAccounts;
            // Each new contact adds to the distinct contacts of its type, whatever else it adds to.
            boolean any = false;
            for (int k : freshDistinct) {
                any |= k != 0;
            }
            this.fresh = any;
            Footprint f = new Footprint();
            for (int s : slots) {
                f.slot(s);
                int t = s / ActivityIndex.F;
                if (s % ActivityIndex.F == 0) {
                    f.days(1 << t);
                }
                if (t == ActivityIndex.ACCEPTED || t == ActivityIndex.INVITE || t == ActivityIndex.WELCOME) {
                    f.flag(Footprint.CONNECTIONS);
                }
            }
            for (int t : contentTypes) {
                f.engagement(t);
            }
            for (int t : type) {
                f.distinct(t);
                if (t == ActivityIndex.ACCEPTED || t == ActivityIndex.INVITE || t == ActivityIndex.WELCOME) {
                    f.flag(Footprint.CONNECTIONS);
                }
            }
            for (int t = 0; t < ActivityIndex.T; t++) {
                if (freshDistinct[t] != 0) {
                    f.distinct(t);
                }
            }
            if (freshConnections != 0 || freshWelcomes != 0) {
                f.flag(Footprint.CONNECTIONS);
            }
            this.footprint = f;
        }

        private static boolean any(int[] counts) {
            for (int k : counts) {
                if (k != 0) {
                    return true;
                }
            }
            return false;
        }

        private static boolean any(long[] counts) {
            for (long k : counts) {
                if (k != 0) {
                    return true;
                }
            }
            return false;
        }

        /** What adding the plan can move. */
        Footprint footprint() {
            return footprint;
        }
    }

    /** The window with some plans added: integer deltas only, so adding and removing are exact. */
    final class State {
        private final int[][] slotDays;
        private final int[] touched;
        private int touchedSlots;
        private final long[][] contentDays;
        // By planned contact (and type), and by pair: made when a plan with contact events is first added.
        private int[] typeCounts;
        private int[] connections;
        private int[] welcomes;
        private int[] pairCounts;
        private final int[] accountDelta;
        private final int[] distinctDelta = new int[ActivityIndex.T];
        private int distinctConnectedDelta;
        private int matchedDelta;
        private int connectionEventsDelta;
        private int welcomeEventsDelta;
        // How many times plans with contact events have been added or taken out.
        private int eventsAdded;
        // The sums before a candidate's contact events are first added, to tell what they add.
        private int[] distinctBefore;
        private int[] accountsBefore;

        private State(State done) {
            accountDelta = new int[index.accounts.size() + newAccounts.size()];
            if (done == null || done.window() != PlannedWindow.this) {
                slotDays = new int[ActivityIndex.T * ActivityIndex.F][];
                touched = new int[ActivityIndex.T * ActivityIndex.F];
                contentDays = new long[ActivityIndex.T][];
                spareSlots = new int[ActivityIndex.T * ActivityIndex.F][];
                spareContent = new long[ActivityIndex.T][];
                return;
            }
            slotDays = done.slotDays;
            touched = done.touched;
            contentDays = done.contentDays;
            spareSlots = done.spareSlots;
            spareContent = done.spareContent;
            // Everything is copied afresh or cleared before it is read: the arrays only spare allocating.
            followedRaw = done.followedRaw;
            followedWeighted = done.followedWeighted;
            followedDayMask = done.followedDayMask;
            followedEngagement = done.followedEngagement;
            scratchRaw = done.scratchRaw;
            scratchWeighted = done.scratchWeighted;
            scratchDayMask = done.scratchDayMask;
            followedActive = done.followedActive;
            scratchActive = done.scratchActive;
            scratchEngagement = done.scratchEngagement;
            scratchDistinct = done.scratchDistinct;
            if (done.scratchAccounts != null && done.scratchAccounts.length == accountDelta.length) {
                scratchAccounts = done.scratchAccounts;
            }
            if (done.typeCounts != null && done.typeCounts.length == plannedContacts.size() * ActivityIndex.T
                    && done.pairCounts.length == pairs.size()) {
                typeCounts = done.typeCounts;
                connections = done.connections;
                welcomes = done.welcomes;
                pairCounts = done.pairCounts;
                Arrays.fill(typeCounts, 0);
                Arrays.fill(connections, 0);
                Arrays.fill(welcomes, 0);
                Arrays.fill(pairCounts, 0);
            }
            // The done state's counts by day go back to the spares, cleared: no slot or type has any.
            spareSlotCount = done.spareSlotCount;
            for (int i = 0; i < done.touchedSlots; i++) {
                int s = touched[i];
                int[] c = slotDays[s];
                Arrays.fill(c, 0);
                spareSlots[spareSlotCount++] = c;
                slotDays[s] = null;
            }
            for (int t = 0; t < ActivityIndex.T; t++) {
                long[] c = contentDays[t];
                if (c != null) {
                    // Taken from the spares when made, so none is kept for the type.
                    Arrays.fill(c, 0);
                    spareContent[t] = c;
                    contentDays[t] = null;
                }
            }
        }

        private PlannedWindow window() {
            return PlannedWindow.this;
        }

        // Counts by day, cleared, from a state done with: taken before making new ones.
        private final int[][] spareSlots;
        private int spareSlotCount;
        private final long[][] spareContent;
        // Whether the sums followed, and the scratch sums, have been made in this state (their
        // arrays may be a done state's before then).
        private boolean following;
        private boolean scratched;

        /**
         * Adds a plan ({@code sign} 1) or takes it out again (-1).
         *
         * @param plan a plan made before this state
         * @param sign 1 or -1
         */
        void add(Plan plan, int sign) {
            for (int i = 0; i < plan.slots.length; i++) {
                int s = plan.slots[i];
                int[] c = slotDays[s];
                if (c == null) {
                    c = slotDays[s] = spareSlotCount > 0 ? spareSlots[--spareSlotCount] : new int[days];
                    touched[touchedSlots++] = s;
                }
                int[] k = plan.slotCounts[i];
                for (int d = 0; d < days; d++) {
                    c[d] += sign * k[d];
                }
            }
            for (int i = 0; i < plan.contentTypes.length; i++) {
                int t = plan.contentTypes[i];
                long[] c = contentDays[t];
                if (c == null) {
                    c = spareContent[t];
                    if (c != null) {
                        spareContent[t] = null;
                    } else {
                        c = new long[days];
                    }
                    contentDays[t] = c;
                }
                long[] e = plan.contentCounts[i];
                for (int d = 0; d < days; d++) {
                    c[d] += sign * e[d];
                }
            }
            addEvents(plan, sign);
        }

        /** Adds a plan's contact events and what its new contacts add, not its counts. */
        private void addEvents(Plan plan, int sign) {
            if (plan.type.length > 0) {
                // What a candidate's events add depends on the events of the plans in the state.
                eventsAdded++;
            }
            contactEvents(plan, sign);
            freshEvents(plan, sign);
        }

        private void contactEvents(Plan plan, int sign) {
            for (int i = 0; i < plan.type.length; i++) {
                event(plan.type[i], plan.contact[i], plan.pair[i], sign);
            }
        }

        /**
         * Adds a candidate's contact events for a what-if ({@code sign} 1), or takes them out
         * again (-1). What they add depends only on the contact events of the plans in the
         * state, so it is worked out by adding them once, and kept with the plan until a plan
         * with contact events is added: a candidate is measured again and again while the plans
         * followed since name no contact.
         */
        private void candidateEvents(Plan plan, int sign) {
            if (plan.type.length > 0) {
                if (sign < 0 && plan.eventsIn) {
                    // Added by its events: taken out by them, which undoes the counts by contact too.
                    plan.eventsIn = false;
                    contactEvents(plan, -1);
                } else if (plan.eventsOf == this && plan.eventsAt == eventsAdded) {
                    moveByEvents(plan, sign);
                } else {
                    // Added by its events (sign 1, as a what-if first asks): what they move is kept.
                    if (distinctBefore == null) {
                        distinctBefore = new int[ActivityIndex.T];
                        accountsBefore = new int[accountDelta.length];
                    }
                    System.arraycopy(distinctDelta, 0, distinctBefore, 0, ActivityIndex.T);
                    System.arraycopy(accountDelta, 0, accountsBefore, 0, accountDelta.length);
                    int[] d = new int[ActivityIndex.T + 4];
                    d[ActivityIndex.T] = -distinctConnectedDelta;
                    d[ActivityIndex.T + 1] = -matchedDelta;
                    d[ActivityIndex.T + 2] = -connectionEventsDelta;
                    d[ActivityIndex.T + 3] = -welcomeEventsDelta;
                    contactEvents(plan, sign);
                    for (int t = 0; t < ActivityIndex.T; t++) {
                        d[t] = distinctDelta[t] - distinctBefore[t];
                    }
                    d[ActivityIndex.T] += distinctConnectedDelta;
                    d[ActivityIndex.T + 1] += matchedDelta;
                    d[ActivityIndex.T + 2] += connectionEventsDelta;
                    d[ActivityIndex.T + 3] += welcomeEventsDelta;
                    int moved = 0;
                    for (int a = 0; a < accountDelta.length; a++) {
                        moved += accountDelta[a] != accountsBefore[a] ? 1 : 0;
                    }
                    int[] at = new int[2 * moved];
                    moved = 0;
                    for (int a = 0; a < accountDelta.length; a++) {
                        if (accountDelta[a] != accountsBefore[a]) {
                            at[moved++] = a;
                            at[moved++] = accountDelta[a] - accountsBefore[a];
                        }
                    }
                    if (sign > 0) {
                        plan.eventsDelta = d;
                        plan.eventsAccounts = at;
                        plan.eventsOf = this;
                        plan.eventsAt = eventsAdded;
                        plan.eventsIn = true;
                    }
                }
            }
            freshEvents(plan, sign);
        }

        /** Moves the sums by what a candidate's contact events were found to add ({@code sign} 1), or back (-1). */
        private void moveByEvents(Plan plan, int sign) {
            int[] d = plan.eventsDelta;
            for (int t = 0; t < ActivityIndex.T; t++) {
                distinctDelta[t] += sign * d[t];
            }
            distinctConnectedDelta += sign * d[ActivityIndex.T];
            matchedDelta += sign * d[ActivityIndex.T + 1];
            connectionEventsDelta += sign * d[ActivityIndex.T + 2];
            welcomeEventsDelta += sign * d[ActivityIndex.T + 3];
            int[] at = plan.eventsAccounts;
            for (int i = 0; i < at.length; i += 2) {
                accountDelta[at[i]] += sign * at[i + 1];
            }
        }

        private void freshEvents(Plan plan, int sign) {
            if (!plan.fresh) {
                return;
            }
            int[] fresh = plan.freshDistinct;
            for (int t = 0; t < fresh.length; t++) {
                distinctDelta[t] += sign * fresh[t];
            }
            connectionEventsDelta += sign * plan.freshConnections;
            distinctConnectedDelta += sign * plan.freshConnections;
            welcomeEventsDelta += sign * plan.freshWelcomes;
            for (int a = 0; a < plan.freshAccounts.length; a++) {
                accountDelta[a] += sign * plan.freshAccounts[a];
            }
        }

        /** As the window applies an event of the log, with the log's own events as the floor. */
        private void event(int t, int c, int p, int sign) {
            if (typeCounts == null) {
                int contacts = plannedContacts.size();
                typeCounts = new int[contacts * ActivityIndex.T];
                connections = new int[contacts];
                welcomes = new int[contacts];
                pairCounts = new int[pairs.size()];
            }
            int ct = c * ActivityIndex.T + t;
            int logged = logId[c];
            boolean inBase = logged >= 0 && (baseTypes[logged] & (1 << t)) != 0;
            if (!inBase && (sign > 0 ? typeCounts[ct]++ == 0 : --typeCounts[ct] == 0)) {
                distinctDelta[t] += sign;
            }
            boolean baseConn = logged >= 0 && baseConnected[logged];
            boolean baseWel = logged >= 0 && baseWelcomed[logged];
            if (t == ActivityIndex.ACCEPTED || t == ActivityIndex.INVITE) {
                connectionEventsDelta += sign;
                if (!baseConn && (sign > 0 ? connections[c]++ == 0 : --connections[c] == 0)) {
                    distinctConnectedDelta += sign;
                    if (baseWel || welcomes[c] > 0) {
                        matchedDelta += sign;
                    }
                }
                if (p >= 0 && !pairInBase[p] && (sign > 0 ? pairCounts[p]++ == 0 : --pairCounts[p] == 0)) {
                    accountDelta[pairs.first(p)] += sign;
                }
            } else if (t == ActivityIndex.WELCOME) {
                welcomeEventsDelta += sign;
                if (!baseWel && (sign > 0 ? welcomes[c]++ == 0 : --welcomes[c] == 0)
                        && (baseConn || connections[c] > 0)) {
                    matchedDelta += sign;
                }
            }
        }

        /**
         * The context of the window with the plans added.
         *
         * @param profile the profile of the what-if (the same target accounts as the score's)
         * @return the context
         */
        WindowContext snapshot(MemberProfile profile) {
            int[] raw = base.raw().clone();
            double[] weighted = base.weighted().clone();
            int[] dayMask = base.dayMask().clone();
            int[] active = base.activeByType() == null ? null : base.activeByType().clone();
            for (int i = 0; i < touchedSlots; i++) {
                sumSlot(touched[i], null, raw, weighted, dayMask, active);
            }
            double[] weightedEngagement = base.weightedEngagement().clone();
            for (int t = 0; t < ActivityIndex.T; t++) {
                if (contentDays[t] != null) {
                    sumEngagement(t, null, weightedEngagement);
                }
            }
            return context(profile, raw, weighted, dayMask, active, weightedEngagement, false);
        }

        /**
         * Follows a plan from now on: adds it, and brings the sums kept for the plans followed up
         * to date, so that {@link #snapshotWith} adds only its candidate's.
         *
         * @param plan a plan made before this state
         */
        void follow(Plan plan) {
            if (!following) {
                followedRaw = copy(base.raw(), followedRaw);
                followedWeighted = copy(base.weighted(), followedWeighted);
                followedDayMask = copy(base.dayMask(), followedDayMask);
                followedActive = base.activeByType() == null ? null : copy(base.activeByType(), followedActive);
                followedEngagement = copy(base.weightedEngagement(), followedEngagement);
                following = true;
            }
            add(plan, 1);
            for (int s : plan.slots) {
                sumSlot(s, null, followedRaw, followedWeighted, followedDayMask, followedActive);
            }
            for (int t : plan.contentTypes) {
                sumEngagement(t, null, followedEngagement);
            }
            // The scratch sums are the ones followed again where the last candidate or this plan moved them.
            if (scratched) {
                if (dirty != null) {
                    restore(dirty);
                }
                restore(plan);
            }
            dirty = null;
        }

        /**
         * The context of the window with the plans followed and one more: the sums kept for the
         * plans followed, with the slots and types the candidate adds to summed again (in the
         * order {@link #snapshot} sums them, so the numbers are the same to the last bit).
         *
         * <p>The context lives in this state's scratch arrays, so that a what-if copies nothing
         * but what its candidate moves: it holds until the next call to this method,
         * {@link #followedSnapshot} or {@link #follow}, which the planner makes only once it is
         * done with it.
         *
         * @param candidate a plan made before this state, not followed
         * @param profile   the profile of the what-if
         * @return the context
         */
        WindowContext snapshotWith(Plan candidate, MemberProfile profile) {
            scratch();
            // The candidate's counts are added as each of its slots is summed; only its events
            // go into the state, and out again.
            candidateEvents(candidate, 1);
            try {
                dirty = candidate;
                for (int i = 0; i < candidate.slots.length; i++) {
                    int s = candidate.slots[i];
                    if (slotDays[s] == null) {
                        sumAlone(candidate, i);
                    } else {
                        sumSlot(s, candidate.slotCounts[i], scratchRaw, scratchWeighted, scratchDayMask, scratchActive);
                    }
                }
                for (int i = 0; i < candidate.contentTypes.length; i++) {
                    sumEngagement(candidate.contentTypes[i], candidate.contentCounts[i], scratchEngagement);
                }
                return context(profile, scratchRaw, scratchWeighted, scratchDayMask, scratchActive, scratchEngagement,
                        true);
            } finally {
                candidateEvents(candidate, -1);
            }
        }

        /**
         * The context of the window with the plans followed, and no candidate. It reads the sums
         * kept for the plans followed, and holds as {@link #snapshotWith}'s does.
         *
         * @param profile the profile followed
         * @return the context
         */
        WindowContext followedSnapshot(MemberProfile profile) {
            if (!following) {
                return context(profile, base.raw(), base.weighted(), base.dayMask(), base.activeByType(),
                        base.weightedEngagement(), true);
            }
            return context(profile, followedRaw, followedWeighted, followedDayMask, followedActive, followedEngagement,
                    true);
        }

        /**
         * Brings the scratch sums to the plans followed: copied once, and then only the slots and
         * types that the last candidate (or a plan followed since) moved are put back.
         */
        private void scratch() {
            if (!scratched) {
                scratchRaw = copy(following ? followedRaw : base.raw(), scratchRaw);
                scratchWeighted = copy(following ? followedWeighted : base.weighted(), scratchWeighted);
                scratchDayMask = copy(following ? followedDayMask : base.dayMask(), scratchDayMask);
                int[] active = following ? followedActive : base.activeByType();
                scratchActive = active == null ? null : copy(active, scratchActive);
                scratchEngagement = copy(following ? followedEngagement : base.weightedEngagement(),
                        scratchEngagement);
                scratched = true;
            } else if (dirty != null) {
                restore(dirty);
            }
            dirty = null;
        }

        /** Puts back the scratch sums that a plan moves, from the plans followed. */
        private void restore(Plan plan) {
            int[] raw = following ? followedRaw : base.raw();
            double[] weighted = following ? followedWeighted : base.weighted();
            double[] engagement = following ? followedEngagement : base.weightedEngagement();
            for (int s : plan.slots) {
                scratchRaw[s] = raw[s];
                scratchWeighted[s] = weighted[s];
            }
            if (plan.slots.length > 0) {
                int[] dayMask = following ? followedDayMask : base.dayMask();
                System.arraycopy(dayMask, 0, scratchDayMask, 0, dayMask.length);
                if (scratchActive != null) {
                    System.arraycopy(following ? followedActive : base.activeByType(), 0, scratchActive, 0,
                            scratchActive.length);
                }
            }
            for (int t : plan.contentTypes) {
                scratchEngagement[t] = engagement[t];
                scratchEngagement[ActivityIndex.T + t] = engagement[ActivityIndex.T + t];
            }
        }

        /** {@code from} copied into {@code into} if given (of the same length), else into a new array. */
        private static int[] copy(int[] from, int[] into) {
            if (into == null) {
                return from.clone();
            }
            System.arraycopy(from, 0, into, 0, from.length);
            return into;
        }

        private static double[] copy(double[] from, double[] into) {
            if (into == null) {
                return from.clone();
            }
            System.arraycopy(from, 0, into, 0, from.length);
            return into;
        }

        private int[] followedRaw;
        private double[] followedWeighted;
        private int[] followedDayMask;
        // By standard type, the days with its bit in the day masks beside them (null if the base
        // has no such counts): kept as the bits are set, so that a what-if answers a rule's
        // active days of one type by a look-up, as the score's own context does, not a walk.
        private int[] followedActive;
        private double[] followedEngagement;
        private int[] scratchRaw;
        private double[] scratchWeighted;
        private int[] scratchDayMask;
        private int[] scratchActive;
        private double[] scratchEngagement;
        private int[] scratchDistinct;
        private int[] scratchAccounts;
        // The candidate whose sums the scratch arrays hold, if any.
        private Plan dirty;

        /**
         * One slot's count and weighted count: the base's, and each planned day's (the plans in
         * this state, and {@code extra} if given), capped after adding.
         */
        private void sumSlot(int s, int[] extra, int[] raw, double[] weighted, int[] dayMask, int[] active) {
            int[] planned = slotDays[s];
            int[] logged = index.counts[s];
            int bit = s % ActivityIndex.F == 0 ? 1 << (s / ActivityIndex.F) : 0;
            int count = base.raw()[s];
            double added = 0;
            for (int d = 0; d < days; d++) {
                int k = (planned == null ? 0 : planned[d]) + (extra == null ? 0 : extra[d]);
                if (k != 0) {
                    count += k;
                    added += weightedAdded(logged, d, k);
                    if ((dayMask[d] & bit) != bit) {
                        dayMask[d] |= bit;
                        if (active != null) {
                            active[s / ActivityIndex.F]++;
                        }
                    }
                }
            }
            raw[s] = count;
            weighted[s] = base.weighted()[s] + added;
        }

        /**
         * Into the scratch sums, what {@link #sumSlot} sums for a candidate's {@code i}-th slot
         * when no plan in this state adds to the slot: the candidate's own count and weighted
         * count over the base, the same in every state, so summed once per plan.
         */
        private void sumAlone(Plan candidate, int i) {
            int s = candidate.slots[i];
            if (candidate.aloneAdded == null) {
                int n = candidate.slots.length;
                candidate.aloneCount = new int[n];
                candidate.aloneAdded = new double[n];
                candidate.aloneDays = new int[n][];
                for (int j = 0; j < n; j++) {
                    alone(candidate, j);
                }
            }
            scratchRaw[s] = base.raw()[s] + candidate.aloneCount[i];
            scratchWeighted[s] = base.weighted()[s] + candidate.aloneAdded[i];
            int[] fresh = candidate.aloneDays[i];
            if (fresh != null) {
                // No plan followed has the type (each of its activities adds to this slot), so the
                // scratch masks have the type's bits of the base: the plan sets it on these days.
                int bit = 1 << (s / ActivityIndex.F);
                for (int d : fresh) {
                    scratchDayMask[d] |= bit;
                }
                if (scratchActive != null) {
                    scratchActive[s / ActivityIndex.F] += fresh.length;
                }
            }
        }

        /** One content type's weighted and plain engagement: the base's, and each planned day's. */
        private void sumEngagement(int t, long[] extra, double[] weightedEngagement) {
            long[] planned = contentDays[t];
            int last = days - 1;
            double weightedSum = base.weightedEngagement()[t];
            double plain = base.weightedEngagement()[ActivityIndex.T + t];
            for (int d = 0; d < days; d++) {
                long e = (planned == null ? 0 : planned[d]) + (extra == null ? 0 : extra[d]);
                // Adding nothing leaves a sum of weights and counts as it is (it is never -0.0).
                if (e != 0) {
                    weightedSum += e * weights[last - d];
                    plain += e;
                }
            }
            weightedEngagement[t] = weightedSum;
            weightedEngagement[ActivityIndex.T + t] = plain;
        }

        /** The context over these sums; in this state's scratch arrays for the other counts if {@code reused}. */
        private WindowContext context(MemberProfile profile, int[] raw, double[] weighted, int[] dayMask, int[] active,
                                      double[] weightedEngagement, boolean reused) {
            int[] baseDistinct = base.distinct();
            int[] distinct;
            if (!reused) {
                distinct = new int[baseDistinct.length];
            } else {
                if (scratchDistinct == null) {
                    scratchDistinct = new int[baseDistinct.length];
                }
                distinct = scratchDistinct;
            }
            for (int t = 0; t < distinct.length; t++) {
                distinct[t] = baseDistinct[t] + (t < ActivityIndex.T ? distinctDelta[t] : 0);
            }
            // As the window derives them: anonymous connections count one each, and anonymous
            // welcomes match connections that no named welcome matched.
            int newConnections = distinctConnected + distinctConnectedDelta
                    + raw[ActivityIndex.ACCEPTED * ActivityIndex.F] + raw[ActivityIndex.INVITE * ActivityIndex.F]
                    - connectionEvents - connectionEventsDelta;
            int matched = matchedWelcomed + matchedDelta;
            int anonymousWelcomes = raw[ActivityIndex.WELCOME * ActivityIndex.F] - welcomeEvents - welcomeEventsDelta;
            int welcomed = matched + Math.min(anonymousWelcomes, newConnections - matched);
            int[] baseAccounts = base.accountConnected();
            int[] accountConnected;
            if (!reused) {
                accountConnected = new int[accountDelta.length];
            } else {
                if (scratchAccounts == null) {
                    scratchAccounts = new int[accountDelta.length];
                }
                accountConnected = scratchAccounts;
            }
            for (int a = 0; a < accountDelta.length; a++) {
                accountConnected[a] = (a < baseAccounts.length ? baseAccounts[a] : 0) + accountDelta[a];
            }
            return base.withSums(profile, raw, weighted, weightedEngagement, distinct, newConnections, welcomed,
                    whatIfAccounts(), accountConnected, dayMask, active);
        }
    }
}
