package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Find: members followed, people met through posts and content. */
public final class MembersFollowedRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.members-followed";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 5;

    /** Creates the rule; stateless. */
    public MembersFollowedRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.MEMBER_FOLLOWED, ContactFacet.ANY, TARGET_PER_WEEK, "members followed a week");
    }
}
