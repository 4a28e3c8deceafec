package io.ssi.examples.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link BatchScaling} at the size of a build: it measures both pools and its ratios follow from them. */
final class BatchScalingTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void bothPoolsAreMeasuredAndTheRatiosFollowFromTheFigures(boolean streaming) throws InterruptedException {
        BatchScaling.Result r = BatchScaling.measure(40, 1, 3, streaming);

        assertThat(r.members()).isEqualTo(40);
        for (double[] pool : new double[][] {r.one(), r.two(), r.oneMean(), r.twoMean()}) {
            assertThat(pool[0]).as("wall").isPositive();
            assertThat(pool[1]).as("pool CPU").isPositive();
            assertThat(pool[3]).as("busiest thread").isPositive().isLessThanOrEqualTo(pool[1]);
            assertThat(pool[4]).as("pauses").isNotNegative();
        }
        assertThat(r.one()[3]).as("one thread is the whole pool").isEqualTo(r.one()[1]);
        assertThat(r.byTheClock()).isEqualTo(r.one()[0] / r.two()[0]);
        assertThat(r.slowing()).isEqualTo(r.twoMean()[1] / r.oneMean()[1]);
        assertThat(r.onIdleCores()).isPositive()
                .isLessThanOrEqualTo(2 * (r.oneMean()[1] + r.oneMean()[4]) / r.twoMean()[1]);
    }
}
