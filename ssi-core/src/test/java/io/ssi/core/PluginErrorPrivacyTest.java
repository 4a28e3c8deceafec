package io.ssi.core;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A plugin rule that throws an {@link Error} whose message quotes the member's headline: an
 * assertion or a stack overflow, which no mode turns into a rule failure (a linkage error is a
 * rule failure like any exception). The failure a batch reports, and everything a caller could
 * log of it (messages, causes, the printed stack trace), carries no trace of the headline,
 * whether the batch runs on the caller's thread, on a pool or streams. The error's classes and
 * stack traces survive, so that the failure can still be diagnosed. An error from the caller's
 * own mapper is the caller's to keep.
 */
final class PluginErrorPrivacyTest {

    private static final String MARKER = "HEADLINE-MARKER-c0de";

    private static MemberProfile quoted(String id) {
        return MemberProfile.builder(id).headline("Closing deals " + MARKER + " since 2009").build();
    }

    /** A rule that fails with {@code error}, made from the member's headline, for members called "bad...". */
    private static ScoringRule failingWith(Function<String, Error> error, AtomicReference<Error> thrown) {
        return new TestRule("engage.careless-plugin", Pillar.ENGAGE_WITH_INSIGHTS, 5, (r, c) -> {
            if (c.profile().id().startsWith("bad")) {
                Error e = error.apply(c.profile().headline());
                thrown.set(e);
                throw e;
            }
            return RuleContribution.of(r, 1, Evidence.of(1, 5, "ok", "{measured}"));
        });
    }

