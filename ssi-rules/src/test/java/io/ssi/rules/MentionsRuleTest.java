package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.MEMBER_MENTIONED;
import static io.ssi.core.ActivityType.INTRODUCTION_REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

final class MentionsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.mentions").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(MEMBER_MENTIONED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(MEMBER_MENTIONED, perWeek);
    }

    @Test
    void introductionsAreNotMentions() {
        RuleInput other = Logs.log().perWeek(INTRODUCTION_REQUESTED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
