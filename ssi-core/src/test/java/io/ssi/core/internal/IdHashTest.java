package io.ssi.core.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 64-bit hash that stands in for an activity's id in the de-duplication table. A weak hash
 * would not change a score (ids that share a hash are settled exactly, by a second look at
 * their rows), only make every score pay for that second look; these tests pin its quality.
 */
final class IdHashTest {

    @Test
    void idsAsCrmsWriteThemGetDistinctHashes() {
        Set<Long> hashes = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            hashes.add(IdTable.hash("00T5e00000" + i));
        }
        assertThat(hashes).hasSize(100_000);
        assertThat(IdTable.hash("")).isNotEqualTo(IdTable.hash("0")).isNotEqualTo(IdTable.hash("\u0000"));
        assertThat(IdTable.hash("ab")).isNotEqualTo(IdTable.hash("ba"));
    }

    /** Flipping any bit of any char flips each of the 64 bits of the hash about half the time. */
    @Test
    void everyBitOfEveryCharReachesEveryBitOfTheHash() {
        Random random = new Random(20261202L);
        int samples = 1_000;
        int length = 6;
        int[][] flips = new int[length * 16][64];
        for (int k = 0; k < samples; k++) {
            char[] id = new char[length];
            for (int c = 0; c < length; c++) {
                id[c] = (char) random.nextInt(1 << 16);
            }
            long h = IdTable.hash(new String(id));
            for (int c = 0; c < length; c++) {
                for (int bit = 0; bit < 16; bit++) {
                    id[c] ^= (char) (1 << bit);
                    long changed = h ^ IdTable.hash(new String(id));
                    id[c] ^= (char) (1 << bit);
                    for (int out = 0; out < 64; out++) {
                        flips[c * 16 + bit][out] += (int) (changed >>> out & 1);
                    }
                }
            }
        }
        for (int in = 0; in < flips.length; in++) {
            for (int out = 0; out < 64; out++) {
                assertThat(flips[in][out] / (double) samples)
                        .as("bit %d of char %d flips hash bit %d", in % 16, in / 16, out).isBetween(0.38, 0.62);
            }
        }
    }
}
