package io.ssi.core.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    @Test
    void spreadMixesHighBitsIntoTheSlotsUsed() {
        // Hash codes that differ only in their upper half must still reach every slot of a
        // small table, whose mask keeps only low bits.
        Set<Integer> slots = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            slots.add(StringIndex.spread(i << 16) & 63);
        }
        assertThat(slots).hasSize(64);
        Set<Integer> low = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            low.add(StringIndex.spread(i) >>> 26);
        }
        assertThat(low).as("low bits reach the high bits").hasSizeGreaterThan(40);
        assertThat(StringIndex.spread(12345)).isEqualTo(StringIndex.spread(12345));
        assertThat(StringIndex.spread(1 << 16)).isNotEqualTo(StringIndex.spread(1));
    }
}
