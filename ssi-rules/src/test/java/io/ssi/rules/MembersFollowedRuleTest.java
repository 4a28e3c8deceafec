package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.MEMBER_FOLLOWED;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;

final class MembersFollowedRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.members-followed").orElseThrow();
    }

    /** What the rule measures, and outcomes enough for prospecting to count in full. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.withOutcomes();
        log.perWeek(MEMBER_FOLLOWED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().withOutcomes().rate(MEMBER_FOLLOWED, perWeek);
    }

    @Test
    void viewingAProfileIsNotFollowingIt() {
        RuleInput other = Logs.log().perWeek(PROFILE_VIEWED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
