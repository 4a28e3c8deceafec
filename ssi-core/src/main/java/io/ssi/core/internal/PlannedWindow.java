package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * @param window the full window of a single score
     * @param base   its snapshot
     */
    PlannedWindow(Window window, WindowContext base) {
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
     * Indexes planned activities once, for any number of states to add.
     *
     * @param activities the planned activities, with ids of their own
     * @return the plan
     */
    Plan plan(List<Activity> activities) {
        for (Activity a : activities) {
            if (a.kind().isPresent()) {
                // A kind's slots are numbered by the index that names it: a plan's would not be the log's.
                throw new IllegalArgumentException("planned activities must not have a custom kind, but one had "
                        + a.kind().get().length() + " characters of kind");
            }
        }
        // Planned activities are synthetic and all meant to count: no near-duplicates among them.
        ActivityIndex planned = ActivityIndex.build(index.profile, activities, index.firstDay, days, index.cutoff,
                false, index.engagementCap);
        planned.seal();
        int cells = 0;
        for (int s : planned.usedSlots) {
            for (int k : planned.counts[s]) {
                cells += k != 0 ? 1 : 0;
            }
        }
        int[] slot = new int[cells];
        int[] day = new int[cells];
        int[] count = new int[cells];
        int n = 0;
        for (int s : planned.usedSlots) {
            int[] c = planned.counts[s];
            for (int d = 0; d < days; d++) {
                if (c[d] != 0) {
                    slot[n] = s;
                    day[n] = d;
                    count[n++] = c[d];
                }
            }
        }
        List<long[]> content = new ArrayList<>();
        for (int t : planned.usedEngagement) {
            long[] e = planned.engagement[t];
            for (int d = 0; d < days; d++) {
                if (e[d] != 0) {
                    content.add(new long[] {t, d, e[d]});
                }
            }
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
        return new Plan(slot, day, count, content.toArray(new long[0][]), type, contact, pair);
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
     * A fresh state, with no plan added. Make states after every plan they will take.
     *
     * @return the state
     */
    State state() {
        return new State();
    }

    /** Planned activities, indexed: per-day counts by slot, engagement by type, contact events. */
    static final class Plan {
        private final int[] slot;
        private final int[] day;
        private final int[] count;
        private final long[][] content;
        private final int[] type;
        private final int[] contact;
        private final int[] pair;

        private Plan(int[] slot, int[] day, int[] count, long[][] content, int[] type, int[] contact, int[] pair) {
            this.slot = slot;
            this.day = day;
            this.count = count;
            this.content = content;
            this.type = type;
            this.contact = contact;
            this.pair = pair;
        }
    }

    /** The window with some plans added: integer deltas only, so adding and removing are exact. */
    final class State {
        private final int[][] slotDays = new int[ActivityIndex.T * ActivityIndex.F][];
        private final int[] touched = new int[ActivityIndex.T * ActivityIndex.F];
        private int touchedSlots;
        private final long[][] contentDays = new long[ActivityIndex.T][];
        private final int[] typeCounts;
        private final int[] connections;
        private final int[] welcomes;
        private final int[] pairCounts;
        private final int[] accountDelta;
        private final int[] distinctDelta = new int[ActivityIndex.T];
        private int distinctConnectedDelta;
        private int matchedDelta;
        private int connectionEventsDelta;
        private int welcomeEventsDelta;

        private State() {
            int contacts = plannedContacts.size();
            typeCounts = new int[contacts * ActivityIndex.T];
            connections = new int[contacts];
            welcomes = new int[contacts];
            pairCounts = new int[pairs.size()];
            accountDelta = new int[index.accounts.size() + newAccounts.size()];
        }

        /**
         * Adds a plan ({@code sign} 1) or takes it out again (-1).
         *
         * @param plan a plan made before this state
         * @param sign 1 or -1
         */
        void add(Plan plan, int sign) {
            for (int i = 0; i < plan.slot.length; i++) {
                int s = plan.slot[i];
                int[] c = slotDays[s];
                if (c == null) {
                    c = slotDays[s] = new int[days];
                    touched[touchedSlots++] = s;
                }
                c[plan.day[i]] += sign * plan.count[i];
            }
            for (long[] e : plan.content) {
                int t = (int) e[0];
                long[] c = contentDays[t];
                if (c == null) {
                    c = contentDays[t] = new long[days];
                }
                c[(int) e[1]] += sign * e[2];
            }
            for (int i = 0; i < plan.type.length; i++) {
                event(plan.type[i], plan.contact[i], plan.pair[i], sign);
            }
        }

        /** As the window applies an event of the log, with the log's own events as the floor. */
        private void event(int t, int c, int p, int sign) {
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
            int last = days - 1;
            for (int i = 0; i < touchedSlots; i++) {
                int s = touched[i];
                int[] planned = slotDays[s];
                int[] logged = index.counts[s];
                int bit = s % ActivityIndex.F == 0 ? 1 << (s / ActivityIndex.F) : 0;
                double added = 0;
                for (int d = 0; d < days; d++) {
                    int k = planned[d];
                    if (k != 0) {
                        int c = logged == null ? 0 : logged[d];
                        raw[s] += k;
                        added += (Math.min(c + k, dailyCap) - Math.min(c, dailyCap)) * weights[last - d];
                        dayMask[d] |= bit;
                    }
                }
                weighted[s] += added;
            }
            double[] weightedEngagement = base.weightedEngagement().clone();
            for (int t = 0; t < ActivityIndex.T; t++) {
                long[] planned = contentDays[t];
                if (planned != null) {
                    for (int d = 0; d < days; d++) {
                        weightedEngagement[t] += planned[d] * weights[last - d];
                        weightedEngagement[ActivityIndex.T + t] += planned[d];
                    }
                }
            }
            int[] distinct = base.distinct().clone();
            for (int t = 0; t < ActivityIndex.T; t++) {
                distinct[t] += distinctDelta[t];
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
            int[] accountConnected = Arrays.copyOf(baseAccounts, accountDelta.length);
            for (int a = 0; a < accountDelta.length; a++) {
                accountConnected[a] += accountDelta[a];
            }
            StringIndex accounts = index.accounts;
            if (newAccounts.size() > 0) {
                accounts = index.accounts.copy();
                for (int a = 0; a < newAccounts.size(); a++) {
                    accounts.intern(newAccounts.key(a));
                }
            }
            return base.withSums(profile, raw, weighted, weightedEngagement, distinct, newConnections, welcomed,
                    accounts, accountConnected, dayMask);
        }
    }
}
