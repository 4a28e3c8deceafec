package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

final class ArticlesRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.articles").orElseThrow();
    }

    /** Items that each drew the engagement that credits one item. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(ARTICLE_PUBLISHED, perWeek, (int) StandardModel.ENGAGEMENT_PER_ITEM);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(ARTICLE_PUBLISHED, perWeek)
                .engagement(ARTICLE_PUBLISHED, perWeek * StandardModel.ENGAGEMENT_PER_ITEM);
    }

    @Test
    void postsAreNotArticles() {
        RuleInput other = Logs.log().perWeek(POST_PUBLISHED, 10 * target(), 100).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
