package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link ScoringContext#shared}: the engine's context computes a figure once and answers it
 * again, figure by figure, for as many figures as it keeps; the recorder computes it from
 * itself, so that the figure's reads are the rule's; the SPI's default computes it each time.
 */
final class SharedFiguresTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-30T23:59:59Z");
    private static final MemberProfile MEMBER = MemberProfile.builder("m").timeZone(ZoneId.of("UTC")).build();

    private static WindowContext context(int likes) {
        long lastDay = ActivityIndex.localDay(MEMBER, CUTOFF);
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < likes; i++) {
            log.add(Activity.builder(ActivityType.POST_LIKED, CUTOFF.minusSeconds(86_400L * i)).id("like-" + i).build());
        }
        return Window.full(ActivityIndex.build(MEMBER, log, lastDay - 89, 90, CUTOFF, true), ScoringOptions.defaults())
                .snapshot(CUTOFF);
    }

    /** A figure that counts how often it is computed: the likes plus its own offset. */
    private static final class Counted implements ToDoubleFunction<ScoringContext> {
        final double offset;
        int computed;

        Counted(double offset) {
            this.offset = offset;
        }

        @Override
        public double applyAsDouble(ScoringContext c) {
            computed++;
            return c.count(ActivityType.POST_LIKED) + offset;
        }
    }

    @Test
    void theEngineKeepsEachFigureItIsAskedForOnce() {
        WindowContext c = context(3);
        List<Counted> figures = new ArrayList<>();
        for (int i = 0; i < WindowContext.SHARED; i++) {
            figures.add(new Counted(10 * i));
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < figures.size(); i++) {
                assertThat(c.shared(figures.get(i))).as("figure %d", i).isEqualTo(3.0 + 10 * i);
            }
        }
        for (Counted f : figures) {
            assertThat(f.computed).as("computed once").isEqualTo(1);
        }
        // Past the figures it keeps, a figure is computed at every call, and still right.
        Counted more = new Counted(0.5);
        assertThat(c.shared(more)).isEqualTo(3.5);
        assertThat(c.shared(more)).isEqualTo(3.5);
        assertThat(more.computed).isEqualTo(2);
        assertThat(figures.get(0).computed).as("the first is still kept").isEqualTo(1);
    }

    @Test
    void eachContextComputesItsOwnFigures() {
        Counted f = new Counted(0);
        assertThat(context(2).shared(f)).isEqualTo(2.0);
        assertThat(context(5).shared(f)).isEqualTo(5.0);
        assertThat(f.computed).isEqualTo(2);
    }

    @Test
    void aFigureMayAskForAnotherAndBothAreKept() {
        WindowContext c = context(4);
        Counted inner = new Counted(1);
        int[] outerComputed = {0};
        ToDoubleFunction<ScoringContext> outer = x -> {
            outerComputed[0]++;
            return 2 * x.shared(inner);
        };
        assertThat(c.shared(outer)).isEqualTo(10.0);
        assertThat(c.shared(outer)).isEqualTo(10.0);
        assertThat(c.shared(inner)).isEqualTo(5.0);
        assertThat(outerComputed[0]).isEqualTo(1);
        assertThat(inner.computed).isEqualTo(1);
    }

    @Test
    void aMissingFigureIsNamed() {
        assertThatThrownBy(() -> context(1).shared(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("figure");
    }

    @Test
    void theRecorderRecordsWhatTheFigureReads() {
        Counted f = new Counted(0);
        WindowContext base = context(3);
        Reads.Recorder recorder = Reads.recorder(base);
        assertThat(recorder.shared(f)).isEqualTo(3.0);
        assertThat(recorder.shared(f)).isEqualTo(3.0);
        assertThat(f.computed).as("from the recorder, each time").isEqualTo(2);
        assertThat(recorder.reads().size()).isEqualTo(2);
        assertThat(recorder.reads().sameIn(context(3))).isTrue();
        assertThat(recorder.reads().sameIn(context(4))).as("other likes").isFalse();
    }

    @Test
    void theDefaultComputesTheFigureAtEveryCall() {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (method.getName().equals("count")) {
                return 7;
            }
            throw new AssertionError("asked " + method.getName());
        };
        ScoringContext c = (ScoringContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ScoringContext.class}, h);
        Counted f = new Counted(1);
        assertThat(c.shared(f)).isEqualTo(8.0);
        assertThat(c.shared(f)).isEqualTo(8.0);
        assertThat(f.computed).isEqualTo(2);
    }
}
