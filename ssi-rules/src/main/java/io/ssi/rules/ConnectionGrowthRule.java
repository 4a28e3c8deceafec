package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

/**
 * Relationships: new connections, in either direction, weighted toward the people who matter.
 * Each new connection earns one credit, one more if a decision maker and one more if at a
 * target account. Connections won by spray-and-pray outreach are discounted
 * ({@link OutreachQuality}).
 */
public final class ConnectionGrowthRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "relationships.connection-growth";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 6.0;
    /** The weekly credits that earn all the points. */
    public static final double TARGET_PER_WEEK = 15;

    /** Creates the rule; stateless. */
    public ConnectionGrowthRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS,
                ActivityType.CONNECTION_REQUEST_ACCEPTED, ContactFacet.ANY, TARGET_PER_WEEK,
                "connection credits a week (decision makers and target accounts count extra)");
    }

    @Override
    double measure(ScoringContext context) {
        return credits(context, ContactFacet.ANY) + credits(context, ContactFacet.DECISION_MAKER)
                + credits(context, ContactFacet.TARGET_ACCOUNT);
    }

    private static double credits(ScoringContext context, ContactFacet facet) {
        return context.weeklyRate(ActivityType.CONNECTION_REQUEST_ACCEPTED, facet)
                + context.weeklyRate(ActivityType.CONNECTION_INVITE_ACCEPTED, facet);
    }

    @Override
    String qualityReason() {
        return "the acceptance rate of connection requests";
    }

    @Override
    double quality(ScoringContext context) {
        return OutreachQuality.factor(context);
    }
}
