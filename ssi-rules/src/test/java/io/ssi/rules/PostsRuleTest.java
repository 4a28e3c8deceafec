package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static io.ssi.core.ActivityType.GROUP_POST_PUBLISHED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

final class PostsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.posts").orElseThrow();
    }

    /** Items that each drew the engagement that credits one item. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(POST_PUBLISHED, perWeek, (int) StandardModel.ENGAGEMENT_PER_ITEM);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(POST_PUBLISHED, perWeek)
                .engagement(POST_PUBLISHED, perWeek * StandardModel.ENGAGEMENT_PER_ITEM);
    }

    @Test
    void postsCountOnlyAsFarAsTheirEngagementPaysFor() {
        int perItem = (int) StandardModel.ENGAGEMENT_PER_ITEM;
        double ignored = points(Logs.log().perWeek(POST_PUBLISHED, 1).input(profile()));
        double half = points(Logs.log().perWeek(POST_PUBLISHED, 1, perItem / 2).input(profile()));
        double credited = points(Logs.log().perWeek(POST_PUBLISHED, 1, perItem).input(profile()));
        assertThat(ignored).as("a post nobody reacted to").isZero();
        assertThat(credited).isPositive();
        assertThat(half).isCloseTo(credited / 2, within(0.02 * credited));
    }

    @Test
    void aViralPostCountsAsOnePost() {
        int perItem = (int) StandardModel.ENGAGEMENT_PER_ITEM;
        double credited = points(Logs.log().perWeek(POST_PUBLISHED, 1, perItem).input(profile()));
        double viral = points(Logs.log().perWeek(POST_PUBLISHED, 1, 500).input(profile()));
        assertThat(viral).isEqualTo(credited);
        RuleContribution one = rule().evaluate(Logs.log().onDay(POST_PUBLISHED, 3, 1).input(profile()).context());
        RuleInput oneViral = RuleInput.of(profile(), List.of(Activity.builder(POST_PUBLISHED, Logs.AS_OF.minusSeconds(86_400))
                .id("viral").engagement(100_000).build()));
        assertThat(one.points()).isZero();
        assertThat(points(oneViral)).as("one viral post is one post, not a season of them")
                .isLessThan(rule().maxPoints() / 4).isPositive();
    }

    private double points(RuleInput input) {
        return rule().evaluate(input.context()).points();
    }

    @Test
    void articlesAndGroupPostsAreNotPosts() {
        RuleInput other = Logs.log().perWeek(ARTICLE_PUBLISHED, 5).perWeek(GROUP_POST_PUBLISHED, 5).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
