package io.ssi.core.internal;

import java.util.Arrays;

/**
 * Interns pairs of small non-negative ints (an account index and a contact index) to dense
 * indexes, without boxing. Not thread-safe while being filled.
 */
final class PairIndex {

    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] slots;
    private int[] firstOf;
    private int size;

    PairIndex() {
        this(8);
    }

    /** A table for about {@code expected} pairs: sized once instead of doubling up to it, and bounded. */
    PairIndex(int expected) {
        int n = Math.min(Math.max(expected, 8), IdTable.MAX_PRESIZE);
        int capacity = Integer.highestOneBit(n * 3 / 2) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        slots = new int[capacity];
        firstOf = new int[n];
    }

    private PairIndex(PairIndex other) {
        keys = other.keys.clone();
        slots = other.slots.clone();
        firstOf = other.firstOf.clone();
        size = other.size;
    }

    PairIndex copy() {
        return new PairIndex(this);
    }

    /** The slots of the open-addressing table: what clearing it costs. */
    int capacity() {
        return keys.length;
    }

    /** Empties the index, keeping its arrays, so that a thread's next score interns into them. */
    void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    int size() {
        return size;
    }

    /** The first component of the pair with the given index. */
    int first(int index) {
        return firstOf[index];
    }

    /** Returns the index of the pair, adding it if it is new. */
    int intern(int first, int second) {
        long key = ((long) first << 32) | (second & 0xFFFFFFFFL);
        int mask = keys.length - 1;
        int i = StringIndex.spread(key) & mask;
        for (; keys[i] != EMPTY; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return slots[i];
            }
        }
        keys[i] = key;
        slots[i] = size;
        if (size == firstOf.length) {
            firstOf = Arrays.copyOf(firstOf, size * 2);
        }
        firstOf[size] = first;
        size++;
        // Linear probing stays short up to two thirds full.
        if (size * 3 > keys.length * 2) {
            rehash();
        }
        return size - 1;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        slots = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = StringIndex.spread(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }
}
