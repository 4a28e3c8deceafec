package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.ssi.core.ActivityType.ADVANCED_SEARCH_PERFORMED;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static io.ssi.core.ActivityType.SEARCH_PERFORMED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

final class DaysActiveRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("find.days-active").orElseThrow();
    }

    /** Filtered searches on {@code perWeek} days a week (several a day above 7). */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(ADVANCED_SEARCH_PERFORMED, perWeek);
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

    /** What the rule counts as substantive: measured on every day it was done (its response is another matter). */
    @Test
    void substantiveWorkMakesADayActive() {
        assertThat(StandardModel.SUBSTANTIVE).contains(POST_COMMENTED, MESSAGE_SENT, ADVANCED_SEARCH_PERFORMED)
                .doesNotContain(POST_LIKED, PROFILE_VIEWED, SEARCH_PERFORMED);
        for (ActivityType type : StandardModel.SUBSTANTIVE) {
            RuleInput daily = Logs.log().daily(type, Logs.WINDOW_DAYS, 1).input(profile());
            assertThat(rule().evaluate(daily.context()).evidence().measured()).as("active days of daily %s", type)
                    .isCloseTo(7.0, within(1e-9));
        }
    }

    @Test
    void clicksAndViewsDoNotMakeADayActive() {
        Logs log = Logs.log();
        for (ActivityType type : ActivityType.values()) {
            if (type.isByMember() && type != ActivityType.CUSTOM && !StandardModel.SUBSTANTIVE.contains(type)) {
                log.daily(type, Logs.WINDOW_DAYS, 2);
            }
        }
        assertThat(log.build()).isNotEmpty();
        assertThat(rule().evaluate(log.input(profile()).context()).points()).isZero();
    }

    @Test
    void manyActivitiesOnOneDayAreOneActiveDay() {
        RuleInput once = Logs.log().onDay(ADVANCED_SEARCH_PERFORMED, 3, 1).input(profile());
        RuleInput many = Logs.log().onDay(ADVANCED_SEARCH_PERFORMED, 3, 100).input(profile());
        assertThat(rule().evaluate(many.context()).points()).isEqualTo(rule().evaluate(once.context()).points());
    }
}
