package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The streaming batch as a nightly job uses it: results equal {@code scoreAll}, memory is
 * bounded by the members in flight, a plugin's error fails only its member, and a run can be
 * cancelled or stopped without losing what it handed over.
 */
final class StreamingBatchTest {

    private static final SsiCalculator PROBES = Probes.calculator().build();

    /** A CRM row: a member and the seed of their log; a negative seed maps to an invalid profile. */
    record Row(String id, long seed, int rows) {
    }

    private static MemberInput map(Row row) {
        MemberProfile p = MemberProfile.builder(row.id()).connections(row.seed() < 0 ? -1 : 300)
                .targetAccounts(Probes.ACCOUNTS).build();
        return MemberInput.of(p, LogGenerator.log(row.seed(), row.rows(), daysBefore(AS_OF, 100),
                AS_OF.plusSeconds(86_400)));
    }

    private static List<Row> org(long seed, int members) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            long s = random.nextInt(7) == 0 ? -1 - random.nextInt(100) : random.nextInt(1_000_000);
            rows.add(new Row("rep-" + i, s, random.nextInt(40)));
        }
        return rows;
    }

    /** Collects what a run hands over; the batch calls it one result at a time. */
    private static final class Sink implements java.util.function.Consumer<BatchResult> {
        final List<BatchResult> results = new ArrayList<>();

        @Override
        public void accept(BatchResult r) {
            results.add(r);
        }

        List<BatchResult> inInputOrder() {
            List<BatchResult> sorted = new ArrayList<>(results);
            sorted.sort(Comparator.comparingInt(BatchResult::index));
            return sorted;
        }
    }

    @Test
    void streamingEqualsScoreAllOnRandomOrganisations() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            qt().withExamples(Examples.of(25))
                    .forAll(longs().all(), integers().between(0, 40), integers().between(1, 8))
                    .checkAssert((seed, members, maxInFlight) -> {
                        List<Row> org = org(seed, members);
                        List<BatchResult> expected = PROBES.scoreAll(org, StreamingBatchTest::map, AS_OF, Runnable::run);
                        Sink sink = new Sink();
                        BatchProgress progress = StreamingBatch.builder(PROBES).asOf(AS_OF).executor(pool)
                                .maxInFlight(maxInFlight).build().run(org, StreamingBatchTest::map, sink);

                        List<BatchResult> actual = sink.inInputOrder();
                        assertThat(actual).hasSize(expected.size());
                        for (int i = 0; i < expected.size(); i++) {
                            BatchResult e = expected.get(i);
                            BatchResult a = actual.get(i);
                            assertThat(a.index()).isEqualTo(i);
                            assertThat(a.memberId()).isEqualTo(e.memberId());
                            assertThat(a.score()).isEqualTo(e.score());
                            assertThat(a.failure().map(Object::getClass)).isEqualTo(e.failure().map(Object::getClass));
                            assertThat(CompactResult.of(a, PROBES.modelVersion()))
                                    .isEqualTo(CompactResult.of(e, PROBES.modelVersion()));
                        }
                        long failures = expected.stream().filter(r -> !r.succeeded()).count();
                        assertThat(progress.done()).isEqualTo((long) members);
                        assertThat(progress.failed()).isEqualTo(failures);
                        assertThat(progress.inFlight()).isZero();
                        assertThat(progress.cancelled()).isFalse();
                    });
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void onTheCallingThreadResultsComeInInputOrderFromAStreamToo() {
        List<Row> org = org(5, 30);
        Sink sink = new Sink();
        StreamingBatch.builder(PROBES).asOf(AS_OF).build().run(org.stream(), StreamingBatchTest::map, sink);

        assertThat(sink.results).extracting(BatchResult::index).containsExactlyElementsOf(
                IntStream.range(0, 30).boxed().toList());
    }

    @Test
    void theCompactResultKeepsTotalPillarsBandAndVersion() {
        MemberInput in = map(new Row("rep", 3, 30));
        SsiScore s = PROBES.score(in.profile(), in.activities(), AS_OF);
        CompactResult c = CompactResult.of(BatchResult.scored(4, s), "ignored-for-scores");

        assertThat(c.index()).isEqualTo(4);
        assertThat(c.memberId()).contains("rep");
        assertThat(c.total()).isEqualTo(s.total());
        for (Pillar p : Pillar.values()) {
            assertThat(c.pillar(p)).isEqualTo(s.pillar(p).points());
        }
        assertThat(c.band()).contains(s.band());
        assertThat(c.modelVersion()).isEqualTo(s.modelVersion());
        assertThat(c.failure()).isEmpty();

        CompactResult failed = CompactResult.of(BatchResult.failed(5, java.util.Optional.empty(),
                new IllegalArgumentException("connections must be >= 0, but was -1")), "v1");
        assertThat(failed.succeeded()).isFalse();
        assertThat(failed.band()).isEmpty();
        assertThat(failed.modelVersion()).isEqualTo("v1");
        assertThat(failed.failure().orElseThrow()).startsWith("java.lang.IllegalArgumentException");
        assertThatThrownBy(() -> new CompactResult(0, java.util.Optional.empty(), 101, 25, 25, 25, 25,
                java.util.Optional.of(ScoreBand.LEADER), "v", java.util.Optional.empty()))
                .hasMessage("total must be between 0 and 100, but was 101.0");
    }

    @Test
    void cancellingStopsTakingMembersAndKeepsWhatWasHandedOver() {
        List<Row> org = org(7, 200);
        AtomicInteger taken = new AtomicInteger();
        Iterable<Row> counted = () -> new Iterator<>() {
            private final Iterator<Row> it = org.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                taken.incrementAndGet();
                return it.next();
            }
        };
        StreamingBatch batch = StreamingBatch.builder(PROBES).asOf(AS_OF).build();
        List<BatchResult> handed = new ArrayList<>();
        BatchProgress progress = batch.run(counted, StreamingBatchTest::map, r -> {
            handed.add(r);
            if (handed.size() == 10) {
                batch.cancel();
            }
        });

        assertThat(handed).hasSize(10);
        assertThat(taken.get()).isEqualTo(10);
        assertThat(progress.cancelled()).isTrue();
        assertThat(progress.done()).isEqualTo(10);
        assertThat(batch.progress()).isEqualTo(progress);
        assertThatThrownBy(() -> batch.run(org, StreamingBatchTest::map, r -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("runs once");
    }

    @Test
    void cancellingFromAnotherThreadLetsTheMembersInFlightFinish() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            StreamingBatch batch = StreamingBatch.builder(PROBES).asOf(AS_OF).executor(pool).maxInFlight(4).build();
            List<BatchResult> handed = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger taken = new AtomicInteger();
            Function<Row, MemberInput> mapper = row -> {
                taken.incrementAndGet();
                return map(row);
            };
            AtomicInteger handedWhenCancelled = new AtomicInteger();
            Thread canceller = new Thread(() -> {
                while (handed.size() < 20) {
                    Thread.onSpinWait();
                }
                batch.cancel();
                handedWhenCancelled.set(handed.size());
            });
            canceller.start();
            batch.run(org(9, 100_000), mapper, handed::add);
            canceller.join();

            // Only the members already in flight when cancel() returned may still be handed over.
            assertThat(handed.size()).isBetween(20, handedWhenCancelled.get() + 4);
            assertThat(handed.size()).isLessThan(1_000);
            assertThat(handed.size()).isEqualTo(taken.get());
            assertThat(batch.progress().done()).isEqualTo(handed.size());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void noMoreThanMaxInFlightMembersAreTakenAheadOfTheConsumer() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            int maxInFlight = 5;
            AtomicInteger taken = new AtomicInteger();
            AtomicInteger handed = new AtomicInteger();
            AtomicInteger mostAhead = new AtomicInteger();
            List<Row> org = org(11, 300);
            Iterable<Row> counted = () -> new Iterator<>() {
                private final Iterator<Row> it = org.iterator();

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Row next() {
                    mostAhead.accumulateAndGet(taken.incrementAndGet() - handed.get(), Math::max);
                    return it.next();
                }
            };
            StreamingBatch batch = StreamingBatch.builder(PROBES).asOf(AS_OF).executor(pool).maxInFlight(maxInFlight)
                    .build();
            AtomicInteger mostInFlight = new AtomicInteger();
            batch.run(counted, StreamingBatchTest::map, r -> {
                mostInFlight.accumulateAndGet(batch.progress().inFlight(), Math::max);
                handed.incrementAndGet();
            });

            assertThat(handed.get()).isEqualTo(300);
            assertThat(mostAhead.get()).isBetween(2, maxInFlight);
            assertThat(mostInFlight.get()).isBetween(1, maxInFlight);
        } finally {
            pool.shutdown();
        }
        assertThat(StreamingBatch.DEFAULT_MAX_IN_FLIGHT).isEqualTo(StreamingBatch.builder(PROBES).build().maxInFlight());
        assertThatThrownBy(() -> StreamingBatch.builder(PROBES).maxInFlight(0))
                .hasMessage("maxInFlight must be >= 1, but was 0");
    }

    /** A plugin rule that fails in the given way for the member called "bad". */
    private static ScoringRule failingFor(Function<String, Throwable> failure) {
        return new ScoringRule() {
            @Override
            public String id() {
                return "engage.fragile";
            }

            @Override
            public Pillar pillar() {
                return Pillar.ENGAGE_WITH_INSIGHTS;
            }

            @Override
            public double maxPoints() {
                return 10;
            }

            @Override
            public RuleContribution evaluate(ScoringContext context) {
                if (context.profile().id().startsWith("bad")) {
                    Throwable t = failure.apply(context.profile().id());
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
                return RuleContribution.of(this, 1, Evidence.of(1, 1, "ok", ""));
            }
        };
    }

    private static MemberInput member(String id) {
        return MemberInput.of(MemberProfile.builder(id).build(), List.of());
    }

    @Test
    void anErrorFromAPluginRuleFailsOnlyItsMember() {
        SsiCalculator calc = SsiCalculator.builder().addRule(failingFor(id -> new StackOverflowError())).build();
        Sink sink = new Sink();
        List<MemberInput> org = List.of(member("good-1"), member("bad-1"), member("good-2"));
        BatchProgress progress = StreamingBatch.builder(calc).asOf(AS_OF).build().run(org, Function.identity(), sink);

        assertThat(sink.results).extracting(BatchResult::succeeded).containsExactly(true, false, true);
        assertThat(sink.results.get(1).failure().orElseThrow()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("StackOverflowError").cause()
                .hasMessageContaining(StackOverflowError.class.getName()).hasMessageContaining("message withheld");
        assertThat(sink.results.get(1).memberId()).contains("bad-1");
        assertThat(progress.failed()).isEqualTo(1);
        assertThat(progress.scored()).isEqualTo(2);

        Sink linkage = new Sink();
        StreamingBatch.builder(calc).asOf(AS_OF).build().run(List.of("good", "broken", "good-too"), id -> {
            if (id.equals("broken")) {
                throw new NoClassDefFoundError("com/example/Missing");
            }
            return member(id);
        }, linkage);
        assertThat(linkage.results).extracting(BatchResult::succeeded).containsExactly(true, false, true);
        assertThat(linkage.results.get(1).failure().orElseThrow()).hasCauseInstanceOf(NoClassDefFoundError.class);
    }

    @Test
    void runningOutOfMemoryStopsTheRunCleanly() {
        SsiCalculator calc = SsiCalculator.builder()
                .addRule(failingFor(id -> new OutOfMemoryError("Java heap space"))).build();
        List<MemberInput> org = List.of(member("good-1"), member("good-2"), member("bad"), member("good-3"));
        Sink sink = new Sink();
        StreamingBatch batch = StreamingBatch.builder(calc).asOf(AS_OF).build();

        assertThatThrownBy(() -> batch.run(org, Function.identity(), sink))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("after handing over 2 members")
                .hasMessageContaining("java.lang.OutOfMemoryError")
                .hasCauseInstanceOf(OutOfMemoryError.class);
        assertThat(sink.results).extracting(r -> r.memberId().orElseThrow()).containsExactly("good-1", "good-2");
        assertThat(batch.progress().inFlight()).isZero();
    }

    @Test
    void aFailingConsumerOrARefusingExecutorStopsTheRun() {
        List<Row> org = org(13, 20);
        assertThatThrownBy(() -> StreamingBatch.builder(PROBES).asOf(AS_OF).build().run(org, StreamingBatchTest::map,
                r -> {
                    if (r.index() == 3) {
                        throw new IllegalStateException("database down");
                    }
                })).isInstanceOf(IllegalStateException.class).hasMessage("database down");

        ExecutorService shut = Executors.newSingleThreadExecutor();
        shut.shutdown();
        assertThatThrownBy(() -> StreamingBatch.builder(PROBES).asOf(AS_OF).executor(shut).build()
                .run(org, StreamingBatchTest::map, r -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("executor refused")
                .hasCauseInstanceOf(RejectedExecutionException.class);
    }
}
