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

    static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }
}
