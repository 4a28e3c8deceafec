package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Engage: posts in groups where buyers talk; two a month earn all the points. */
public final class GroupPostsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.group-posts";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 0.5;

    /** Creates the rule; stateless. */
    public GroupPostsRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.GROUP_POST_PUBLISHED, ContactFacet.ANY, TARGET_PER_WEEK, "group posts a week");
    }
}
