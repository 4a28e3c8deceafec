package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Brand: posts published, thought leadership beyond the job description. */
public final class PostsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "brand.posts";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 3.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 3;

    /** Creates the rule; stateless. */
    public PostsRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, ActivityType.POST_PUBLISHED, ContactFacet.ANY, TARGET_PER_WEEK, "posts a week");
    }
}
