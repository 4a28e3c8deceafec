package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Engage: plain shares, worth less than shares with commentary. */
public final class SharesRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.shares";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 3;

    /** Creates the rule; stateless. */
    public SharesRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.POST_SHARED, ContactFacet.ANY, TARGET_PER_WEEK, "plain shares a week");
    }
}
