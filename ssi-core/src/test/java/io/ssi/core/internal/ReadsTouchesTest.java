package io.ssi.core.internal;

import io.ssi.core.ActivityType;
import io.ssi.core.Coverage;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Reads.Touches}, the what-if's note of what a rule reads: method by method of
 * {@link ScoringContext} it answers what the context it wraps answers, and what it notes
 * touches exactly what the recorder's reads of the same call touch. A touch it missed would
 * let the planner keep a rule's points that a suggestion followed had moved.
 */
final class ReadsTouchesTest {

    private static final MemberProfile PROFILE = ReadsRecorderTest.PROFILE;
    private static final long PARTS = 1L << Coverage.ProfileFact.CONNECTIONS.ordinal();

    private static Object argument(Class<?> type) {
        return ReadsRecorderTest.argument(type);
    }

    private static Object answer(Class<?> type) {
        return ReadsRecorderTest.answer(type, 0);
    }

    private static ScoringContext context() {
        InvocationHandler h = (proxy, method, args) -> switch (method.getName()) {
            case "toString" -> "test context";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "shared" -> ((ToDoubleFunction<ScoringContext>) args[0]).applyAsDouble((ScoringContext) proxy);
            default -> answer(method.getReturnType());
        };
        return (ScoringContext) Proxy.newProxyInstance(ReadsTouchesTest.class.getClassLoader(),
                new Class<?>[] {ScoringContext.class}, h);
    }

    /** One footprint for each thing a footprint can touch, on its own. */
    private static List<Footprint> probes() {
        List<Footprint> probes = new ArrayList<>();
        for (int s = 0; s < ActivityIndex.T * ActivityIndex.F; s++) {
            Footprint f = new Footprint();
            f.slot(s);
            probes.add(f);
        }
        for (int t = 0; t < ActivityIndex.T; t++) {
            Footprint days = new Footprint();
            days.days(1 << t);
            Footprint distinct = new Footprint();
            distinct.distinct(t);
            Footprint engagement = new Footprint();
            engagement.engagement(t);
            probes.addAll(List.of(days, distinct, engagement));
        }
        Footprint connections = new Footprint();
        connections.flag(Footprint.CONNECTIONS);
        probes.add(connections);
        for (int p = 0; p < 64; p++) {
            Footprint f = new Footprint();
            f.profile(1L << p);
            probes.add(f);
        }
        return probes;
    }

    private static void assertSameTouches(Footprint touched, Footprint recorded) {
        List<Footprint> probes = probes();
        for (int i = 0; i < probes.size(); i++) {
            assertThat(touched.meets(probes.get(i))).as("probe %d", i).isEqualTo(recorded.meets(probes.get(i)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.ssi.core.internal.ReadsRecorderTest#reads")
    void everyReadIsPassedOnAndTouchesWhatItsRecordTouches(Method read) throws Exception {
        Object[] args = Arrays.stream(read.getParameterTypes()).map(ReadsTouchesTest::argument).toArray();
        ScoringContext base = context();
        Reads.Touches touches = new Reads.Touches().start(base, PARTS);
        assertThat(read.invoke(touches, args)).as("what the wrapped context answered")
                .isEqualTo(read.invoke(base, args));
        Reads.Recorder recorder = Reads.recorder(base);
        read.invoke(recorder, args);
        assertSameTouches(touches.touched(), recorder.reads().footprint(PARTS));
    }

    /** A figure that counts how often it is computed, reading the profile and one count. */
    private static final class Counted implements ToDoubleFunction<ScoringContext> {
        int computed;

        @Override
        public double applyAsDouble(ScoringContext c) {
            computed++;
            return c.count(ActivityType.POST_LIKED, ContactFacet.DECISION_MAKER) + c.profile().connections();
        }
    }

    @Test
    void aSharedFigureIsComputedOncePerContextAndTouchesForEveryRuleThatAsksForIt() {
        ScoringContext base = context();
        Counted figure = new Counted();
        Reads.Touches touches = new Reads.Touches();
        Reads.Recorder recorder = Reads.recorder(base);
        recorder.shared(figure);
        Footprint recorded = recorder.reads().footprint(PARTS);
        int before = figure.computed;

        double first = touches.start(base, PARTS).shared(figure);
        assertSameTouches(touches.touched(), recorded);
        // Another rule of the same what-if: the value and the touches again, not computed again.
        touches.start(base, PARTS).distinctContacts(ActivityType.POST_SHARED);
        Footprint alone = touches.touched();
        double second = touches.start(base, PARTS).shared(figure);
        assertThat(second).isEqualTo(first).isEqualTo(12.0);
        assertSameTouches(touches.touched(), recorded);
        assertThat(figure.computed - before).as("computed in the one context").isEqualTo(1);
        Footprint invite = new Footprint();
        invite.distinct(ActivityType.POST_SHARED.ordinal());
        assertThat(alone.meets(invite)).isTrue();
        assertThat(touches.touched().meets(invite)).as("a fresh note for each rule").isFalse();

        // Another context: computed again.
        touches.start(context(), PARTS).shared(figure);
        assertThat(figure.computed - before).isEqualTo(2);
    }
}
