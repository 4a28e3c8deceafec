package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ScoringContext;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The two raw counts of the window whose share a {@link RateRule} judges: a count of one type
 * over a count of another (requests accepted over requests sent), or the new connections that
 * got a welcome over all new connections. Counts are neither weighted nor capped. Immutable.
 */
public final class Ratio {

    private final ActivityType numerator;
    private final ActivityType denominator;

    private Ratio(ActivityType numerator, ActivityType denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * The count of one type over the count of another.
     *
     * @param numerator   the type counted above the line, such as requests accepted
     * @param denominator the type counted below it, such as requests sent
     * @return the ratio
     */
    public static Ratio of(ActivityType numerator, ActivityType denominator) {
        return new Ratio(Objects.requireNonNull(numerator, "numerator"), Objects.requireNonNull(denominator,
                "denominator"));
    }

    /**
     * {@link ScoringContext#welcomedNewConnections()} over {@link ScoringContext#newConnections()}.
     *
     * @return the ratio
     */
    public static Ratio welcomedNewConnections() {
        return new Ratio(null, null);
    }

    /**
     * The activity types the ratio counts, for {@link StandardRule#reads()}: a welcome rate
     * reads welcome messages and the two kinds of new connection.
     *
     * @return the types, not empty
     */
    public Set<ActivityType> types() {
        return numerator == null ? EnumSet.of(ActivityType.WELCOME_MESSAGE_SENT, ActivityType.CONNECTION_REQUEST_ACCEPTED,
                ActivityType.CONNECTION_INVITE_ACCEPTED) : EnumSet.of(numerator, denominator);
    }

    /**
     * @param context the member's aggregates
     * @return the count above the line
     */
    public int numerator(ScoringContext context) {
        return numerator == null ? context.welcomedNewConnections() : context.count(numerator);
    }

    /**
     * @param context the member's aggregates
     * @return the count below the line: the sample the rate is judged on
     */
    public int denominator(ScoringContext context) {
        return denominator == null ? context.newConnections() : context.count(denominator);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && r.numerator == numerator && r.denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    @Override
    public String toString() {
        return numerator == null ? "welcomed/new connections" : numerator + "/" + denominator;
    }
}
