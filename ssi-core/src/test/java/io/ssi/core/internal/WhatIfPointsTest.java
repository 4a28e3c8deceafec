package io.ssi.core.internal;

import io.ssi.core.BandThresholds;
import io.ssi.core.Coverage;
import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A what-if's points of one rule: from {@link ScoringRule#points} alone when the rule answers it
 * (no evidence built), rejected where a contribution of them would be; from a checked, scaled
 * contribution for a rule on the default and under a partial coverage; and the most points it
 * can have there, the bound the planner starts a suggestion's gain from.
 */
final class WhatIfPointsTest {

    /** A context no rule of this test reads: any question fails. */
    private static final ScoringContext UNREAD = (ScoringContext) Proxy.newProxyInstance(
            WhatIfPointsTest.class.getClassLoader(), new Class<?>[] {ScoringContext.class}, (proxy, method, args) -> {
                throw new AssertionError("asked " + method.getName());
            });

    /** Awards {@code full} when evaluated and leaves {@link ScoringRule#points} to the default. */
    private static class OnDefault implements ScoringRule {
        final String id;
        final Pillar pillar;
        final double full;
        final AtomicInteger evaluated = new AtomicInteger();

        OnDefault(String id, Pillar pillar, double full) {
            this.id = id;
            this.pillar = pillar;
            this.full = full;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Pillar pillar() {
            return pillar;
        }

        @Override
        public double maxPoints() {
            return 5;
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            evaluated.incrementAndGet();
            return RuleContribution.of(this, full, Evidence.of(full, 5, "points", "{measured} {unit}"));
        }
    }

    /** Awards {@code full} when evaluated and answers {@code alone} for its points; counts both. */
    private static class TwoWays extends OnDefault {
        final double alone;
        final AtomicInteger answered = new AtomicInteger();

        TwoWays(String id, Pillar pillar, double full, double alone) {
            super(id, pillar, full);
            this.alone = alone;
        }

        @Override
        public double points(ScoringContext context) {
            answered.incrementAndGet();
            return alone;
        }
    }

    private static Evaluator evaluator(double[] scale, ScoringRule... rules) {
        return new Evaluator(List.of(rules), "test-1", BandThresholds.standard(), false,
                LoggerFactory.getLogger(WhatIfPointsTest.class), Coverage.full(), scale);
    }

    private static Evaluator evaluator(ScoringRule... rules) {
        return evaluator(new double[] {1, 1, 1, 1}, rules);
    }

    @Test
    void aRuleThatAnswersItsPointsIsNotEvaluatedInAWhatIf() {
        TwoWays rule = new TwoWays("engage.two", Pillar.ENGAGE_WITH_INSIGHTS, 2, 3);
        assertThat(evaluator(rule).whatIfPoints(0, UNREAD)).isEqualTo(3.0);
        assertThat(rule.answered).hasValue(1);
        assertThat(rule.evaluated).hasValue(0);
    }

    @Test
    void pointsOutsideTheRangeFailAsAContributionOfThemWould() {
        for (double bad : new double[] {Double.NaN, -0.0001, 5.0001, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY}) {
            TwoWays rule = new TwoWays("engage.bad", Pillar.ENGAGE_WITH_INSIGHTS, 1, bad);
            assertThat(evaluator(rule).whatIfPoints(0, UNREAD)).as("%s", bad).isNaN();
        }
        for (double edge : new double[] {0, 5}) {
            TwoWays rule = new TwoWays("engage.edge", Pillar.ENGAGE_WITH_INSIGHTS, 1, edge);
            assertThat(evaluator(rule).whatIfPoints(0, UNREAD)).as("%s", edge).isEqualTo(edge);
        }
    }

    @Test
    void underAPartialCoverageAScaledPillarsRuleIsEvaluatedAndScaled() {
        TwoWays scaled = new TwoWays("engage.scaled", Pillar.ENGAGE_WITH_INSIGHTS, 2, 3);
        TwoWays whole = new TwoWays("relationships.whole", Pillar.BUILD_RELATIONSHIPS, 2, 3);
        Evaluator evaluator = evaluator(new double[] {1, 1, 1.5, 1}, scaled, whole);
        assertThat(evaluator.whatIfPoints(0, UNREAD)).isEqualTo(3.0);
        assertThat(scaled.evaluated).hasValue(1);
        assertThat(scaled.answered).hasValue(0);
        assertThat(evaluator.whatIfPoints(1, UNREAD)).as("a pillar the coverage leaves whole").isEqualTo(3.0);
        assertThat(whole.answered).hasValue(1);
        assertThat(whole.evaluated).hasValue(0);
    }

    @Test
    void aWhatIfsBoundIsTheRulesMaximumScaledAsItsPointsAre() {
        // A rule at its maximum of 5, on a pillar scaled by 1.5 and on one left whole.
        OnDefault scaled = new OnDefault("engage.scaled", Pillar.ENGAGE_WITH_INSIGHTS, 5);
        OnDefault whole = new OnDefault("relationships.whole", Pillar.BUILD_RELATIONSHIPS, 5);
        Evaluator evaluator = evaluator(new double[] {1, 1, 1.5, 1}, scaled, whole);
        assertThat(evaluator.whatIfMax(0)).isEqualTo(7.5).isEqualTo(evaluator.whatIfPoints(0, UNREAD));
        assertThat(evaluator.whatIfMax(1)).isEqualTo(5.0).isEqualTo(evaluator.whatIfPoints(1, UNREAD));
    }

    @Test
    void aRuleOnTheDefaultHasItsContributionCheckedAsInAScore() {
        TwoWays misnamed = new TwoWays("engage.misnamed", Pillar.ENGAGE_WITH_INSIGHTS, 2, 3) {
            @Override
            public RuleContribution evaluate(ScoringContext context) {
                return new RuleContribution("engage.other", Pillar.ENGAGE_WITH_INSIGHTS, 2, 5, true,
                        Evidence.of(2, 5, "points", "{measured} {unit}"));
            }

            @Override
            public double points(ScoringContext context) {
                return evaluate(context).points();
            }
        };
        assertThat(evaluator(misnamed).whatIfPoints(0, UNREAD)).as("overridden, so answered as it says")
                .isEqualTo(2.0);
        OnDefault onDefault = new OnDefault("engage.default", Pillar.ENGAGE_WITH_INSIGHTS, 2) {
            @Override
            public RuleContribution evaluate(ScoringContext context) {
                return new RuleContribution("engage.other", Pillar.ENGAGE_WITH_INSIGHTS, 2, 5, true,
                        Evidence.of(2, 5, "points", "{measured} {unit}"));
            }
        };
        assertThat(evaluator(onDefault).whatIfPoints(0, UNREAD)).as("a contribution under another id").isNaN();
        assertThat(Evaluator.answersPoints(onDefault)).isFalse();
        assertThat(Evaluator.answersPoints(misnamed)).isTrue();
        assertThat(Evaluator.answersPoints(new TwoWays("engage.sub", Pillar.ENGAGE_WITH_INSIGHTS, 1, 1) { }))
                .as("inherited by a subclass").isTrue();
        OnDefault plain = new OnDefault("engage.plain", Pillar.ENGAGE_WITH_INSIGHTS, 4);
        assertThat(evaluator(plain).whatIfPoints(0, UNREAD)).as("evaluated, then checked").isEqualTo(4.0);
        assertThat(plain.evaluated).hasValue(1);
    }
}
