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
        keys = new long[16];
        Arrays.fill(keys, EMPTY);
        slots = new int[16];
        firstOf = new int[8];
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
        int i = StringIndex.spread(Long.hashCode(key)) & mask;
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
        if (size * 2 > keys.length) {
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
                int i = StringIndex.spread(Long.hashCode(oldKeys[j])) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                slots[i] = oldSlots[j];
            }
        }
    }
}
