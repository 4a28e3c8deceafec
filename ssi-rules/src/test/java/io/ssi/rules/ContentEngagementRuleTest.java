package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

final class ContentEngagementRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.content-engagement").orElseThrow();
    }

    /** A post every day, each receiving a seventh of the weekly engagement. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(POST_PUBLISHED, 7, (int) Math.round(perWeek / 7));
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().engagement(POST_PUBLISHED, perWeek);
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"POST_PUBLISHED", "ARTICLE_PUBLISHED", "VIDEO_PUBLISHED",
            "GROUP_POST_PUBLISHED"})
    void engagementOnEveryKindOfContentCounts(ActivityType type) {
        RuleInput input = Logs.log().perWeek(type, 1, 40).input(profile());
        assertThat(rule().evaluate(input.context()).points()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"POST_PUBLISHED", "ARTICLE_PUBLISHED", "VIDEO_PUBLISHED",
            "GROUP_POST_PUBLISHED"}, mode = EnumSource.Mode.EXCLUDE)
    void engagementOnAnythingButContentIsIgnored(ActivityType type) {
        RuleInput input = Logs.log().perWeek(type, 3, 1000).input(profile());
        assertThat(rule().evaluate(input.context()).points()).isZero();
    }

    @Test
    void contentNobodyEngagedWithEarnsNothing() {
        RuleInput input = Logs.log().perWeek(POST_PUBLISHED, 10).input(profile());
        assertThat(rule().evaluate(input.context()).points()).isZero();
    }
}
