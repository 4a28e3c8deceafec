package io.ssi.core.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The de-duplication table on its own: what it answers for hashes seen once, twice or never,
 * how it is sized and grows, and which tables a thread keeps. (IdTableTest checks the index
 * built on it.) Tests of what a thread keeps run on a thread of their own, whose kept tables
 * no earlier test has filled.
 */
final class IdTableUnitTest {

    /** Runs {@code body} on a new thread and rethrows what it threw. */
    static void onAFreshThread(Runnable body) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (failure.get() instanceof Error e) {
            throw e;
        }
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        }
    }

    @Test
    void aHashSeenOnceIsUncontestedAndOneSeenTwiceIsContested() {
        IdTable t = new IdTable(10);
        int once = t.insert(41L);
        int twice = t.insert(42L);
        assertThat(t.insert(42L)).isEqualTo(-1);
        assertThat(t.insert(42L)).as("a third sighting").isEqualTo(-1);
        t.event(once, 7);
        t.event(twice, 0);

        assertThat(t.size()).as("distinct hashes").isEqualTo(2);
        assertThat(t.contested()).as("hashes seen more than once").isEqualTo(1);
        assertThat(t.slotOf(41L)).isEqualTo(once);
        assertThat(t.slotOf(42L)).isEqualTo(twice);
        assertThat(t.slotOf(43L)).as("never seen").isEqualTo(-1);
        assertThat(t.isContested(once)).isFalse();
        assertThat(t.isContested(twice)).isTrue();
        assertThat(t.eventOf(once)).isEqualTo(7);
        assertThat(t.eventOf(twice)).as("the contested bit leaves the event alone").isEqualTo(0);
        t.event(twice, -1);
        assertThat(t.eventOf(twice)).isEqualTo(-1);
        assertThat(t.isContested(twice)).isTrue();
        assertThat(t).hasToString("IdTable[size=2, contested=1, capacity=32]");
    }

    @Test
    void aHashOfZeroIsAHashLikeAnyOther() {
        IdTable t = new IdTable(4);
        int zero = t.insert(0L);
        assertThat(zero).isNotNegative();
        assertThat(t.slotOf(0L)).isEqualTo(zero);
        assertThat(t.insert(0L)).isEqualTo(-1);
        assertThat(t.isContested(zero)).isTrue();
    }

    @Test
    void aHashsHomeSlotIsItsLowBitsFoldedWithItsHighBits() {
        IdTable t = new IdTable(10);
        int mask = t.capacity() - 1;
        for (long h = 1; h <= 12; h++) {
            long folded = (h << 32) | (h * 2);
            // The two halves fold to h * 2 ^ h: distinct for each h, so no hash is displaced.
            assertThat(t.insert(folded)).as("hash %d", folded).isEqualTo((int) ((h * 2) ^ h) & mask);
        }
    }

    @Test
    void aTableIsPresizedToHoldWhatItExpectsBelowTwoThirdsAndNoMore() {
        for (int expected = 0; expected <= IdTable.MAX_PRESIZE; expected += expected < 64 ? 1 : 97) {
            int capacity = new IdTable(expected).capacity();
            assertThat(Integer.bitCount(capacity)).as("a power of two for %d", expected).isEqualTo(1);
            assertThat(capacity * 2).as("room for %d", expected).isGreaterThanOrEqualTo(expected * 3);
            assertThat(capacity).as("no more than twice the room for %d", expected)
                    .isLessThan(Math.max(33, 4 * expected));
        }
        assertThat(new IdTable(-5).capacity()).isEqualTo(new IdTable(0).capacity()).isEqualTo(32);
    }

    @Test
    void aTableDoublesWhenItWouldBeMoreThanTwoThirdsFull() {
        IdTable t = new IdTable(0);
        for (long h = 1; h <= 21; h++) {
            t.insert(h);
        }
        assertThat(t.capacity()).as("21 of 32 slots").isEqualTo(32);
        t.insert(22L);
        assertThat(t.capacity()).as("22 of 32 slots would be more than two thirds").isEqualTo(64);
    }

    @Test
    void growingKeepsEveryHashItsEventAndItsContestedBitEvenWhenHomeSlotsCollide() {
        IdTable t = new IdTable(0);
        List<Long> hashes = new ArrayList<>();
        for (long k = 1; k <= 3000; k++) {
            // Every third hash has zero low halves and high halves that differ only above bit 8: their
            // home slots collide in every table up to 256 slots, and still often in bigger ones.
            hashes.add(k % 3 == 0 ? k << 40 : k * 0x9E37_79B9_7F4A_7C15L);
        }
        Set<Integer> slots = new HashSet<>();
        for (int i = 0; i < hashes.size(); i++) {
            int slot = t.insert(hashes.get(i));
            assertThat(slot).isNotNegative();
            t.event(slot, i);
            if (i % 5 == 0) {
                assertThat(t.insert(hashes.get(i))).isEqualTo(-1);
            }
        }
        assertThat(t.capacity()).isEqualTo(8192);
        for (int i = 0; i < hashes.size(); i++) {
            int slot = t.slotOf(hashes.get(i));
            assertThat(slot).as("hash %d", i).isNotNegative();
            assertThat(slots.add(slot)).as("a slot of its own").isTrue();
            assertThat(t.eventOf(slot)).isEqualTo(i);
            assertThat(t.isContested(slot)).isEqualTo(i % 5 == 0);
        }
        assertThat(t.size()).isEqualTo(3000);
        assertThat(t.contested()).isEqualTo(600);
    }

    @Test
    void aThreadKeepsTwoTablesAndHandsThemOutAgainCleared() {
        onAFreshThread(() -> {
            IdTable ids = IdTable.acquire(10);
            IdTable keys = IdTable.acquire(10);
            IdTable third = IdTable.acquire(10);
            assertThat(Set.of(ids, keys, third)).hasSize(3);
            ids.insert(1L);
            keys.insert(2L);
            keys.insert(2L);
            third.release();
            keys.release();
            ids.release();

            IdTable first = IdTable.acquire(10);
            IdTable second = IdTable.acquire(10);
            IdTable another = IdTable.acquire(10);
            assertThat(first).as("the first kept").isSameAs(ids);
            assertThat(second).as("the second kept").isSameAs(keys);
            assertThat(another).as("only two are kept").isNotSameAs(third).isNotIn(ids, keys);
            for (IdTable t : List.of(first, second)) {
                assertThat(t.size()).isZero();
                assertThat(t.contested()).isZero();
                assertThat(t.slotOf(1L)).isEqualTo(-1);
                assertThat(t.slotOf(2L)).isEqualTo(-1);
            }
            another.release();
            second.release();
            first.release();
        });
    }

    @Test
    void aKeptTableIsResizedToWhatTheNextScoreExpects() {
        onAFreshThread(() -> {
            IdTable small = IdTable.acquire(0);
            small.release();
            IdTable bigger = IdTable.acquire(1000);
            assertThat(bigger).isSameAs(small);
            assertThat(bigger.capacity()).isEqualTo(new IdTable(1000).capacity());
            for (long h = 1; h <= 1000; h++) {
                bigger.insert(h);
            }
            assertThat(bigger.capacity()).as("presized: no growth").isEqualTo(new IdTable(1000).capacity());
            bigger.release();
            IdTable smallAgain = IdTable.acquire(0);
            assertThat(smallAgain).isSameAs(small);
            assertThat(smallAgain.capacity()).as("uses the first slots of its longer arrays").isEqualTo(32);
            for (long h = 1; h <= 1000; h++) {
                assertThat(smallAgain.slotOf(h)).isEqualTo(-1);
            }
            smallAgain.release();
        });
    }
}
