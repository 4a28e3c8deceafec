package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Engage: likes, the lightest engagement, worth the least. */
public final class LikesRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.likes";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 25;

    /** Creates the rule; stateless. */
    public LikesRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.POST_LIKED, ContactFacet.ANY, TARGET_PER_WEEK, "likes a week");
    }
}
