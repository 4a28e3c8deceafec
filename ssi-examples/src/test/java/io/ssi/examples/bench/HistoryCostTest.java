package io.ssi.examples.bench;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.examples.Personas;
import io.ssi.examples.SampleTeam;
import io.ssi.rules.ProfileCountRule;
import io.ssi.rules.ProfileFlagRule;
import io.ssi.rules.StandardModel;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Guards what a year of daily history costs, on {@link HistoryBenchmark}'s workload (the
 * Trained rep kept up for five quarters), in figures that machine load does not disturb: how
 * often the rules run, and the bytes allocated against one score of the same log. CPU time is
 * {@link CpuRatios}' to report; these catch the regressions that would raise it.
 */
final class HistoryCostTest {

    /**
     * A history re-runs a rule only when what it read moved: a profile rule runs once for the
     * whole year, and no rule runs more than once a day. The Trained rep's log moves every
     * activity rule's recency-weighted rate daily, so about 29 of the 45 rules run each day.
     */
    @Test
    void aYearOfHistoryRunsEachProfileRuleOnceAndNoRuleMoreThanOnceADay() {
        Map<String, AtomicInteger> runs = new LinkedHashMap<>();
        List<ScoringRule> counted = new ArrayList<>();
        List<String> profileRules = new ArrayList<>();
        for (ScoringRule rule : StandardModel.rules()) {
            AtomicInteger n = new AtomicInteger();
            runs.put(rule.id(), n);
            counted.add(counting(rule, n));
            if (rule instanceof ProfileCountRule || rule instanceof ProfileFlagRule) {
                profileRules.add(rule.id());
            }
        }
        HistoryBenchmark b = new HistoryBenchmark();
        b.setUp();
        MemberProfile profile = Personas.trainedRep(SampleTeam.AS_OF).profile();
        LocalDate to = LocalDate.ofInstant(SampleTeam.AS_OF, profile.timeZone()).minusDays(1);
        LocalDate from = to.minusDays(HistoryBenchmark.DAYS - 1);
        SsiCalculator calc = SsiCalculator.builder().rules(counted).build();

        List<SsiScore> days = calc.history(profile, b.activities(), from, to);

        assertThat(days).hasSize(HistoryBenchmark.DAYS);
        // The same rules, so the same figures: the last day is the score (to rounding, as a slid window is).
        assertThat(days.get(days.size() - 1).total()).isCloseTo(b.score().total(), within(1e-9));
        assertThat(profileRules).hasSizeGreaterThanOrEqualTo(10);
        for (String id : profileRules) {
            assertThat(runs.get(id)).as(id).hasValue(1);
        }
        int total = 0;
        for (Map.Entry<String, AtomicInteger> e : runs.entrySet()) {
            assertThat(e.getValue().get()).as(e.getKey()).isBetween(1, HistoryBenchmark.DAYS);
            total += e.getValue().get();
        }
        assertThat(total).as("rule runs in %d days", HistoryBenchmark.DAYS)
                .isLessThanOrEqualTo(30 * HistoryBenchmark.DAYS);
    }

    /**
     * Bytes are what a day of history builds (the contributions of the rules that ran, the
     * packed pillars, the score) and what indexing the log once costs. A year allocated 71 scores'
     * bytes before the history borrowed the thread's index tables and stopped recording rules whose
     * reads move daily, and 3.3 to 3.5 MB (about 9 KB a day) before the rules read the window's
     * own sums instead of a copy each day, keyed evidence kept its arguments unboxed and a kept
     * contribution's packed bytes were copied; 2.1 to 2.5 MB (the lower figure once the JIT has
     * removed short-lived objects) before the weekly rates wrote their figures instead of building
     * evidence and contributions to be packed, 1.23 MB (11.6 scores) before a day stopped making
     * empty argument arrays, a pillar map of its own and fresh records of the ignored rows and the
     * data quality, and 1.04 MB since (9.9 scores). One score
     * allocates 107 KB or 197 KB by the same measure, depending on what the JIT has done, so the
     * bound in bytes is the one that catches a day growing its copies again.
     */
    @Test
    void aYearOfHistoryAllocatesLessThanFourteenScoresAndUnderOnePointFourMegabytes() {
        HistoryBenchmark b = new HistoryBenchmark();
        b.setUp();
        long history = leastBytes(b::history, 5);
        long score = leastBytes(b::score, 40);

        assertThat((double) history / score).as("%d bytes / %d bytes", history, score).isLessThan(14.0);
        assertThat(history).as("bytes of a year of history").isLessThan(1_400_000L);
    }

    /** The fewest bytes this thread allocated for one run, over several after a warm-up. */
    private static long leastBytes(Supplier<?> op, int runs) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 2 * runs; i++) {
            long before = mx.getThreadAllocatedBytes(id);
            Object result = op.get();
            long spent = mx.getThreadAllocatedBytes(id) - before;
            assertThat(result).isNotNull();
            if (i >= runs) {
                least = Math.min(least, spent);
            }
        }
        return least;
    }

    private static ScoringRule counting(ScoringRule rule, AtomicInteger runs) {
        return new ScoringRule() {
            @Override
            public String id() {
                return rule.id();
            }

            @Override
            public Pillar pillar() {
                return rule.pillar();
            }

            @Override
            public double maxPoints() {
                return rule.maxPoints();
            }

            @Override
            public RuleContribution evaluate(ScoringContext context) {
                runs.incrementAndGet();
                return rule.evaluate(context);
            }
        };
    }
}
