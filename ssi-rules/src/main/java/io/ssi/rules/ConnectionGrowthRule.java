package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

/**
 * Relationships: new connections, in either direction, weighted toward the people who matter.
 * Each new connection earns one credit, one more if a decision maker and one more if at a
 * target account. Connections won by the member's own requests are discounted when those
 * requests are spray-and-pray ({@link OutreachQuality}); invitations the member accepted are
 * not, since their acceptance rate says nothing about them.
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
        return credits(context, ActivityType.CONNECTION_INVITE_ACCEPTED)
                + credits(context, ActivityType.CONNECTION_REQUEST_ACCEPTED);
    }

    /**
     * The points of all credits, less the discount on what the request-won credits add on top
     * of the invitations: {@code max * (share(in) + (share(in + won) - share(in)) * factor)}.
     * Spray-and-pray alone earns its points times the factor; invitations alone are untouched;
     * and more of either never lowers the points.
     */
    @Override
    double points(ScoringContext context, double measured) {
        double invited = credits(context, ActivityType.CONNECTION_INVITE_ACCEPTED);
        double base = Saturation.share(invited, TARGET_PER_WEEK);
        double all = Saturation.share(measured, TARGET_PER_WEEK);
        return MAX_POINTS * (base + (all - base) * OutreachQuality.factor(context));
    }

    private static double credits(ScoringContext context, ActivityType type) {
        return context.weeklyRate(type, ContactFacet.ANY) + context.weeklyRate(type, ContactFacet.DECISION_MAKER)
                + context.weeklyRate(type, ContactFacet.TARGET_ACCOUNT);
    }

    @Override
    String qualityNote(ScoringContext context) {
        double factor = OutreachQuality.factor(context);
        return factor < 1 ? "connections won by requests count " + pct(factor)
                + " for the acceptance rate of connection requests" : "";
    }
}
