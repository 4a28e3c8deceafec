package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Find: profiles of prospects viewed. */
public final class ProfileViewsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.profile-views";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 3.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 50;

    /** Creates the rule; stateless. */
    public ProfileViewsRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.PROFILE_VIEWED, ContactFacet.ANY, TARGET_PER_WEEK, "profile views a week");
    }
}
