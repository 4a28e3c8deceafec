package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static io.ssi.core.ActivityType.GROUP_POST_PUBLISHED;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code engage.audience}: the reactions and comments the member's own content received, the
 * engagement others give back, as opposed to the engagement the member gives.
 */
final class AudienceRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.audience").orElseThrow();
    }

    /** A post every day, each receiving a seventh of the weekly engagement (below the per-item cap). */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(POST_PUBLISHED, 7, (int) Math.round(perWeek / 7));
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().engagement(POST_PUBLISHED, perWeek);
    }

    @ParameterizedTest
    @EnumSource(value = ActivityType.class, names = {"POST_PUBLISHED", "ARTICLE_PUBLISHED", "VIDEO_PUBLISHED"})
    void engagementOnEveryKindOfContentCounts(ActivityType type) {
        RuleInput input = Logs.log().perWeek(type, 1, 15).input(profile());
        assertThat(rule().evaluate(input.context()).points()).isPositive();
    }

    /** A group post earns in engage.group-posts; counting its engagement here too would let one item move engage twice. */
    @Test
    void groupPostsEarnInTheirOwnRule() {
        RuleInput input = Logs.log().perWeek(GROUP_POST_PUBLISHED, 1, 15).input(profile());
        assertThat(rule().evaluate(input.context()).points()).isZero();
    }

    @Test
    void theMembersOwnEngagementIsNotAnAudience() {
        RuleInput input = Logs.log().perWeek(POST_COMMENTED, 50).perWeek(POST_PUBLISHED, 3).input(profile());
        assertThat(rule().evaluate(input.context()).points()).isZero();
    }

    @Test
    void oneItemCountsForNoMoreThanTheEngagementCap() {
        RuleInput capped = RuleInput.of(profile(), List.of(post("capped", 20)));
        RuleInput viral = RuleInput.of(profile(), List.of(post("viral", 1_000_000)));
        double points = rule().evaluate(capped.context()).points();
        assertThat(points).isPositive();
        assertThat(rule().evaluate(viral.context()).points()).isEqualTo(points);
    }

    private static Activity post(String id, int engagement) {
        return Activity.builder(POST_PUBLISHED, Logs.AS_OF.minusSeconds(86_400)).id(id).engagement(engagement).build();
    }
}
