package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

/**
 * New connections, in either direction, weighted toward the people who matter: each new
 * connection earns one credit, one more if a decision maker and one more if at a target
 * account; the target is credits a week. Connections won by the member's own requests are
 * discounted when those requests are spray-and-pray ({@link OutreachQuality}); invitations the
 * member accepted are not, since their acceptance rate says nothing about them.
 */
public final class ConnectionGrowthRule extends StandardRule {

    private static final String TEMPLATE = "about {measured} {unit} (recency-weighted); {target} a week earns all"
            + " {max} points";
    private static final String UNIT = "connection credits a week (decision makers and target accounts count extra)";

    private ConnectionGrowthRule(Builder b) {
        super(b);
    }

    /**
     * Starts a rule; the target is connection credits a week.
     *
     * @param id     the rule's id
     * @param pillar its pillar
     * @return a builder
     */
    public static Builder builder(String id, Pillar pillar) {
        return new Builder(id, pillar);
    }

    /**
     * The weekly credits of one direction: one per connection, one more per decision maker,
     * one more per target-account contact.
     *
     * @param context the member's aggregates
     * @param type    {@link ActivityType#CONNECTION_REQUEST_ACCEPTED} or {@link ActivityType#CONNECTION_INVITE_ACCEPTED}
     * @return credits a week
     */
    public static double credits(ScoringContext context, ActivityType type) {
        return context.weeklyRate(type, ContactFacet.ANY) + context.weeklyRate(type, ContactFacet.DECISION_MAKER)
                + context.weeklyRate(type, ContactFacet.TARGET_ACCOUNT);
    }

    /**
     * The points of all credits, less the discount on what the request-won credits add on top
     * of the invitations: {@code max * (share(in) + (share(in + won) - share(in)) * factor)}.
     * Spray-and-pray alone earns its points times the factor; invitations alone are untouched;
     * and more of either never lowers the points.
     */
    @Override
    public RuleContribution evaluate(ScoringContext context) {
        double invited = credits(context, ActivityType.CONNECTION_INVITE_ACCEPTED);
        double measured = invited + credits(context, ActivityType.CONNECTION_REQUEST_ACCEPTED);
        double factor = OutreachQuality.factor(context);
        double base = Saturation.share(invited, target());
        double all = Saturation.share(measured, target());
        double points = maxPoints() * (base + (all - base) * factor);
        return RuleContribution.of(this, points, factor < 1
                ? evidence(".scaled", measured, target(), UNIT, TEMPLATE + ", connections won by requests count "
                        + pct(factor) + " for the acceptance rate of connection requests", factor)
                : evidence("", measured, target(), UNIT, TEMPLATE));
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar()));
    }

    @Override
    String parameters() {
        return "outreach " + OutreachQuality.MINIMUM_REQUESTS + "/" + OutreachQuality.FULL_VALUE_RATE;
    }

    /** Builds a {@link ConnectionGrowthRule}. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, ConnectionGrowthRule> {
        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public ConnectionGrowthRule build() {
            return new ConnectionGrowthRule(this);
        }
    }
}
