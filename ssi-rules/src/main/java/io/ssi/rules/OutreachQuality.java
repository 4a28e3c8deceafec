package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ScoringContext;

/**
 * How much the connections won by outreach are worth, judged by the acceptance rate of the
 * member's requests. Spray-and-pray (hundreds of requests, few accepted) buys connections at a
 * discount, so it scores worse on relationships than modest, well-accepted outreach. Below
 * {@value #MINIMUM_REQUESTS} requests in the window there is too little to judge, and the
 * factor is 1.
 */
public final class OutreachQuality {

    /** The requests in the window below which acceptance is not judged. */
    public static final int MINIMUM_REQUESTS = 10;
    /** The acceptance rate from which connections count in full. */
    public static final double FULL_VALUE_RATE = 0.25;

    private OutreachQuality() {
    }

    /**
     * The factor by which connection-derived points are scaled.
     *
     * @param context the member's aggregates
     * @return a factor in [0, 1]; non-decreasing in accepted requests
     */
    public static double factor(ScoringContext context) {
        int sent = context.count(ActivityType.CONNECTION_REQUEST_SENT);
        if (sent < MINIMUM_REQUESTS) {
            return 1.0;
        }
        double rate = Math.min(1.0, context.count(ActivityType.CONNECTION_REQUEST_ACCEPTED) / (double) sent);
        return Math.min(1.0, rate / FULL_VALUE_RATE);
    }
}
