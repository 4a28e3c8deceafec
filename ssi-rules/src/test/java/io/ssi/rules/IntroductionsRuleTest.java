package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.INTRODUCTION_REQUESTED;
import static io.ssi.core.ActivityType.MEMBER_MENTIONED;
import static org.assertj.core.api.Assertions.assertThat;

final class IntroductionsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.introductions").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(INTRODUCTION_REQUESTED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(INTRODUCTION_REQUESTED, perWeek);
    }

    @Test
    void mentionsAreNotIntroductions() {
        RuleInput other = Logs.log().perWeek(MEMBER_MENTIONED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
