package io.ssi.core.internal;

import java.util.Arrays;

/**
 * A de-duplication table of the one pass: 64-bit hashes of activity ids (or of near-duplicate
 * keys: type, instant and contact), with open addressing, and for each id the event it added
 * (so that a replaced row comes out in constant time). It keeps neither the {@code Activity}
 * nor its id: a hash seen twice is only <em>contested</em>, and the index settles contested
 * hashes exactly, by id and by key, in a second look at those rows alone.
 *
 * <p>Its first size is bounded, whatever the log claims to hold, and it doubles as it fills.
 * Not thread-safe.
 */
final class IdTable {

    /** The most a table is presized for: a log that over-reports its size costs nothing. */
    static final int MAX_PRESIZE = 1 << 14;
    private static final int CONTESTED = 0x8000_0000;
    private static final long EMPTY = 0L;

    /**
     * The biggest table a thread keeps between scores, in slots (192 KiB): enough for logs of
     * about 10,000 activities; a bigger one is garbage once its score is done.
     */
    static final int MAX_KEPT = 1 << 14;
    /** How many tables a thread keeps: one score uses one for ids and one for near-duplicate keys. */
    static final int KEPT_PER_THREAD = 2;
    private static final ThreadLocal<IdTable[]> SCRATCH = ThreadLocal.withInitial(() -> new IdTable[KEPT_PER_THREAD]);

    // The arrays may be longer than the table: a reused table uses their first capacity slots.
    private long[] keys;
    /** Per slot: the event index plus one (0 = no event), and the contested bit. */
    private int[] refs;
    private int capacity;
    private int size;
    private int contested;
    private boolean inUse;

    IdTable(int expected) {
        capacity = capacityFor(expected);
        keys = new long[capacity];
        refs = new int[capacity];
    }

    private static int capacityFor(int expected) {
        int n = Math.min(Math.max(expected, 0), MAX_PRESIZE);
        return Integer.highestOneBit(Math.max(16, n * 2 - 1)) << 1;
    }

    /**
     * One of this thread's tables, cleared, when one is free; a new one when none is (a rule
     * that scores inside a score) or when this thread has not kept enough yet. Hand it back
     * with {@link #release()}: one score of the trained rep then allocates no table at all.
     */
    static IdTable acquire(int expected) {
        IdTable[] kept = SCRATCH.get();
        IdTable t = null;
        for (int i = 0; i < kept.length && t == null; i++) {
            if (kept[i] != null && !kept[i].inUse) {
                t = kept[i];
                t.reset(expected);
            }
        }
        if (t == null) {
            t = new IdTable(expected);
            for (int i = 0; i < kept.length; i++) {
                if (kept[i] == null) {
                    kept[i] = t;
                    break;
                }
            }
        }
        t.inUse = true;
        return t;
    }

    /** Hands a table from {@link #acquire(int)} back; this thread keeps it if it is not too big. */
    void release() {
        inUse = false;
        if (keys.length > MAX_KEPT) {
            IdTable[] kept = SCRATCH.get();
            for (int i = 0; i < kept.length; i++) {
                if (kept[i] == this) {
                    kept[i] = null;
                }
            }
        }
    }

    private void reset(int expected) {
        int wanted = capacityFor(expected);
        if (wanted > keys.length) {
            keys = new long[wanted];
            refs = new int[wanted];
        } else {
            Arrays.fill(keys, 0, wanted, EMPTY);
            Arrays.fill(refs, 0, wanted, 0);
        }
        capacity = wanted;
        size = 0;
        contested = 0;
    }

    /** How many distinct hashes were seen. */
    int size() {
        return size;
    }

    /** How many hashes were seen more than once. */
    int contested() {
        return contested;
    }

    /**
     * Records a hash. Returns the slot holding it when it is new, so that the caller can set its
     * event with {@link #event(int, int)} before the next call; returns -1 when it had been seen,
     * and marks it contested.
     */
    int insert(long hash) {
        long h = hash == EMPTY ? 1L : hash;
        int mask = capacity - 1;
        int i = slotOf(h, mask);
        for (; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == h) {
                if ((refs[i] & CONTESTED) == 0) {
                    refs[i] |= CONTESTED;
                    contested++;
                }
                return -1;
            }
        }
        if ((size + 1) * 3 > capacity * 2) {
            grow();
            return insert(h);
        }
        keys[i] = h;
        size++;
        return i;
    }

    /** Sets the event that the row owning {@code slot} added, or -1 for none. */
    void event(int slot, int event) {
        refs[slot] = (refs[slot] & CONTESTED) | (event + 1);
    }

    /** The slot of a hash that was seen, contested or not, or -1. */
    int slotOf(long hash) {
        long h = hash == EMPTY ? 1L : hash;
        int mask = capacity - 1;
        for (int i = slotOf(h, mask); keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == h) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the slot's hash was seen more than once. */
    boolean isContested(int slot) {
        return (refs[slot] & CONTESTED) != 0;
    }

    /** The event the first row of a slot added, or -1. */
    int eventOf(int slot) {
        return (refs[slot] & ~CONTESTED) - 1;
    }

    /** How many slots there are: an upper bound on slot numbers. */
    int capacity() {
        return capacity;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldRefs = refs;
        int oldCapacity = capacity;
        capacity = oldCapacity * 2;
        keys = new long[capacity];
        refs = new int[capacity];
        int mask = capacity - 1;
        for (int j = 0; j < oldCapacity; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slotOf(oldKeys[j], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                refs[i] = oldRefs[j];
            }
        }
    }

    private static int slotOf(long h, int mask) {
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /**
     * A 64-bit hash of an id (FNV-1a over its chars, then a finaliser that spreads every bit),
     * so that distinct ids share one only by rare chance; when they do, the index still tells
     * them apart exactly.
     */
    static long hash(String id) {
        long h = 0xCBF2_9CE4_8422_2325L;
        for (int i = 0, n = id.length(); i < n; i++) {
            h = (h ^ id.charAt(i)) * 0x0000_0100_0000_01B3L;
        }
        h ^= h >>> 33;
        h *= 0xFF51_AFD7_ED55_8CCDL;
        h ^= h >>> 33;
        h *= 0xC4CE_B9FE_1A85_EC53L;
        return h ^ (h >>> 33);
    }

    @Override
    public String toString() {
        return "IdTable[size=" + size + ", contested=" + contested + ", capacity=" + capacity + "]";
    }

    /** A bit per slot, for the second look. */
    static final class Bits {
        private final long[] words;

        Bits(int slots) {
            words = new long[(slots + 63) >>> 6];
        }

        /** Sets the bit; returns whether it was clear. */
        boolean set(int i) {
            long bit = 1L << i;
            long w = words[i >>> 6];
            words[i >>> 6] = w | bit;
            return (w & bit) == 0;
        }
    }
}
