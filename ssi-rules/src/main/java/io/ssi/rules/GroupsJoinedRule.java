package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Engage: groups joined where buyers talk; about one a month earns all the points. */
public final class GroupsJoinedRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.groups-joined";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 0.25;

    /** Creates the rule; stateless. */
    public GroupsJoinedRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.GROUP_JOINED, ContactFacet.ANY, TARGET_PER_WEEK, "groups joined a week");
    }
}
