package io.ssi.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a streaming batch reports about itself: before, during and after a run, with the
 * run's own result and the progress read afterwards agreeing, and an interrupted caller.
 */
final class StreamingProgressTest {

    private static final SsiCalculator CALC = Fixtures.calculator(
            TestRule.constant("engage.one", Pillar.ENGAGE_WITH_INSIGHTS, 5, 1));

    private static List<MemberInput> members(int n) {
        List<MemberInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(MemberInput.of(MemberProfile.builder("m-" + i).build(), List.of()));
        }
        return out;
    }

    @Test
    void theRunReturnsTheProgressThatStaysOnceItIsOver() throws InterruptedException {
        StreamingBatch batch = StreamingBatch.builder(CALC).asOf(Fixtures.AS_OF).maxInFlight(3).build();
        assertThat(batch.progress()).isEqualTo(new BatchProgress(0, 0, Duration.ZERO, 0, false));
        assertThat(batch.toString()).isEqualTo("StreamingBatch[maxInFlight=3, " + batch.progress() + "]");
        List<BatchResult> seen = new ArrayList<>();
        BatchProgress end = batch.run(members(5), Function.identity(), r -> {
            // A little time, so that the run lasts measurably.
            long until = System.nanoTime() + 200_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            seen.add(r);
        });
        assertThat(end).isNotNull();
        assertThat(end.done()).isEqualTo(5);
        assertThat(end.failed()).isZero();
        assertThat(end.inFlight()).isZero();
        assertThat(end.cancelled()).isFalse();
        assertThat(end.elapsed()).isPositive().isLessThan(Duration.ofMinutes(1));
        assertThat(seen).hasSize(5);
        Thread.sleep(5);
        assertThat(batch.progress()).as("the clock stopped when the run ended").isEqualTo(end);
        assertThat(batch.maxInFlight()).isEqualTo(3);
    }

    @Test
    void aStreamRunsLikeAnIterableAndIsClosed() {
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        List<BatchResult> seen = new ArrayList<>();
        BatchProgress end = StreamingBatch.builder(CALC).asOf(Fixtures.AS_OF).build()
                .run(members(4).stream().onClose(() -> closed.set(true)), Function.identity(), seen::add);
        assertThat(end.done()).isEqualTo(4);
        assertThat(end.elapsed()).isLessThan(Duration.ofMinutes(1));
        assertThat(seen).extracting(BatchResult::index).containsExactly(0, 1, 2, 3);
        assertThat(closed).isTrue();
    }

    @Test
    void membersInFlightAreCountedWhileTheRunGoesOn() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            StreamingBatch batch = StreamingBatch.builder(CALC).asOf(Fixtures.AS_OF).executor(pool).maxInFlight(2)
                    .build();
            List<BatchProgress> during = new ArrayList<>();
            batch.run(members(4), Function.identity(), r -> during.add(batch.progress()));
            assertThat(during).hasSize(4).allSatisfy(p -> {
                assertThat(p.inFlight()).isBetween(1, 2);
                assertThat(p.elapsed()).isPositive().isLessThan(Duration.ofMinutes(1));
            });
            assertThat(during).extracting(BatchProgress::done).containsExactly(0L, 1L, 2L, 3L);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anInterruptedCallerStopsTakingMembersAndKeepsItsInterrupt() {
        StreamingBatch batch = StreamingBatch.builder(CALC).asOf(Fixtures.AS_OF).maxInFlight(1).build();
        Iterator<MemberInput> endless = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public MemberInput next() {
                n++;
                return MemberInput.of(MemberProfile.builder("m-" + n).build(), List.of());
            }
        };
        List<BatchResult> seen = new ArrayList<>();
        BatchProgress end;
        try {
            end = batch.run(() -> endless, Function.identity(), r -> {
                seen.add(r);
                if (seen.size() == 3) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(end.cancelled()).isTrue();
        assertThat(end.done()).isEqualTo(3);
        assertThat(seen).hasSize(3);
    }
}
