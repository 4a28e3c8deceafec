package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static org.assertj.core.api.Assertions.assertThat;

final class LikesRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.likes").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(POST_LIKED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(POST_LIKED, perWeek);
    }

    @Test
    void aBurstOfFiveHundredLikesInOneDayCountsAsTheDailyCap() {
        double burst = points(Logs.log().onDay(POST_LIKED, 0, 500));
        double cap = points(Logs.log().onDay(POST_LIKED, 0, 20));
        double belowCap = points(Logs.log().onDay(POST_LIKED, 0, 19));
        assertThat(burst).isEqualTo(cap).isGreaterThan(belowCap).isLessThan(rule().maxPoints());
    }

    @Test
    void commentsAreNotLikes() {
        assertThat(points(Logs.log().perWeek(POST_COMMENTED, 100))).isZero();
    }

    private double points(Logs log) {
        return rule().evaluate(log.input(profile()).context()).points();
    }
}
