package io.ssi.core.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** The interning table behind per-contact and per-account state: dense indexes, growth, collisions, copies. */
final class StringIndexTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 8, 100})
    void internsInInsertionOrderAndGrowsPastAnyPresize(int expected) {
        StringIndex index = new StringIndex(expected);
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            assertThat(index.intern("key-" + i)).isEqualTo(i);
            assertThat(index.size()).isEqualTo(i + 1);
        }
        for (int i = 0; i < n; i++) {
            assertThat(index.find("key-" + i)).as("key-%d after growth", i).isEqualTo(i);
            assertThat(index.key(i)).isEqualTo("key-" + i);
            assertThat(index.intern("key-" + i)).isEqualTo(i);
        }
        assertThat(index.size()).isEqualTo(n);
        assertThat(index.find("key-" + n)).isEqualTo(-1);
        assertThat(index.find("")).isEqualTo(-1);
    }

    @Test
    void stringsWithEqualHashCodesGetTheirOwnIndexes() {
        // "Aa" and "BB" share a hash code, so every string of n such pairs shares one too.
        List<String> colliding = new ArrayList<>();
        for (int bits = 0; bits < 256; bits++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < 8; k++) {
                s.append((bits >> k & 1) == 0 ? "Aa" : "BB");
            }
            colliding.add(s.toString());
        }
        assertThat(colliding.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(1);
        StringIndex index = new StringIndex(4);
        for (int i = 0; i < colliding.size(); i++) {
            assertThat(index.intern(colliding.get(i))).isEqualTo(i);
        }
        for (int i = 0; i < colliding.size(); i++) {
            assertThat(index.find(colliding.get(i))).isEqualTo(i);
        }
        assertThat(index.find("AaAaAaAaAaAaAaAb")).isEqualTo(-1);
        assertThat(index.find("AaAa")).isEqualTo(-1);
    }

    @Test
    void aCopyGrowsOnItsOwn() {
        StringIndex original = new StringIndex(2);
        original.intern("acme");
        original.intern("globex");
        StringIndex copy = original.copy();
        for (int i = 0; i < 100; i++) {
            copy.intern("more-" + i);
        }
        assertThat(copy.size()).isEqualTo(102);
        assertThat(copy.find("globex")).isEqualTo(1);
        assertThat(copy.find("more-99")).isEqualTo(101);
        assertThat(original.size()).isEqualTo(2);
        assertThat(original.find("more-0")).isEqualTo(-1);
        assertThat(original.find("acme")).isZero();
        assertThat(original.key(1)).isEqualTo("globex");
        assertThat(original.intern("initech")).isEqualTo(2);
        assertThat(copy.find("initech")).isEqualTo(-1);
    }

    /**
     * A table is presized for the keys it expects, so that filling it to that number allocates
     * nothing more, and it doubles once it is more than two thirds full.
     */
    @Test
    void aPresizedTableHoldsWhatItExpectsAndDoublesPastTwoThirds() {
        StringIndex presized = new StringIndex(100);
        assertThat(presized.capacity()).isEqualTo(256);
        for (int i = 0; i < 100; i++) {
            presized.intern("key-" + i);
        }
        assertThat(presized.capacity()).isEqualTo(256);

        StringIndex one = new StringIndex(0);
        one.intern("only");
        assertThat(one.probes()).as("a key alone is found at home").isEqualTo(1);
        one.intern(withHash("only".hashCode()));
        assertThat(one.probes()).as("one at home, one in the next slot").isEqualTo(3);

        StringIndex small = new StringIndex(0);
        assertThat(small.capacity()).isEqualTo(16);
        for (int i = 0; i < 10; i++) {
            small.intern("key-" + i);
        }
        assertThat(small.capacity()).as("10 of 16 slots").isEqualTo(16);
        small.intern("key-10");
        assertThat(small.capacity()).as("11 of 16 slots").isEqualTo(32);
        assertThat(small.copy().capacity()).isEqualTo(32);
    }

    /** The same sizing for the (account, contact) pairs, whose presize is bounded. */
    @Test
    void pairTablesArePresizedAndGrowTheSameWay() {
        PairIndex presized = new PairIndex(100);
        assertThat(presized.capacity()).isEqualTo(256);
        for (int i = 0; i < 100; i++) {
            assertThat(presized.intern(i % 7, i)).isEqualTo(i);
        }
        assertThat(presized.capacity()).isEqualTo(256);
        assertThat(presized.intern(3, 3)).as("a pair seen before").isEqualTo(3);
        assertThat(presized.intern(3, 4)).as("a new pair").isEqualTo(100);
        assertThat(presized.first(100)).isEqualTo(3);
        assertThat(presized.first(13)).isEqualTo(13 % 7);

        PairIndex small = new PairIndex();
        assertThat(small.capacity()).isEqualTo(16);
        for (int i = 0; i < 10; i++) {
            small.intern(i, i + 1);
        }
        assertThat(small.capacity()).isEqualTo(16);
        small.intern(10, 11);
        assertThat(small.capacity()).isEqualTo(32);
        for (int i = 0; i < 11; i++) {
            assertThat(small.intern(i, i + 1)).as("pair %d after growth", i).isEqualTo(i);
            assertThat(small.first(i)).isEqualTo(i);
        }
        assertThat(small.intern(1, 0)).as("(1, 0) is not (0, 1)").isEqualTo(11);
        assertThat(small.size()).isEqualTo(12);
        PairIndex copy = small.copy();
        copy.intern(99, 99);
        assertThat(copy.size()).isEqualTo(13);
        assertThat(small.size()).isEqualTo(12);

        assertThat(new PairIndex(Integer.MAX_VALUE).capacity()).as("bounded presize")
                .isLessThanOrEqualTo(4 * IdTable.MAX_PRESIZE);
    }

    /** A string of seven chars from '0' to 'N' whose {@code hashCode()} is exactly {@code h}. */
    static String withHash(int h) {
        long offset = 0;
        for (int k = 0; k < 7; k++) {
            offset = offset * 31 + '0';
        }
        // The hash of digits d0..d6 (each 0..30) plus '0' is offset + sum(d_k * 31^(6-k)), mod 2^32;
        // 31^7 > 2^32, so seven base-31 digits reach every code.
        long rest = (h - offset) & 0xFFFFFFFFL;
        char[] chars = new char[7];
        for (int k = 6; k >= 0; k--) {
            chars[k] = (char) ('0' + rest % 31);
            rest /= 31;
        }
        String s = new String(chars);
        assertThat(s.hashCode()).as("hash code of %s", s).isEqualTo(h);
        return s;
    }

    /**
     * Keys whose hash codes differ only in six neighbouring bits, wherever those bits lie, spread
     * over a small table as well as random keys would: about 1.5 probes a key at this load. With
     * a spreading that ignores some bits, as multiplying and keeping the low bits ignored bits 7
     * to 10 and 23 to 26 in a 128-slot table, all 64 keys share one home and a lookup takes 32
     * probes on average.
     */
    @ParameterizedTest(name = "bits {0} to {0}+5")
    @ValueSource(ints = {0, 3, 6, 7, 9, 12, 16, 20, 23, 26})
    void keysThatDifferInAFewBitsDoNotCluster(int lowestBit) {
        StringIndex index = new StringIndex(0);
        List<String> keys = new ArrayList<>();
        for (int v = 0; v < 64; v++) {
            keys.add(withHash(0x5A5A5A5A & ~(63 << lowestBit) | v << lowestBit));
        }
        assertThat(keys.stream().mapToInt(String::hashCode).distinct().count()).isEqualTo(64);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(index.intern(keys.get(i))).isEqualTo(i);
        }
        for (int i = 0; i < keys.size(); i++) {
            assertThat(index.find(keys.get(i))).isEqualTo(i);
        }
        assertThat(index.probes() / 64.0).as("probes a key").isBetween(1.0, 2.5);
    }

    /**
     * 4,096 keys whose hash codes agree in their low 20 bits, interned from the smallest table:
     * after every doubling each key is still found under its own index, and lookups stay short.
     */
    @Test
    void growthKeepsKeysThatCollideInTheLowBitsApart() {
        int n = 4_096;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys.add(withHash(i << 20 | 0xABCDE));
        }
        StringIndex index = new StringIndex(0);
        for (int i = 0; i < n; i++) {
            assertThat(index.intern(keys.get(i))).isEqualTo(i);
            if (Integer.bitCount(i + 1) == 1) {
                for (int j = 0; j <= i; j++) {
                    assertThat(index.find(keys.get(j))).as("key %d of %d", j, i + 1).isEqualTo(j);
                }
            }
        }
        assertThat(index.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(index.key(i)).isEqualTo(keys.get(i));
            assertThat(index.find(keys.get(i))).isEqualTo(i);
        }
        assertThat(index.find(withHash(0xABCDE ^ 1))).isEqualTo(-1);
        assertThat(index.probes() / (double) n).as("probes a key").isBetween(1.0, 2.5);
        StringIndex copy = index.copy();
        assertThat(copy.probes()).isEqualTo(index.probes());
    }

    /**
     * Flipping any bit of a hash code flips each bit of the spread code about half the time, so
     * whatever bits a table's mask keeps depend on all of the code's bits.
     */
    @Test
    void everyBitOfAHashCodeReachesEveryBitOfTheSlot() {
        assertEveryInputBitFlipsEveryOutputBitHalfTheTime(32, key -> StringIndex.spread((int) key));
    }

    /**
     * The same for a pair packed into a long, as {@code PairIndex} keys its (account, contact)
     * pairs: every one of the 64 bits reaches the slot, so (a, b) and (b, a) part.
     */
    @Test
    void everyBitOfAPackedPairReachesEveryBitOfTheSlot() {
        assertEveryInputBitFlipsEveryOutputBitHalfTheTime(64, StringIndex::spread);
        assertThat(StringIndex.spread(3L << 32 | 5)).isNotEqualTo(StringIndex.spread(5L << 32 | 3));
    }

    /** Over 2,000 seeded random inputs, each input bit flips each of the 32 output bits 40% to 60% of the time. */
    private static void assertEveryInputBitFlipsEveryOutputBitHalfTheTime(int inputBits, LongToIntFunction spread) {
        Random random = new Random(20261202L + inputBits);
        int samples = 2_000;
        int[][] flips = new int[inputBits][32];
        for (int k = 0; k < samples; k++) {
            long key = random.nextLong();
            int spreadKey = spread.applyAsInt(key);
            for (int in = 0; in < inputBits; in++) {
                int changed = spreadKey ^ spread.applyAsInt(key ^ 1L << in);
                for (int out = 0; out < 32; out++) {
                    flips[in][out] += changed >>> out & 1;
                }
            }
        }
        for (int in = 0; in < inputBits; in++) {
            for (int out = 0; out < 32; out++) {
                assertThat(flips[in][out] / (double) samples).as("input bit %d flips output bit %d", in, out)
                        .isBetween(0.4, 0.6);
            }
        }
    }

    @Test
    void aClearedIndexForgetsEveryKeyAndCountsFromZeroAgain() {
        StringIndex strings = new StringIndex(4);
        for (String k : List.of("a", "b", "c", "d", "e", "f", "g")) {
            strings.intern(k);
        }
        int capacity = strings.capacity();
        strings.clear();
        assertThat(strings.size()).isZero();
        assertThat(strings.capacity()).as("the arrays are kept").isEqualTo(capacity);
        assertThat(strings.find("c")).as("forgotten").isEqualTo(-1);
        assertThat(strings.intern("g")).as("counts from 0 again").isEqualTo(0);
        assertThat(strings.intern("a")).isEqualTo(1);
        assertThat(strings.key(0)).isEqualTo("g");
        assertThat(strings.find("g")).isEqualTo(0);

        PairIndex pairs = new PairIndex(4);
        for (int i = 0; i < 7; i++) {
            pairs.intern(i, i * 10);
        }
        pairs.clear();
        assertThat(pairs.size()).isZero();
        assertThat(pairs.intern(6, 60)).as("counts from 0 again").isEqualTo(0);
        assertThat(pairs.intern(0, 0)).isEqualTo(1);
        assertThat(pairs.first(0)).isEqualTo(6);
    }
}
