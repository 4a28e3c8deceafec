package io.ssi.rules;

import io.ssi.core.Seniority;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static io.ssi.core.ActivityType.PROFILE_VIEW_RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;

final class ProfileViewsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.profile-views").orElseThrow();
    }

    /** What the rule measures, and outcomes enough for prospecting to count in full. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.withOutcomes();
        log.perWeek(PROFILE_VIEWED, perWeek, k -> k % 2 == 0 ? null : log.contact(Seniority.SENIOR, null, 2));
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().withOutcomes().rate(PROFILE_VIEWED, perWeek);
    }

    @Test
    void everyViewCountsWhoeverWasViewed() {
        Logs anonymous = Logs.log();
        anonymous.perWeek(PROFILE_VIEWED, 20);
        Logs prospects = Logs.log();
        prospects.perWeek(PROFILE_VIEWED, 20, k -> prospects.contact(Seniority.values()[k % 9], "acme", k % 4));
        assertThat(rule().evaluate(prospects.input(profile()).context()).points())
                .isEqualTo(rule().evaluate(anonymous.input(profile()).context()).points()).isPositive();
    }

    @Test
    void viewsReceivedAreNotViewsMade() {
        RuleInput received = Logs.log().perWeek(PROFILE_VIEW_RECEIVED, 100).input(profile());
        assertThat(rule().evaluate(received.context()).points()).isZero();
    }
}
