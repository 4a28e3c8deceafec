package io.ssi.core.internal;

import java.util.Arrays;

/**
 * Interns strings to dense indexes 0, 1, 2, ... with open addressing, so that the one-pass
 * index can keep per-contact and per-account state in plain arrays without boxing.
 * Not thread-safe while being filled; safe to share once filling is done.
 */
final class StringIndex {

    private String[] keys;
    private int[] slots;
    private String[] byIndex;
    private int size;

    StringIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected * 3 / 2)) << 1;
        keys = new String[capacity];
        slots = new int[capacity];
        byIndex = new String[Math.max(4, expected)];
    }

    private StringIndex(StringIndex other) {
        keys = other.keys.clone();
        slots = other.slots.clone();
        byIndex = other.byIndex.clone();
        size = other.size;
    }

    StringIndex copy() {
        return new StringIndex(this);
    }

    int size() {
        return size;
    }

    /** The slots of the open-addressing table: what clearing it costs. */
    int capacity() {
        return keys.length;
    }

    /** Empties the index, keeping its arrays, so that a thread's next score interns into them. */
    void clear() {
        Arrays.fill(keys, null);
        Arrays.fill(byIndex, 0, size, null);
        size = 0;
    }

    String key(int index) {
        return byIndex[index];
    }

    /** Returns the index of {@code key}, or -1 if it was never interned. */
    int find(String key) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return -1;
            }
            if (k.equals(key)) {
                return slots[i];
            }
        }
    }

    /** Returns the index of {@code key}, adding it if it is new. */
    int intern(String key) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (; keys[i] != null; i = (i + 1) & mask) {
            if (keys[i].equals(key)) {
                return slots[i];
            }
        }
        keys[i] = key;
        slots[i] = size;
        if (size == byIndex.length) {
            byIndex = Arrays.copyOf(byIndex, size * 2);
        }
        byIndex[size] = key;
        size++;
        // Linear probing stays short up to two thirds full.
        if (size * 3 > keys.length * 2) {
            grow();
        }
        return size - 1;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new String[oldKeys.length * 2];
        slots = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = spread(oldKeys[j].hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }

    /**
     * The probes that finding every key takes, its home slot included: the table's key count when
     * nothing collides, and far more when keys cluster. For tests of the spreading; linear in the
     * table.
     */
    long probes() {
        int mask = keys.length - 1;
        long probes = 0;
        for (int j = 0; j < keys.length; j++) {
            if (keys[j] != null) {
                probes += ((j - spread(keys[j].hashCode())) & mask) + 1;
            }
        }
        return probes;
    }

    /**
     * Spreads a hash code over all 32 bits, so that the low bits a table's mask keeps depend on
     * every bit of the code. MurmurHash3's finaliser: each step is invertible, so distinct codes
     * stay distinct, and flipping any input bit flips each output bit about half the time. (A
     * single multiplication moves bits only upwards, so the low slots would ignore the middle
     * bits of the code, and codes that differ only in bits 20 to 25 shared their slots.)
     */
    static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /**
     * Spreads a 64-bit key (such as a packed pair of ints) over the 32 bits of a slot, from all
     * 64 bits: {@code Long.hashCode} alone would give {@code (a, b)} and {@code (b, a)}, and every
     * pair with the same XOR, one hash. The 64-bit finaliser of MurmurHash3, truncated.
     */
    static int spread(long key) {
        long z = (key ^ (key >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return (int) (z ^ (z >>> 33));
    }
}
