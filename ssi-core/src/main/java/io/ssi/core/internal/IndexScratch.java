package io.ssi.core.internal;

/**
 * The tables and arrays one thread's scores index into, kept from one score to the next: the
 * contact and contact-type tables, the event arrays and the sealed index's day arrays are most
 * of what a score would otherwise allocate (and a batch's garbage collector collect) for every
 * member. Only a score borrows them ({@link ActivityIndex#buildForOneScore}), and it hands them
 * back when its result is built (advice too, which plans on the index of the score it
 * advises on, inside the same borrowing); an index that lives longer (a context for a rule
 * author's test) allocates its own. A score inside a score (a rule that scores) finds the
 * scratch in use and allocates its own too. Tables grown past {@link #MAX_KEPT} slots are not
 * kept, so that one huge member does not make every later score clear a huge table.
 */
final class IndexScratch {

    static final int MAX_KEPT = 1 << 14;
    private static final ThreadLocal<IndexScratch> SCRATCH = ThreadLocal.withInitial(IndexScratch::new);

    private boolean inUse;
    private StringIndex contacts;
    private PairIndex contactTypes;
    private final int[][] events = new int[5][];
    private int[] dayMask;
    private int[] eventStart;
    private int[] eventOrder;

    private IndexScratch() {
    }

    /** @return this thread's scratch, now in use, or null if it is in use already */
    static IndexScratch acquire() {
        IndexScratch s = SCRATCH.get();
        if (s.inUse) {
            return null;
        }
        s.inUse = true;
        return s;
    }

    /** An empty contact table, the kept one if there is one. */
    StringIndex contacts(int expected) {
        StringIndex t = contacts;
        contacts = null;
        if (t == null) {
            return new StringIndex(expected);
        }
        t.clear();
        return t;
    }

    /** An empty contact-type table, the kept one if there is one. */
    PairIndex contactTypes(int expected) {
        PairIndex t = contactTypes;
        contactTypes = null;
        if (t == null) {
            return new PairIndex(expected);
        }
        t.clear();
        return t;
    }

    /** Event array {@code k} of at least {@code n} elements, its contents undefined. */
    int[] events(int k, int n) {
        int[] a = events[k];
        events[k] = null;
        return a != null && a.length >= n ? a : new int[n];
    }

    /** A zeroed array of at least {@code n} days for the day masks. */
    int[] dayMask(int n) {
        int[] a = dayMask;
        dayMask = null;
        return zeroed(a, n);
    }

    /** A zeroed array of at least {@code n} elements for the events' start per day. */
    int[] eventStart(int n) {
        int[] a = eventStart;
        eventStart = null;
        return zeroed(a, n);
    }

    /** An array of at least {@code n} elements for the events in day order, its contents undefined. */
    int[] eventOrder(int n) {
        int[] a = eventOrder;
        eventOrder = null;
        return a != null && a.length >= n ? a : new int[n];
    }

    private static int[] zeroed(int[] a, int n) {
        if (a == null || a.length < n) {
            return new int[n];
        }
        java.util.Arrays.fill(a, 0, n, 0);
        return a;
    }

    /** Frees the scratch after a failed build, keeping nothing of it. */
    void abandon() {
        contacts = null;
        contactTypes = null;
        java.util.Arrays.fill(events, null);
        dayMask = null;
        eventStart = null;
        eventOrder = null;
        inUse = false;
    }

    /** Takes back what {@code index} borrowed (and grew), and is free for the next score. */
    void keep(ActivityIndex index) {
        contacts = index.contacts.capacity() <= MAX_KEPT ? index.contacts : null;
        contactTypes = index.contactTypes.capacity() <= MAX_KEPT ? index.contactTypes : null;
        int[][] ev = {index.evDay, index.evContact, index.evType, index.evPair, index.evContactType};
        for (int k = 0; k < ev.length; k++) {
            events[k] = ev[k].length <= MAX_KEPT ? ev[k] : null;
        }
        dayMask = index.dayMask;
        eventStart = index.eventStart;
        eventOrder = index.eventOrder != null && index.eventOrder.length <= MAX_KEPT ? index.eventOrder : null;
        inUse = false;
    }
}
