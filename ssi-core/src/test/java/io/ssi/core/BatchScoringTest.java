package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class BatchScoringTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

    /** Half a point per comment a week, up to 25. */
    static class CommentRateRule implements ScoringRule {
        @Override
        public String id() {
            return "engage.comment-rate";
        }

        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return 25;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            double rate = context.weeklyRate(ActivityType.POST_COMMENTED);
            return RuleContribution.of(this, Math.min(25, rate / 2), Evidence.of(rate, 50, "comments a week", ""));
        }
    }

    private static final SsiCalculator CALC = SsiCalculator.builder().addRule(new CommentRateRule()).build();

    /** A CRM row: a member id, a comment count, and a connection count that may be invalid. */
    record Row(String id, int comments, int connections) {
    }

    private static MemberInput map(Row row) {
        MemberProfile p = MemberProfile.builder(row.id()).connections(row.connections()).build();
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < row.comments(); i++) {
            log.add(Activity.builder(ActivityType.POST_COMMENTED, AS_OF.minusSeconds(3_600L * 7 * i))
                    .id(row.id() + "-" + i).build());
        }
        return MemberInput.of(p, log);
    }

    private static List<Row> rows(int n) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row("rep-" + i, (i * 37) % 200, i % 17 == 5 ? -1 : 100));
        }
        return rows;
    }

    @Test
    void aBatchEqualsScoringOneByOneInParallelToo() throws Exception {
        List<Row> rows = rows(300);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<BatchResult> parallel = CALC.scoreAll(rows, BatchScoringTest::map, AS_OF, pool);
            List<BatchResult> serial = CALC.scoreAll(rows, BatchScoringTest::map, AS_OF, Runnable::run);
            assertThat(parallel).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                BatchResult r = parallel.get(i);
                assertThat(r.index()).isEqualTo(i);
                assertThat(r.score()).isEqualTo(serial.get(i).score());
                if (rows.get(i).connections() < 0) {
                    assertThat(r.succeeded()).isFalse();
                    assertThat(r.memberId()).isEmpty();
                    assertThat(r.failure().orElseThrow()).isInstanceOf(IllegalArgumentException.class)
                            .hasMessage("connections must be >= 0, but was -1");
                } else {
                    MemberInput in = map(rows.get(i));
                    assertThat(r.score()).contains(CALC.score(in.profile(), in.activities(), AS_OF));
                    assertThat(r.memberId()).contains(rows.get(i).id());
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFailingMemberIsReportedWithoutLosingTheOthers() {
        MemberInput good = map(new Row("good", 3, 1));
        List<MemberInput> inputs = new ArrayList<>();
        inputs.add(good);
        inputs.add(null);
        inputs.add(map(new Row("also-good", 5, 1)));
        List<BatchResult> results = CALC.scoreAll(inputs, AS_OF);
        assertThat(results).extracting(BatchResult::succeeded).containsExactly(true, false, true);
        assertThat(results.get(1).failure().orElseThrow()).isInstanceOf(NullPointerException.class).hasMessage("record");
        assertThat(results.get(2).memberId()).contains("also-good");
    }

    @Test
    void aRuleFailingInStrictModeFailsOnlyItsMember() {
        ScoringRule picky = new CommentRateRule() {
            @Override
            public RuleContribution evaluate(ScoringContext context) {
                if (context.profile().id().equals("bad")) {
                    throw new IllegalStateException("cannot score bad");
                }
                return super.evaluate(context);
            }
        };
        SsiCalculator strict = SsiCalculator.builder().addRule(picky).strict(true).build();
        List<BatchResult> results = strict.scoreAll(List.of(map(new Row("good", 1, 1)), map(new Row("bad", 1, 1))),
                AS_OF);
        assertThat(results.get(0).succeeded()).isTrue();
        assertThat(results.get(1).failure().orElseThrow()).isInstanceOf(RuleEvaluationException.class);
        assertThat(results.get(1).memberId()).contains("bad");
    }

    @Test
    void badBatchArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> CALC.scoreAll(null, AS_OF)).hasMessage("records");
        assertThatThrownBy(() -> CALC.scoreAll(List.of(), null)).hasMessage("asOf");
        assertThatThrownBy(() -> CALC.scoreAll(List.of(), Function.identity(), AS_OF, null)).hasMessage("executor");
        assertThatThrownBy(() -> CALC.scoreAll(List.<MemberInput>of(), null, AS_OF, Runnable::run)).hasMessage("mapper");
        assertThatThrownBy(() -> new BatchResult(0, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty())).hasMessageContaining("not neither");
        assertThatThrownBy(() -> MemberInput.of(MemberProfile.builder("m").build(), null)).hasMessage("activities");
    }
}
