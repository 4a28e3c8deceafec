package io.ssi.core.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A footprint's copy touches everything the original touches, its flags included. */
final class FootprintCopyTest {

    @Test
    void aCopyKeepsTheConnectionsFlagAndTheReadThatCannotBePlaced() {
        Footprint connections = new Footprint();
        connections.flag(Footprint.CONNECTIONS);
        Footprint reader = new Footprint();
        reader.flag(Footprint.CONNECTIONS);
        assertThat(connections.copy().meets(reader)).isTrue();
        assertThat(reader.meets(connections.copy())).isTrue();

        Footprint unplaced = new Footprint();
        unplaced.slot(Integer.MAX_VALUE);
        Footprint slot = new Footprint();
        slot.slot(3);
        assertThat(unplaced.copy().meets(slot)).isTrue();
        assertThat(new Footprint().copy().meets(slot)).isFalse();

        // Adding keeps what both touch.
        Footprint both = connections.copy();
        both.add(slot);
        assertThat(both.meets(reader)).isTrue();
        Footprint sameSlot = new Footprint();
        sameSlot.slot(3);
        assertThat(both.meets(sameSlot)).isTrue();
    }
}
