package io.ssi.rules;

import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.GROUP_POST_PUBLISHED;
import static io.ssi.core.ActivityType.GROUP_JOINED;
import static org.assertj.core.api.Assertions.assertThat;

final class GroupPostsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.group-posts").orElseThrow();
    }

    /** Group posts that each drew the engagement that keeps the member's audience quality full. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(GROUP_POST_PUBLISHED, perWeek, (int) Response.AUDIENCE_FULL + 1);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(GROUP_POST_PUBLISHED, perWeek)
                .engagement(GROUP_POST_PUBLISHED, perWeek * (Response.AUDIENCE_FULL + 1));
    }

    @Test
    void groupPostsNobodyAnsweredAreScaledForTheAudienceTheyFound() {
        double answered = rule().evaluate(steady(target()).context()).points();
        RuleContribution ignored = rule().evaluate(Logs.log().perWeek(GROUP_POST_PUBLISHED, target() * 4)
                .input(profile()).context());
        assertThat(ignored.points()).isLessThan(answered).isPositive();
        assertThat(ignored.evidence().key()).isEqualTo("engage.group-posts.scaled");
    }

    @Test
    void joiningAGroupIsNotPostingInIt() {
        RuleInput other = Logs.log().perWeek(GROUP_JOINED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
