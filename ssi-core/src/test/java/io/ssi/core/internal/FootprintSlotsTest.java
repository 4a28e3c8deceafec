package io.ssi.core.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Footprints meet on a slot in any of their words of slots, and only on a slot both touch. */
final class FootprintSlotsTest {

    private static final int SLOTS = ActivityIndex.T * ActivityIndex.F;

    @Test
    void everySlotMeetsItselfAndNoOther() {
        for (int a = 0; a < SLOTS; a++) {
            Footprint one = new Footprint();
            one.slot(a);
            for (int b = 0; b < SLOTS; b++) {
                Footprint other = new Footprint();
                other.slot(b);
                assertThat(one.meets(other)).as("slot %d and slot %d", a, b).isEqualTo(a == b);
            }
        }
    }

    @Test
    void aCopyAndASumKeepTheSlotsOfEveryWord() {
        Footprint sum = new Footprint();
        for (int s = 0; s < SLOTS; s += 61) {
            Footprint one = new Footprint();
            one.slot(s);
            sum.add(one);
        }
        Footprint copy = sum.copy();
        for (int s = 0; s < SLOTS; s++) {
            Footprint probe = new Footprint();
            probe.slot(s);
            assertThat(copy.meets(probe)).as("slot %d", s).isEqualTo(s % 61 == 0);
            assertThat(probe.meets(copy)).as("slot %d", s).isEqualTo(s % 61 == 0);
        }
    }

    @Test
    void aSlotMeetsNoDaysDistinctEngagementOrFlags() {
        Footprint slot = new Footprint();
        slot.slot(SLOTS - 1);
        Footprint rest = new Footprint();
        rest.days(-1);
        rest.distinct(3);
        rest.engagement(2);
        rest.flag(Footprint.CONNECTIONS);
        rest.profile(Footprint.WHOLE_PROFILE);
        assertThat(slot.meets(rest)).isFalse();
        assertThat(rest.meets(slot)).isFalse();
    }
}
