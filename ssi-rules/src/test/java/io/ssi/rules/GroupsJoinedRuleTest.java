package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.GROUP_JOINED;
import static io.ssi.core.ActivityType.GROUP_POST_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

final class GroupsJoinedRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.groups-joined").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(GROUP_JOINED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(GROUP_JOINED, perWeek);
    }

    @Test
    void postingInAGroupIsNotJoiningOne() {
        RuleInput other = Logs.log().perWeek(GROUP_POST_PUBLISHED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
