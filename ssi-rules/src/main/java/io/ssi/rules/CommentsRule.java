package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Engage: comments on others' posts, the engagement that carries the most insight. */
public final class CommentsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.comments";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 6.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 10;

    /** Creates the rule; stateless. */
    public CommentsRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.POST_COMMENTED, ContactFacet.ANY, TARGET_PER_WEEK, "comments a week");
    }
}
