package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.POST_SHARED_WITH_COMMENTARY;
import static io.ssi.core.ActivityType.POST_SHARED;
import static org.assertj.core.api.Assertions.assertThat;

final class SharesWithCommentaryRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.shares-with-commentary").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(POST_SHARED_WITH_COMMENTARY, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(POST_SHARED_WITH_COMMENTARY, perWeek);
    }

    @Test
    void plainSharesEarnNothingHere() {
        RuleInput other = Logs.log().perWeek(POST_SHARED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