    static List<Arguments> errors() {
        List<Arguments> cases = new ArrayList<>();
        List<Arguments> kinds = List.of(
                arguments("an assertion", (Function<String, Error>) h -> new AssertionError("expected a short headline: " + h)),
                arguments("a stack overflow", (Function<String, Error>) h -> new StackOverflowError("deep in " + h)),
                arguments("an assertion with a cause", (Function<String, Error>) h -> new AssertionError("outer",
                        new IllegalArgumentException("cannot parse " + h))));
        for (Arguments kind : kinds) {
            for (boolean strict : new boolean[] {false, true}) {
                cases.add(arguments(kind.get()[0] + (strict ? ", strict" : ", lenient"), kind.get()[1], strict));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void aPluginErrorInABatchCarriesNoPersonalData(String how, Function<String, Error> error, boolean strict) {
        AtomicReference<Error> thrown = new AtomicReference<>();
        SsiCalculator calc = SsiCalculator.builder().addRule(failingWith(error, thrown)).strict(strict).build();
        List<MemberInput> members = List.of(MemberInput.of(quoted("good-1"), List.of()),
                MemberInput.of(quoted("bad-1"), List.of()), MemberInput.of(quoted("good-2"), List.of()));

        List<BatchResult> onCaller = calc.scoreAll(members, Fixtures.AS_OF);
        assertReportedWithoutTheMessage(onCaller, thrown.getAndSet(null));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<BatchResult> onPool = calc.scoreAll(members, m -> m, Fixtures.AS_OF, pool);
            assertReportedWithoutTheMessage(onPool, thrown.getAndSet(null));
        } finally {
            pool.shutdown();
        }

        List<BatchResult> streamed = new ArrayList<>();
        StreamingBatch.builder(calc).asOf(Fixtures.AS_OF).build().run(members, Function.identity(),
                r -> {
                    synchronized (streamed) {
                        streamed.add(r);
                    }
                });
        streamed.sort(java.util.Comparator.comparingInt(BatchResult::index));
        assertReportedWithoutTheMessage(streamed, thrown.get());
        assertThat(CompactResult.of(streamed.get(1), calc.modelVersion()).toString()).doesNotContain(MARKER);
    }

    private static void assertReportedWithoutTheMessage(List<BatchResult> results, Error thrown) {
        assertThat(thrown).as("the rule threw").isNotNull();
        assertThat(results).extracting(BatchResult::succeeded).containsExactly(true, false, true);
        RuntimeException failure = results.get(1).failure().orElseThrow();
        assertThat(failure).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("scoring failed with " + thrown.getClass().getName());
        assertThat(results.get(1).memberId()).contains("bad-1");
        assertThat(results.get(1).toString()).doesNotContain(MARKER);

        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(MARKER).contains(thrown.getClass().getName())
                .contains("PluginErrorPrivacyTest");
        int depth = 0;
        Throwable original = thrown;
        for (Throwable c = failure.getCause(); c != null; c = c.getCause(), original = original.getCause()) {
            assertThat(String.valueOf(c.getMessage())).doesNotContain(MARKER).contains(original.getClass().getName());
            assertThat(c.toString()).doesNotContain(MARKER);
            assertThat(c.getLocalizedMessage()).doesNotContain(MARKER);
            assertThat(c.getStackTrace()).isNotEmpty().isEqualTo(original.getStackTrace());
            depth++;
        }
        assertThat(original).as("every cause of the error has its stand-in").isNull();
        assertThat(depth).isEqualTo(thrown.getCause() == null ? 1 : 2);
    }

    /**
     * Scored directly (not in a batch), the error reaches the caller, whose logs print it with
     * its stack trace: it is of the rule's error's class and names the rule, but none of the
     * messages, its own or its causes', comes from the plugin.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void aPluginErrorThroughADirectCallCarriesNoPersonalData(String how, Function<String, Error> error,
                                                             boolean strict) {
        AtomicReference<Error> thrown = new AtomicReference<>();
        SsiCalculator calc = SsiCalculator.builder().addRule(failingWith(error, thrown)).strict(strict).build();
        MemberProfile bad = quoted("bad-1");
        java.time.LocalDate day = java.time.LocalDate.ofInstant(Fixtures.AS_OF, bad.timeZone());
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> calls = List.of(
                () -> calc.score(bad, List.of(), Fixtures.AS_OF),
                () -> calc.history(bad, List.of(), day.minusDays(2), day));
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable call : calls) {
            Throwable caught = org.assertj.core.api.Assertions.catchThrowable(call);
            Error original = thrown.getAndSet(null);
            assertThat(original).as("the rule threw").isNotNull();
            assertThat(caught).isExactlyInstanceOf(original.getClass()).hasMessage("rule engage.careless-plugin failed"
                    + " with " + original.getClass().getName() + " (message withheld: it may quote personal data)");
            assertThat(caught.getStackTrace()).isEqualTo(original.getStackTrace());
            StringWriter trace = new StringWriter();
            caught.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(MARKER).contains("PluginErrorPrivacyTest");
            Throwable c = caught.getCause();
            for (Throwable o = original.getCause(); o != null; o = o.getCause(), c = c.getCause()) {
                assertThat(c).as("a stand-in for " + o).isNotNull();
                assertThat(c.getMessage()).doesNotContain(MARKER).contains(o.getClass().getName());
                assertThat(c.getStackTrace()).isEqualTo(o.getStackTrace());
            }
            assertThat(c).as("no stand-in without an original").isNull();
        }
    }

    /** A rule that throws {@code e} for members called "bad...". */
    private static ScoringRule throwing(RuntimeException e) {
        return new TestRule("engage.careless-plugin", Pillar.ENGAGE_WITH_INSIGHTS, 5, (r, c) -> {
            if (c.profile().id().startsWith("bad")) {
                throw e;
            }
            return RuleContribution.of(r, 1, Evidence.of(1, 5, "ok", "{measured}"));
        });
    }

    @org.junit.jupiter.api.Test
    void aLongChainOfCausesIsCutAfterEightStandIns() {
        RuntimeException e = new IllegalStateException("cause 12 of " + MARKER);
        for (int i = 11; i >= 0; i--) {
            e = new IllegalStateException(i == 0 ? "top " + MARKER : "cause " + i + " of " + MARKER, e);
        }
        SsiCalculator calc = SsiCalculator.builder().addRule(throwing(e)).strict(true).build();
        Throwable caught = org.assertj.core.api.Assertions.catchThrowable(
                () -> calc.score(quoted("bad-1"), List.of(), Fixtures.AS_OF));
        assertThat(caught).isInstanceOf(RuleEvaluationException.class);
        List<Throwable> standIns = new ArrayList<>();
        for (Throwable c = caught.getCause(); c != null; c = c.getCause()) {
            standIns.add(c);
        }
        assertThat(standIns).as("the exception and eight of its causes").hasSize(9);
        Throwable original = e;
        for (Throwable c : standIns) {
            assertThat(c.getMessage()).doesNotContain(MARKER).startsWith(original.getClass().getName());
            assertThat(c.getStackTrace()).isEqualTo(original.getStackTrace());
            original = original.getCause();
        }
    }

    @org.junit.jupiter.api.Test
    void aPluginExceptionWithoutAStackTraceIsStillWithheld() {
        RuntimeException bare = new RuntimeException("no trace, but " + MARKER, null, false, false) {
            private static final long serialVersionUID = 1L;
        };
        SsiCalculator lenient = SsiCalculator.builder().addRule(throwing(bare)).build();
        SsiScore score = lenient.score(quoted("bad-1"), List.of(), Fixtures.AS_OF);
        assertThat(score.failures()).singleElement().satisfies(f -> assertThat(f.cause())
                .isEqualTo(bare.getClass().getName() + " (message withheld: it may quote personal data)"));

        SsiCalculator strict = SsiCalculator.builder().addRule(throwing(bare)).strict(true).build();
        Throwable caught = org.assertj.core.api.Assertions.catchThrowable(
                () -> strict.score(quoted("bad-1"), List.of(), Fixtures.AS_OF));
        assertThat(caught).isInstanceOf(RuleEvaluationException.class).hasMessageNotContaining(MARKER);
        assertThat(caught.getCause().getMessage()).doesNotContain(MARKER).startsWith(bare.getClass().getName());
    }

    static List<Arguments> mapperErrors() {
        return List.of(arguments("an assertion", (Supplier<Error>) () -> new AssertionError("mapper: row 7 is odd")),
                arguments("a linkage error", (Supplier<Error>) () -> new NoClassDefFoundError("com/example/Missing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mapperErrors")
    void anErrorFromTheCallersMapperIsItsCauseAsThrown(String how, Supplier<Error> error) {
        Error thrown = error.get();
        SsiCalculator calc = SsiCalculator.builder().addRule(failingWith(h -> new AssertionError(h),
                new AtomicReference<>())).build();
        List<BatchResult> results = calc.scoreAll(List.of("good-1", "broken", "good-2"), id -> {
            if (id.equals("broken")) {
                throw thrown;
            }
            return MemberInput.of(quoted(id), List.of());
        }, Fixtures.AS_OF, Runnable::run);

        assertThat(results).extracting(BatchResult::succeeded).containsExactly(true, false, true);
        assertThat(results.get(1).memberId()).isEmpty();
        assertThat(results.get(1).failure().orElseThrow()).isInstanceOf(IllegalStateException.class)
                .hasMessage("mapping failed with " + thrown.getClass().getName()).hasCause(thrown);
        assertThat(results.get(1).failure().orElseThrow().getCause()).isSameAs(thrown);
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneakyThrow(Throwable t) throws E {
        throw (E) t;
    }

    @org.junit.jupiter.api.Test
    void aCheckedExceptionSneakedOutOfTheMapperFailsItsMemberAlone() {
        java.io.IOException checked = new java.io.IOException("row 7 unreadable");
        SsiCalculator calc = SsiCalculator.builder().addRule(failingWith(h -> new AssertionError(h),
                new AtomicReference<>())).build();
        List<BatchResult> results = calc.scoreAll(List.of("good-1", "broken"), id -> {
            if (id.equals("broken")) {
                sneakyThrow(checked);
            }
            return MemberInput.of(quoted(id), List.of());
        }, Fixtures.AS_OF, Runnable::run);
        assertThat(results).extracting(BatchResult::succeeded).containsExactly(true, false);
        assertThat(results.get(1).failure().orElseThrow())
                .isInstanceOf(java.lang.reflect.UndeclaredThrowableException.class)
                .hasMessage("the mapper threw the checked java.io.IOException").hasCause(checked);
    }
}
