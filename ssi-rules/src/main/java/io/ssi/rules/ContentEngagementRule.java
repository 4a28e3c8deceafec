package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

/**
 * Brand: the engagement (reactions plus comments) that the member's own posts, articles,
 * videos and group posts received, recency-weighted.
 */
public final class ContentEngagementRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "brand.content-engagement";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 3.0;
    /** The weekly engagement that earns all the points. */
    public static final double TARGET_PER_WEEK = 100;

    /** Creates the rule; stateless. */
    public ContentEngagementRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, ActivityType.POST_PUBLISHED,
                ContactFacet.ANY, TARGET_PER_WEEK, "reactions and comments received a week");
    }

    @Override
    double measure(ScoringContext context) {
        return context.weeklyEngagement(ActivityType.POST_PUBLISHED)
                + context.weeklyEngagement(ActivityType.ARTICLE_PUBLISHED)
                + context.weeklyEngagement(ActivityType.VIDEO_PUBLISHED)
                + context.weeklyEngagement(ActivityType.GROUP_POST_PUBLISHED);
    }
}
