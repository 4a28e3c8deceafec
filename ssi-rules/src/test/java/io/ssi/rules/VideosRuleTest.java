package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.VIDEO_PUBLISHED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

final class VideosRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("brand.videos").orElseThrow();
    }

    /** Items that each drew the engagement that credits one item. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(VIDEO_PUBLISHED, perWeek, (int) StandardModel.ENGAGEMENT_PER_ITEM);
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(VIDEO_PUBLISHED, perWeek)
                .engagement(VIDEO_PUBLISHED, perWeek * StandardModel.ENGAGEMENT_PER_ITEM);
    }

    @Test
    void postsAreNotVideos() {
        RuleInput other = Logs.log().perWeek(POST_PUBLISHED, 10 * target(), 100).input(profile());
        assertThat(rule().evaluate(other.context()).points()).isZero();
    }
}
