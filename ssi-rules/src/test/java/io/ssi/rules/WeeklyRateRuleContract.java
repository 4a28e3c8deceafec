package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The contract of a rule that measures a recency-weighted weekly rate against a weekly target
 * ({@link WeeklyRateRule}): nothing earns nothing, the target earns the maximum, below it the
 * points follow the square root of the share of the target, steady activity at the target earns
 * about the maximum, and activity older than the window earns nothing.
 */
abstract class WeeklyRateRuleContract extends ScoringRuleContract {

    /** Writes activity that this rule measures, at {@code perWeek} a week. */
    protected abstract void write(Logs log, double perWeek);

    /** A context in which this rule measures exactly {@code perWeek}, and nothing scales it down. */
    protected abstract StubContext measuring(double perWeek);

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
    void aQuarterOfTheTargetEarnsHalfThePoints() {
        ScoringRule rule = rule();
        assertThat(rule.evaluate(measuring(target() / 4)).points()).isEqualTo(rule.maxPoints() / 2);
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
