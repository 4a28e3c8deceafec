package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

/**
 * New connections, in either direction, weighted toward the people who matter: each new
 * connection earns one credit, plus a bonus if a decision maker and a bonus if at a target
 * account (see {@link Builder#decisionMakerBonus(double)}); the target is credits a week.
 * Connections won by the member's own requests count by the
 * {@linkplain Response#acceptanceQuality acceptance quality} of those requests, so that
 * spray-and-pray outreach earns less than modest, well-accepted outreach; invitations the
 * member accepted count in full. The whole is scaled by the member's
 * {@linkplain Scaling#RESPONSE response}, since automation accepts every invitation too. An
 * acceptance never lowers the points.
 *
 * <p>The points grow in proportion to the credits ({@link Curve#LINEAR}). A decision maker's
 * acceptance today is this rule's largest single step, and the same acceptance also raises the
 * acceptance rate, the target accounts' rate and multi-threading: an eased curve, twice as steep
 * at the start, made that one acceptance move the relationships pillar by more than a point.
 */
public final class ConnectionGrowthRule extends StandardRule {

    private static final String TEMPLATE = "about {measured} {unit} (recency-weighted); {target} a week earns all"
            + " {max} points";
    private static final String UNIT = "connection credits a week (decision makers count extra)";
    // Made once: an aggregate copies its types into sets, and the rule runs every day of a history.
    private static final Aggregate[] INVITED = creditsOf(ActivityType.CONNECTION_INVITE_ACCEPTED);
    private static final Aggregate[] WON = creditsOf(ActivityType.CONNECTION_REQUEST_ACCEPTED);

    private final double decisionMakerBonus;
    private final double targetAccountBonus;

    private ConnectionGrowthRule(Builder b) {
        super(b);
        this.decisionMakerBonus = Tuning.nonNegative(id(), "decisionMakerBonus", b.decisionMakerBonus);
        this.targetAccountBonus = Tuning.nonNegative(id(), "targetAccountBonus", b.targetAccountBonus);
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
     * The credits one new connection earns: one, plus the decision-maker bonus if the contact
     * is a decision maker (VP and above), plus the target-account bonus if they work at one of
     * the member's target accounts. Advice reads this to plan connections, so it always aims
     * at this rule's own weights.
     *
     * @param decisionMaker  whether the contact is a decision maker
     * @param targetAccount  whether the contact works at a target account
     * @return credits, at least 1
     */
    public double creditsPerConnection(boolean decisionMaker, boolean targetAccount) {
        return 1.0 + (decisionMaker ? decisionMakerBonus : 0.0) + (targetAccount ? targetAccountBonus : 0.0);
    }

    /** The weekly credits of one direction: {@link #creditsPerConnection} summed over its connections. */
    private double credits(ScoringContext context, Aggregate[] of) {
        return of[0].weekly(context) + decisionMakerBonus * of[1].weekly(context)
                + targetAccountBonus * of[2].weekly(context);
    }

    /** What {@link #credits} adds up for one direction: all connections, decision makers', target accounts'. */
    private static Aggregate[] creditsOf(ActivityType type) {
        return new Aggregate[] {Aggregate.rate(type, ContactFacet.ANY),
            Aggregate.rate(type, ContactFacet.DECISION_MAKER), Aggregate.rate(type, ContactFacet.TARGET_ACCOUNT)};
    }

    /**
     * The points of all credits, less the discount on what the request-won credits add on top
     * of the invitations: {@code max * (share(in) + (share(in + won) - share(in)) * factor)}.
     * Spray-and-pray alone earns its points times the factor; invitations alone are untouched;
     * and more of either never lowers the points.
     */
    @Override
    public RuleContribution evaluate(ScoringContext context) {
        Figures f = figures(context);
        double points = f.points();
        double requests = f.requests();
        double response = f.response();
        return RuleContribution.of(this, points, f.scaled()
                ? evidence(".scaled", f.measured(), target(), UNIT, () -> TEMPLATE + ", connections won by requests"
                        + " count " + pct(requests) + " for the acceptance rate, and the whole " + pct(response)
                        + " for the response the work gets", requests, response)
                : evidence("", f.measured(), target(), UNIT, TEMPLATE, NO_ARGS));
    }

    /** {@inheritDoc} Without the evidence, which shows the measure and both factors. */
    @Override
    public double points(ScoringContext context) {
        Figures f = figures(context);
        // The acceptance factor shows only where connections were won, and is then in the measure;
        // a response that is not finite makes the points so too: only the measure needs showing.
        return shown(f.points(), f.measured());
    }

    /**
     * What one evaluation finds: the credits (connections won by requests counted for the
     * acceptance rate), the share they count for, the response factor and the points.
     */
    private record Figures(double measured, double requests, double response, double points) {
        /** Whether the evidence says how the factors scaled the points. */
        boolean scaled() {
            return requests < 1 || response < 1;
        }
    }

    private Figures figures(ScoringContext context) {
        double invited = credits(context, INVITED);
        double won = credits(context, WON);
        double factor = Response.acceptanceQuality(context);
        double measured = invited + won * factor;
        double response = Response.factor(Scaling.RESPONSE, context);
        return new Figures(measured, won > 0 ? factor : 1.0, response,
                maxPoints() * Curve.LINEAR.share(measured, target(), 1) * response);
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).decisionMakerBonus(decisionMakerBonus)
                .targetAccountBonus(targetAccountBonus);
    }

    @Override
    String parameters() {
        return "bonus decision maker " + decisionMakerBonus + ", target account " + targetAccountBonus
                + ", acceptance " + Response.ACCEPTANCE_FULL + " x " + Response.ACCEPTANCE_PRIOR_WEIGHT;
    }

    /** Builds a {@link ConnectionGrowthRule}. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, ConnectionGrowthRule> {
        private double decisionMakerBonus = 1.0;
        private double targetAccountBonus = 1.0;

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        /**
         * The extra credits a decision maker's connection earns.
         *
         * @param bonus finite and {@code >= 0}; 1 by default
         * @return this builder
         */
        public Builder decisionMakerBonus(double bonus) {
            this.decisionMakerBonus = bonus;
            return this;
        }

        /**
         * The extra credits a target-account contact's connection earns.
         *
         * @param bonus finite and {@code >= 0}; 1 by default
         * @return this builder
         */
        public Builder targetAccountBonus(double bonus) {
            this.targetAccountBonus = bonus;
            return this;
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
