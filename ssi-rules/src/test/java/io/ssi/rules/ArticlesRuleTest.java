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

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(ARTICLE_PUBLISHED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(ARTICLE_PUBLISHED, perWeek);
    }

    @Test
    void postsAreNotArticles() {
        RuleInput other = Logs.log().perWeek(POST_PUBLISHED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
