package io.ssi.examples.bench;

import io.ssi.core.SsiCalculator;
import io.ssi.examples.Personas;
import io.ssi.examples.SampleTeam;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored score keeps at most 1.5 KB, measured as {@link RetainedSize} measures it: the heap
 * after full collections with 2,000 scores of the Trained rep held, each of its own member,
 * less the heap before, the median of three rounds. The same method must find the size of
 * arrays it knows, or the figure would prove nothing.
 */
final class RetainedSizeTest {

    private static final int HELD = 2_000;
    private static final int ROUNDS = 3;

    @Test
    void theMethodFindsWhatAnArrayOfKnownSizeKeeps() {
        // 1,000 bytes and a 16-byte header; more than a few bytes either way is a broken method.
        assertThat(RetainedSize.median(RetainedSize.perObject(i -> new byte[1000], HELD, ROUNDS)))
                .isBetween(990.0, 1_060.0);
    }

    @Test
    void aStoredScoreOfTheTrainedRepKeepsAtMostOneAndAHalfKilobytes() {
        double bytes = RetainedSize.median(RetainedSize.perScore(SsiCalculator.standard(),
                Personas.trainedRep(SampleTeam.AS_OF), SampleTeam.AS_OF, HELD, ROUNDS));

        // Its 45 contributions alone took some 5 KB as records; a score that keeps nothing at all
        // would mean the scores were not held.
        assertThat(bytes).isBetween(300.0, 1_536.0);
    }
}
