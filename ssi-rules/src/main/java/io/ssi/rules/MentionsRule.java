package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Relationships: mentions of others in posts and comments. */
public final class MentionsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "relationships.mentions";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 3;

    /** Creates the rule; stateless. */
    public MentionsRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS, ActivityType.MEMBER_MENTIONED, ContactFacet.ANY, TARGET_PER_WEEK, "mentions a week");
    }
}
