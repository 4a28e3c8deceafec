package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.ssi.core.ActivityType.SEARCH_PERFORMED;
import static org.assertj.core.api.Assertions.assertThat;

final class DaysActiveRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.days-active").orElseThrow();
    }

    /** Activity on {@code perWeek} days a week (several a day above 7). */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(SEARCH_PERFORMED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().activeDaysPerWeek(perWeek);
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"PROFILE_VIEW_RECEIVED", "MESSAGE_REPLY_RECEIVED",
            "INMAIL_REPLY_RECEIVED", "CONNECTION_REQUEST_ACCEPTED"})
    void whatOthersDoDoesNotMakeTheMemberActive(ActivityType type) {
        RuleInput daily = Logs.log().daily(type, Logs.WINDOW_DAYS, 3).input(profile());
        assertThat(rule().evaluate(daily.context()).points()).isZero();
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"PROFILE_VIEW_RECEIVED", "MESSAGE_REPLY_RECEIVED",
            "INMAIL_REPLY_RECEIVED", "CONNECTION_REQUEST_ACCEPTED", "CUSTOM"}, mode = EnumSource.Mode.EXCLUDE)
    void anythingTheMemberDoesMakesADayActive(ActivityType type) {
        RuleInput daily = Logs.log().daily(type, Logs.WINDOW_DAYS, 1).input(profile());
        assertThat(rule().evaluate(daily.context()).points()).isEqualTo(rule().maxPoints());
    }

    @Test
    void manyActivitiesOnOneDayAreOneActiveDay() {
        RuleInput once = Logs.log().onDay(SEARCH_PERFORMED, 3, 1).input(profile());
        RuleInput many = Logs.log().onDay(SEARCH_PERFORMED, 3, 100).input(profile());
        assertThat(rule().evaluate(many.context()).points()).isEqualTo(rule().evaluate(once.context()).points());
    }
}
