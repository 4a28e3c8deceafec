package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Find: leads saved. */
public final class LeadsSavedRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.leads-saved";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 4.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 10;

    /** Creates the rule; stateless. */
    public LeadsSavedRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.LEAD_SAVED, ContactFacet.ANY, TARGET_PER_WEEK, "leads saved a week");
    }
}
