package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.spi.ScoringContext;

/**
 * Relationships: the share of new connections that got a welcome message, once there are at
 * least {@value #MINIMUM_CONNECTIONS} new connections in the window.
 */
public final class WelcomeRateRule extends RateRule {

    /** This rule's id. */
    public static final String ID = "relationships.welcome-rate";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 3.0;
    /** New connections in the window below which the rate is not judged. */
    public static final int MINIMUM_CONNECTIONS = 5;
    /** The welcome rate that earns all the points. */
    public static final double TARGET_RATE = 0.8;

    /** Creates the rule; stateless. */
    public WelcomeRateRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS, MINIMUM_CONNECTIONS, TARGET_RATE,
                "new connections welcomed");
    }

    @Override
    int numerator(ScoringContext context) {
        return context.welcomedNewConnections();
    }

    @Override
    int denominator(ScoringContext context) {
        return context.newConnections();
    }
}
