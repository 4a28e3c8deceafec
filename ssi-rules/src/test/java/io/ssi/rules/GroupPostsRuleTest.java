package io.ssi.rules;

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

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(GROUP_POST_PUBLISHED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(GROUP_POST_PUBLISHED, perWeek);
    }

    @Test
    void joiningAGroupIsNotPostingInIt() {
        RuleInput other = Logs.log().perWeek(GROUP_JOINED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
