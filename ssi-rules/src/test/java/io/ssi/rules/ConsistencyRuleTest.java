package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Set;

import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_SHARED_WITH_COMMENTARY;
import static org.assertj.core.api.Assertions.assertThat;

final class ConsistencyRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.consistency").orElseThrow();
    }

    /** Comments on {@code perWeek} days a week (several a day above 7). */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(POST_COMMENTED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().activeDaysPerWeek(perWeek);
    }

    @Test
    void engagementSpreadOverManyDaysBeatsTheSameEngagementInOneBurst() {
        Logs spread = Logs.log().period(40, 0);
        spread.perWeek(POST_COMMENTED, 7).perWeek(POST_SHARED_WITH_COMMENTARY, 7);
        Logs burst = Logs.log().onDay(POST_COMMENTED, 0, 40).onDay(POST_SHARED_WITH_COMMENTARY, 0, 40);
        assertThat(spread.build()).hasSameSizeAs(burst.build());
        double spreadPoints = rule().evaluate(spread.input(profile()).context()).points();
        double burstPoints = rule().evaluate(burst.input(profile()).context()).points();
        assertThat(spreadPoints).isGreaterThan(2 * burstPoints);
    }

    /** Every day, each item with the engagement that keeps the member's audience quality full. */
    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"POST_COMMENTED", "POST_SHARED_WITH_COMMENTARY",
            "POST_PUBLISHED", "ARTICLE_PUBLISHED", "VIDEO_PUBLISHED", "GROUP_POST_PUBLISHED"})
    void commentingSharingWithCommentaryOrPublishingOnADayMakesItCount(ActivityType type) {
        RuleInput daily = Logs.log().perWeek(type, 7, (int) Response.AUDIENCE_FULL + 1).input(profile());
        assertThat(rule().evaluate(daily.context()).points()).isEqualTo(rule().maxPoints());
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"POST_LIKED", "POST_SHARED", "GROUP_JOINED", "MEMBER_MENTIONED"})
    void clicksDoNotMakeADayEngaged(ActivityType type) {
        RuleInput daily = Logs.log().daily(type, Logs.WINDOW_DAYS, 3).input(profile());
        assertThat(rule().evaluate(daily.context()).points()).isZero();
    }

    @Test
    void otherActivityDoesNotMakeADayEngaged() {
        Set<ActivityType> others = EnumSet.allOf(ActivityType.class);
        others.removeAll(Set.copyOf(((WeeklyRateRule) StandardModel.rule("engage.consistency").orElseThrow()).aggregate().types()));
        Logs log = Logs.log();
        for (ActivityType type : others) {
            log.daily(type, Logs.WINDOW_DAYS, 1);
        }
        assertThat(rule().evaluate(log.input(profile()).context()).points()).isZero();
    }
}
