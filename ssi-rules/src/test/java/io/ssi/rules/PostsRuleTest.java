package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static io.ssi.core.ActivityType.GROUP_POST_PUBLISHED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

final class PostsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.posts").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(POST_PUBLISHED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(POST_PUBLISHED, perWeek);
    }

    @Test
    void postsCountWhateverTheEngagementTheyReceived() {
        RuleInput ignored = Logs.log().perWeek(POST_PUBLISHED, 1).input(profile());
        RuleInput popular = Logs.log().perWeek(POST_PUBLISHED, 1, 500).input(profile());
        assertThat(rule().evaluate(popular.context()).points())
                .isEqualTo(rule().evaluate(ignored.context()).points()).isPositive();
    }

    @Test
    void articlesAndGroupPostsAreNotPosts() {
        RuleInput other = Logs.log().perWeek(ARTICLE_PUBLISHED, 5).perWeek(GROUP_POST_PUBLISHED, 5).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
