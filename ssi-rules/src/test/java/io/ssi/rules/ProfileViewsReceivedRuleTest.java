package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.PROFILE_VIEW_RECEIVED;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;

final class ProfileViewsReceivedRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.profile-views-received").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(PROFILE_VIEW_RECEIVED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(PROFILE_VIEW_RECEIVED, perWeek);
    }

    @Test
    void viewsMadeAreNotViewsReceived() {
        RuleInput other = Logs.log().perWeek(PROFILE_VIEWED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
