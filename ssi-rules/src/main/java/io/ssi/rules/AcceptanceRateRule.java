package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ScoringContext;

/**
 * Relationships: the share of the member's connection requests that were accepted, once at
 * least {@value #MINIMUM_REQUESTS} were sent in the window. Well-aimed requests beat volume.
 */
public final class AcceptanceRateRule extends RateRule {

    /** This rule's id. */
    public static final String ID = "relationships.acceptance-rate";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 3.0;
    /** Requests in the window below which the rate is not judged. */
    public static final int MINIMUM_REQUESTS = 10;
    /** The acceptance rate that earns all the points. */
    public static final double TARGET_RATE = 0.4;

    /** Creates the rule; stateless. */
    public AcceptanceRateRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS, MINIMUM_REQUESTS, TARGET_RATE,
                "connection requests accepted");
    }

    @Override
    int numerator(ScoringContext context) {
        return context.count(ActivityType.CONNECTION_REQUEST_ACCEPTED);
    }

    @Override
    int denominator(ScoringContext context) {
        return context.count(ActivityType.CONNECTION_REQUEST_SENT);
    }
}
