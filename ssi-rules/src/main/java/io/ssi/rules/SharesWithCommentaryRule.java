package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Engage: shares that add the member's own perspective. */
public final class SharesWithCommentaryRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.shares-with-commentary";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 3.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 3;

    /** Creates the rule; stateless. */
    public SharesWithCommentaryRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.POST_SHARED_WITH_COMMENTARY, ContactFacet.ANY, TARGET_PER_WEEK, "shares with commentary a week");
    }
}
