package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Find: profiles of 3rd-degree and out-of-network members viewed, which reach beyond the existing network. */
public final class OutOfNetworkViewsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.out-of-network-views";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 20;

    /** Creates the rule; stateless. */
    public OutOfNetworkViewsRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.PROFILE_VIEWED, ContactFacet.OUT_OF_NETWORK, TARGET_PER_WEEK, "3rd-degree profile views a week");
    }
}
