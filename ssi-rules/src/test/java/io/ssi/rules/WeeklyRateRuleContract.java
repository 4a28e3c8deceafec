package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The contract of a rule that measures a recency-weighted weekly rate against a weekly target
 * ({@link WeeklyRateRule}): nothing earns nothing, the target earns the maximum, below it the
 * points follow the rule's {@link Curve} of the share of the target, a poor response scales them
 * as the rule's {@link Scaling} says (and no more), steady activity at the target earns about
 * the maximum, and activity older than the window earns nothing.
 */
abstract class WeeklyRateRuleContract extends ScoringRuleContract {

    /** Writes activity that this rule measures, at {@code perWeek} a week. */
    protected abstract void write(Logs log, double perWeek);

    /**
     * A context in which this rule measures exactly {@code perWeek}, and nothing scales it down:
     * the member's {@linkplain Response#quality response quality} is 1, and prospecting rules see
     * enough outcomes ({@link StubContext#withOutcomes()}).
     */
    protected abstract StubContext measuring(double perWeek);

    /** @return the curve the rule's points follow below the target: the rule's own */
    protected Curve curve() {
        return ((WeeklyRateRule) rule()).curve();
    }

    /** @return how the rule's points are scaled for the member's response: the rule's own */
    protected Scaling scaling() {
        return ((WeeklyRateRule) rule()).scaling();
    }

    /**
     * Adds a poor response to a context without touching what the rule measures: by default a
     * thousand connection requests of which none was accepted.
     */
    protected StubContext poorResponse(StubContext context) {
        return context.count(ActivityType.CONNECTION_REQUEST_SENT, 1000);
    }

    /** The profile the inputs use; a member with a job title unless a rule needs more. */
    protected MemberProfile profile() {
        return Profiles.member().build();
    }

    protected final double target() {
        return ((StandardRule) rule()).target();
    }

    /** Steady activity at the given rate over the standard window. */
    protected final RuleInput steady(double perWeek) {
        Logs log = Logs.log();
        write(log, perWeek);
        return log.input(profile());
    }

    @Override
    protected RuleInput saturatingInput() {
        return steady(3 * target());
    }

    @Test
    void noActivityEarnsNothing() {
        RuleContribution c = rule().evaluate(RuleInput.profileOnly(Profiles.complete()).context());
        assertThat(c.points()).isZero();
        assertThat(c.evidence().measured()).isZero();
    }

    @Test
    void exactlyTheTargetRateEarnsTheMaximum() {
        ScoringRule rule = rule();
        RuleContribution c = rule.evaluate(measuring(target()));
        assertThat(c.points()).isEqualTo(rule.maxPoints());
        assertThat(c.evidence().measured()).isEqualTo(target());
        assertThat(c.evidence().target()).isEqualTo(target());
    }

    @Test
    void belowTheTargetThePointsFollowTheRulesCurve() {
        ScoringRule rule = rule();
        double previous = 0;
        for (double share : new double[] {0.25, 0.5, 0.75}) {
            RuleContribution c = rule.evaluate(measuring(share * target()));
            double expected = switch (curve()) {
                case LINEAR -> share;
                case EASED -> share * (2 - share);
                case SQUARE_ROOT -> Math.sqrt(share);
                case LOGARITHMIC -> throw new AssertionError("a weekly rate has no logarithmic curve");
            };
            assertThat(c.evidence().measured()).isCloseTo(share * target(), within(1e-9 * target()));
            assertThat(c.points()).as("points at %s of the target", share)
                    .isCloseTo(rule.maxPoints() * expected, within(1e-9))
                    .isCloseTo(rule.maxPoints() * curve().share(share * target(), target(), 1), within(1e-9))
                    .isGreaterThan(previous).isLessThan(rule.maxPoints());
            previous = c.points();
        }
    }

    @Test
    void aPoorResponseScalesThePointsAsTheRulesScalingSays() {
        ScoringRule rule = rule();
        StubContext poor = poorResponse(measuring(target()));
        double factor = Response.factor(scaling(), poor);
        RuleContribution c = rule.evaluate(poor);
        assertThat(c.evidence().measured()).isEqualTo(target());
        assertThat(c.points()).isCloseTo(rule.maxPoints() * factor, within(1e-9));
        if (scaling() == Scaling.NONE) {
            assertThat(factor).isEqualTo(1.0);
            assertThat(c.points()).as("an outcome or a measure that holds the response is never scaled")
                    .isEqualTo(rule.maxPoints());
        } else {
            assertThat(factor).isLessThan(0.6).isGreaterThanOrEqualTo(scaling().floor());
            assertThat(c.evidence().key()).isEqualTo(rule.id() + ".scaled");
            assertThat(c.explanation()).contains("response");
        }
    }

    @Test
    void tenTimesTheTargetEarnsNoMoreThanTheTarget() {
        ScoringRule rule = rule();
        assertThat(rule.evaluate(measuring(10 * target())).points()).isEqualTo(rule.maxPoints());
    }

    @Test
    void steadyActivityAtTheTargetEarnsAboutTheMaximum() {
        RuleContribution c = rule().evaluate(steady(target()).context());
        assertThat(c.evidence().measured()).isCloseTo(target(), within(0.15 * target()));
        assertThat(c.points()).isGreaterThanOrEqualTo(0.9 * rule().maxPoints());
    }

    @Test
    void activityOlderThanTheWindowEarnsNothing() {
        Logs log = Logs.log().period(Logs.WINDOW_DAYS, Logs.WINDOW_DAYS);
        write(log, 3 * target());
        assertThat(log.build()).isNotEmpty();
        assertThat(rule().evaluate(log.input(profile()).context()).points()).isZero();
    }

    @Test
    void aMonthOfSilenceLowersThePointsGradually() {
        double active = rule().evaluate(steady(target()).context()).points();
        Logs log = Logs.log().period(Logs.WINDOW_DAYS - 30, 30);
        write(log, target());
        double lapsed = rule().evaluate(log.input(profile()).context()).points();
        assertThat(lapsed).isLessThan(active).isGreaterThan(active / 4);
    }
}
