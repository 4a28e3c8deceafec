package io.ssi.core.internal;

import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read recorder, method by method of {@link ScoringContext}: it answers what the context it
 * wraps answers, and it records the answer, so that a context that answers that one read
 * differently is told apart and a context that answers alike is not. A read it forgot to
 * record would let the advisor and the history keep a contribution that should have changed.
 */
final class ReadsRecorderTest {

    static final MemberProfile PROFILE = MemberProfile.builder("m").connections(5).build();
    private static final MemberProfile OTHER_PROFILE = MemberProfile.builder("m").connections(6).build();
    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");

    static Stream<Method> reads() {
        return Arrays.stream(ScoringContext.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                // A shared figure is no read of its own: the recorder records the figure's reads
                // (SharedFiguresTest).
                .filter(m -> !m.getName().equals("shared"))
                .sorted(Comparator.comparing(Method::toString));
    }

    /** An argument of the type, for calling any method of {@link ScoringContext}. */
    static Object argument(Class<?> type) {
        if (type == ActivityType.class) {
            return ActivityType.POST_COMMENTED;
        }
        if (type == ContactFacet.class) {
            return ContactFacet.values()[ContactFacet.values().length - 1];
        }
        if (type == String.class) {
            return "acme";
        }
        if (type == Set.class) {
            return Set.of(ActivityType.POST_LIKED, ActivityType.POST_COMMENTED);
        }
        if (type == int.class) {
            return 3;
        }
        if (type == double.class) {
            return 2.5;
        }
        throw new AssertionError("no argument for " + type);
    }

    /** An answer of the method's type; {@code variant} 1 gives another one. */
    static Object answer(Class<?> type, int variant) {
        if (type == int.class) {
            return 7 + variant;
        }
        if (type == double.class) {
            return 1.25 + variant;
        }
        if (type == long.class) {
            return 11L + variant;
        }
        if (type == MemberProfile.class) {
            return variant == 0 ? PROFILE : OTHER_PROFILE;
        }
        if (type == Instant.class) {
            return AS_OF.plusSeconds(variant);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 11, 30).plusDays(variant);
        }
        throw new AssertionError("no answer of " + type);
    }

    /**
     * A context that answers every read with variant 0, except {@code changed} and its overloads
     * (the recorder may ask {@code count(type, ANY)} for {@code count(type)}), answered with variant 1.
     */
    private static ScoringContext context(Method changed) {
        InvocationHandler h = (proxy, method, args) -> switch (method.getName()) {
            case "toString" -> "test context";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> answer(method.getReturnType(),
                    changed != null && method.getName().equals(changed.getName()) ? 1 : 0);
        };
        return (ScoringContext) Proxy.newProxyInstance(ReadsRecorderTest.class.getClassLoader(),
                new Class<?>[] {ScoringContext.class}, h);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void everyReadIsPassedOnAndRecorded(Method read) throws Exception {
        Object[] args = Arrays.stream(read.getParameterTypes()).map(ReadsRecorderTest::argument).toArray();
        ScoringContext base = context(null);
        Reads.Recorder recorder = Reads.recorder(base);
        Object answer = read.invoke(recorder, args);
        assertThat(answer).as("what the wrapped context answered").isEqualTo(read.invoke(base, args));
        Reads reads = recorder.reads();
        assertThat(reads.size()).as("reads recorded").isPositive();
        assertThat(reads.sameIn(context(null))).as("a context that answers alike").isTrue();
        assertThat(reads.sameIn(context(read))).as("a context that answers this read otherwise").isFalse();
        Method unrelated = reads().filter(m -> m.getName().equals("taperDays") && !m.equals(read)).findFirst()
                .orElse(null);
        if (unrelated != null && !read.getName().equals("taperDays")) {
            assertThat(reads.sameIn(context(unrelated))).as("a context that differs only in a read not made").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reads")
    void recordingAgainForgetsTheEarlierReads(Method read) throws Exception {
        Object[] args = Arrays.stream(read.getParameterTypes()).map(ReadsRecorderTest::argument).toArray();
        Reads reads = Reads.empty();
        for (int i = 0; i < 5; i++) {
            read.invoke(reads.record(context(null)), args);
        }
        int once = reads.size();
        read.invoke(reads.record(context(null)), args);
        assertThat(reads.size()).as("the same reads again").isEqualTo(once);
        assertThat(reads.sameIn(context(read))).isFalse();
    }
}
