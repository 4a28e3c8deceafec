package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of a rule that reads one count from the profile ({@link ProfileCountRule}): none
 * earns nothing, the target earns the maximum, less earns less, more earns no more, and activity
 * does not change profile-driven points.
 */
abstract class ProfileCountRuleContract extends ScoringRuleContract {

    /** Sets the count this rule reads; the builder may need other fields raised to stay valid. */
    protected abstract MemberProfile.Builder withCount(MemberProfile.Builder profile, int count);

    protected final int target() {
        return (int) ((StandardRule) rule()).target();
    }

    protected final RuleInput withCount(int count) {
        return RuleInput.profileOnly(withCount(Profiles.member(), count).build());
    }

    @Override
    protected RuleInput saturatingInput() {
        return withCount(target());
    }

    @Test
    void noneEarnsNothing() {
        RuleContribution c = rule().evaluate(withCount(0).context());
        assertThat(c.points()).isZero();
        assertThat(c.evidence().measured()).isZero();
    }

    @Test
    void theTargetEarnsTheMaximumAndMoreEarnsNoMore() {
        ScoringRule rule = rule();
        assertThat(rule.evaluate(withCount(target()).context()).points()).isEqualTo(rule.maxPoints());
        assertThat(rule.evaluate(withCount(target() * 10).context()).points()).isEqualTo(rule.maxPoints());
        assertThat(rule.evaluate(withCount(Integer.MAX_VALUE).context()).points()).isEqualTo(rule.maxPoints());
    }

    @Test
    void fewerThanTheTargetEarnsSomeButNotAll() {
        ScoringRule rule = rule();
        double points = rule.evaluate(withCount(Math.max(1, target() / 2)).context()).points();
        if (target() == 1) {
            assertThat(points).isEqualTo(rule.maxPoints());
        } else {
            assertThat(points).isPositive().isLessThan(rule.maxPoints());
        }
        double oneShort = rule.evaluate(withCount(target() - 1).context()).points();
        assertThat(oneShort).isLessThan(rule.maxPoints());
    }

    @Test
    void activityDoesNotChangeProfilePoints() {
        RuleInput quiet = withCount(Math.max(1, target() / 2));
        RuleInput busy = quiet.withActivities(Busy.LOG);
        assertThat(rule().evaluate(busy.context())).isEqualTo(rule().evaluate(quiet.context()));
    }
}
