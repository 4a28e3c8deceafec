package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Find: views of the member's own profile, a sign that the right people are finding them. */
public final class ProfileViewsReceivedRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.profile-views-received";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 30;

    /** Creates the rule; stateless. */
    public ProfileViewsReceivedRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.PROFILE_VIEW_RECEIVED, ContactFacet.ANY, TARGET_PER_WEEK, "profile views received a week");
    }
}
