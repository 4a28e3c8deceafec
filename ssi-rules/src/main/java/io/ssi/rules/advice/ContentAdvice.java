package io.ssi.rules.advice;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Aggregate;
import io.ssi.rules.WeeklyRateRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Brand: publishing. Posts, articles and native video at the standard model's rates, and,
 * for members who already post, content that draws more reactions and comments. Planned
 * content is counted without any engagement, so its gain is what publishing alone earns; the
 * engagement it may draw is the subject of its own advice.
 */
public final class ContentAdvice extends AdviceGenerator {

    /** Post every week. */
    public static final String POST_WEEKLY = "brand.post-weekly";
    /** Publish long-form articles. */
    public static final String PUBLISH_ARTICLES = "brand.publish-articles";
    /** Publish native videos. */
    public static final String PUBLISH_VIDEOS = "brand.publish-videos";
    /** Ask buyers questions to draw more engagement. */
    public static final String SPARK_CONVERSATION = "brand.spark-conversation";

    /** Creates the generator; stateless. */
    public ContentAdvice() {
        super("brand.content", Set.of(POST_WEEKLY, PUBLISH_ARTICLES, PUBLISH_VIDEOS, SPARK_CONVERSATION));
    }

    @Override
    public List<Suggestion> suggest(AdviceContext context) {
        ScoringContext s = context.scoring();
        List<Suggestion> out = new ArrayList<>(levers(context));
        // Engagement can only be won on content: advice for members who already post. One post a
        // week that asks buyers a question and draws the missing engagement.
        double posts = s.weeklyRate(ActivityType.POST_PUBLISHED);
        for (WeeklyRateRule engagement : rules(context, WeeklyRateRule.class,
                r -> r.aggregate().kind() == Aggregate.Kind.ENGAGEMENT
                        && r.aggregate().types().contains(ActivityType.POST_PUBLISHED))) {
            open(context, engagement).filter(c -> posts > 0).ifPresent(c -> {
                double gap = c.evidence().target() - c.evidence().measured();
                int perPost = (int) Math.ceil(gap);
                if (gap >= SMALLEST_GAP) {
                    out.add(Suggestion.builder(engagement.pillar(), SPARK_CONVERSATION)
                            .rules(engagement.id()).activity(ActivityType.POST_PUBLISHED, 1)
                            .messageArgs(c.evidence().measured(), c.evidence().target(), gap)
                            .evidenceArgs(evidence(c))
                            .plan(context.weekly(ActivityType.POST_PUBLISHED, 1, perPost, k -> null)).build());
                }
            });
        }
        return out;
    }
}
