package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.VIDEO_PUBLISHED;
import static io.ssi.core.ActivityType.ARTICLE_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

final class VideoInsightsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.video-insights").orElseThrow();
    }

    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(VIDEO_PUBLISHED, perWeek);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(VIDEO_PUBLISHED, perWeek);
    }

    @Test
    void articlesAreNotVideos() {
        RuleInput other = Logs.log().perWeek(ARTICLE_PUBLISHED, 10 * target()).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
