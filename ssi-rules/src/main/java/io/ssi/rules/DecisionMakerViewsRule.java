package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Find: profiles of decision makers (VP and above) viewed; more credit than any view. */
public final class DecisionMakerViewsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.decision-maker-views";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 4.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 25;

    /** Creates the rule; stateless. */
    public DecisionMakerViewsRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.PROFILE_VIEWED, ContactFacet.DECISION_MAKER, TARGET_PER_WEEK, "decision-maker profile views a week");
    }
}
