package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Relationships: introductions requested through shared connections. */
public final class IntroductionsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "relationships.introductions";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 1;

    /** Creates the rule; stateless. */
    public IntroductionsRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS, ActivityType.INTRODUCTION_REQUESTED, ContactFacet.ANY, TARGET_PER_WEEK, "introductions requested a week");
    }
}
