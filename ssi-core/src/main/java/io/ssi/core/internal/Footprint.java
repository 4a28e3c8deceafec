package io.ssi.core.internal;

/**
 * Which of a window's answers something touches: the sums by slot (type and facet), the days
 * by type, the distinct contacts by type, the engagement by type, the connections, welcomes and
 * accounts, and the profile. A rule's footprint is what its reads asked ({@link Reads#footprint()});
 * a plan's is what adding it can move. A rule whose footprint misses everything the plans of
 * a what-if move reads the same answers there as in the score advised on, so it need not even
 * be asked. Mutable only while it is being built.
 */
final class Footprint {

    private static final int SLOTS = ActivityIndex.T * ActivityIndex.F;

    /** The connections, welcomes and the accounts connected at. */
    static final int CONNECTIONS = 1;
    /** The profile. */
    static final int PROFILE = 2;
    /** Anything: a read the footprint cannot place. */
    static final int ALL = 4;

    private final long[] slots = new long[(SLOTS + 63) / 64];
    private int days;
    private int distinct;
    private int engagement;
    private int flags;

    void slot(int slot) {
        if (slot >= SLOTS) {
            // A custom kind's slot: no plan adds to one, but a rule reading it is not placed here.
            flags |= ALL;
            return;
        }
        slots[slot >>> 6] |= 1L << slot;
    }

    void days(int typeMask) {
        days |= typeMask;
    }

    void distinct(int type) {
        distinct |= 1 << type;
    }

    void engagement(int type) {
        engagement |= 1 << type;
    }

    void flag(int flag) {
        flags |= flag;
    }

    /** Adds what another footprint touches. */
    void add(Footprint o) {
        for (int i = 0; i < slots.length; i++) {
            slots[i] |= o.slots[i];
        }
        days |= o.days;
        distinct |= o.distinct;
        engagement |= o.engagement;
        flags |= o.flags;
    }

    /** A copy, to add to. */
    Footprint copy() {
        Footprint f = new Footprint();
        f.add(this);
        return f;
    }

    /** Whether the two touch anything in common (anything at all, if either is {@link #ALL}). */
    boolean meets(Footprint o) {
        if (((flags | o.flags) & ALL) != 0 || (flags & o.flags) != 0 || (days & o.days) != 0
                || (distinct & o.distinct) != 0 || (engagement & o.engagement) != 0) {
            return true;
        }
        for (int i = 0; i < slots.length; i++) {
            if ((slots[i] & o.slots[i]) != 0) {
                return true;
            }
        }
        return false;
    }
}
