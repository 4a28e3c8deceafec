package io.ssi.core.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A footprint's copy touches everything the original touches, its flags and profile parts included. */
final class FootprintCopyTest {

    @Test
    void aCopyKeepsTheFlagsTheReadThatCannotBePlacedAndTheProfile() {
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

        // And the parts of the profile it touches.
        Footprint accounts = new Footprint();
        accounts.profile(Footprint.TARGET_ACCOUNTS);
        Footprint reads = new Footprint();
        reads.profile(Footprint.WHOLE_PROFILE);
        assertThat(accounts.copy().meets(reads)).isTrue();
        assertThat(reads.copy().meets(accounts)).isTrue();
        Footprint none = new Footprint();
        none.profile(0);
        assertThat(none.copy().meets(reads)).isFalse();

        // Adding keeps what both touch.
        Footprint both = connections.copy();
        both.add(slot);
        assertThat(both.meets(reader)).isTrue();
        Footprint sameSlot = new Footprint();
        sameSlot.slot(3);
        assertThat(both.meets(sameSlot)).isTrue();
    }
}
