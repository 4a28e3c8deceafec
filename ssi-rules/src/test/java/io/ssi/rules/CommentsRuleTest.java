package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static org.assertj.core.api.Assertions.assertThat;

final class CommentsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.comments").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(POST_COMMENTED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(POST_COMMENTED, perWeek);
    }

    @Test
    void likesAreNotComments() {
        RuleInput likes = Logs.log().perWeek(POST_LIKED, 50).input(profile());
        assertThat(rule().evaluate(likes.context()).points()).isZero();
    }
}
