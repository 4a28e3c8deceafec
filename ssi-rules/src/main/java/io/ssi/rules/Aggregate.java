package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recency-weighted weekly aggregate of the one-pass index that a {@link WeeklyRateRule}
 * measures: the weekly rate of one or more activity types (optionally only contacts with a
 * facet), the weekly engagement received by content, or the days a week with any of a set of
 * types. Immutable.
 */
public final class Aggregate {

    /** What an aggregate adds up. */
    public enum Kind {
        /** {@link ScoringContext#weeklyRate(ActivityType, ContactFacet)} of each type. */
        RATE,
        /** {@link ScoringContext#weeklyEngagement(ActivityType)} of each content type. */
        ENGAGEMENT,
        /** {@link ScoringContext#weeklyActiveDays(Set)} of the types together. */
        ACTIVE_DAYS
    }

    private final Kind kind;
    private final List<ActivityType> types;
    private final ContactFacet facet;
    private final Set<ActivityType> mask;

    private Aggregate(Kind kind, List<ActivityType> types, ContactFacet facet) {
        this.kind = kind;
        this.types = List.copyOf(types);
        this.facet = Objects.requireNonNull(facet, "facet");
        if (this.types.isEmpty()) {
            throw new IllegalArgumentException("an aggregate needs at least one activity type, but was given none");
        }
        this.mask = EnumSet.copyOf(this.types);
    }

    /**
     * The weekly rate of the types, added up in the given order, counting every contact.
     *
     * @param first the first type
     * @param more  more types
     * @return the aggregate
     */
    public static Aggregate rate(ActivityType first, ActivityType... more) {
        return new Aggregate(Kind.RATE, list(first, more), ContactFacet.ANY);
    }

    /**
     * The weekly rate of one type, counting only contacts with the facet.
     *
     * @param type  the type
     * @param facet the contacts that count
     * @return the aggregate
     */
    public static Aggregate rate(ActivityType type, ContactFacet facet) {
        return new Aggregate(Kind.RATE, List.of(type), facet);
    }

    /**
     * The weekly engagement received by content of the types, added up in the given order.
     *
     * @param first the first content type
     * @param more  more content types
     * @return the aggregate
     */
    public static Aggregate engagement(ActivityType first, ActivityType... more) {
        return new Aggregate(Kind.ENGAGEMENT, list(first, more), ContactFacet.ANY);
    }

    /**
     * The recency-weighted days a week on which the member did any of the types.
     *
     * @param types the types that make a day count
     * @return the aggregate
     */
    public static Aggregate activeDays(Set<ActivityType> types) {
        Objects.requireNonNull(types, "types");
        return new Aggregate(Kind.ACTIVE_DAYS, List.copyOf(EnumSet.copyOf(types)), ContactFacet.ANY);
    }

    /** @return what is added up */
    public Kind kind() {
        return kind;
    }

    /** @return the activity types, in the order they are added up */
    public List<ActivityType> types() {
        return types;
    }

    /** @return the contacts that count ({@link ContactFacet#ANY} for every one) */
    public ContactFacet facet() {
        return facet;
    }

    /**
     * Whether more activity of the type, with contacts of the facet, raises this aggregate.
     * Engagement is not raised by more content alone, so it reads nothing.
     *
     * @param type  an activity type
     * @param facet the facet of the planned contacts
     * @return {@code true} if the aggregate reads it
     */
    public boolean reads(ActivityType type, ContactFacet facet) {
        return kind != Kind.ENGAGEMENT && mask.contains(type) && (this.facet == ContactFacet.ANY || this.facet == facet);
    }

    /**
     * Measures the aggregate.
     *
     * @param context the member's aggregates
     * @return the weekly figure, never negative
     */
    public double weekly(ScoringContext context) {
        if (kind == Kind.ACTIVE_DAYS) {
            return context.weeklyActiveDays(mask);
        }
        double sum = 0;
        for (ActivityType t : types) {
            sum += kind == Kind.RATE ? context.weeklyRate(t, facet) : context.weeklyEngagement(t);
        }
        return sum;
    }

    private static List<ActivityType> list(ActivityType first, ActivityType... more) {
        Objects.requireNonNull(first, "type");
        Objects.requireNonNull(more, "types");
        ActivityType[] all = new ActivityType[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        return List.of(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aggregate a && a.kind == kind && a.types.equals(types) && a.facet == facet;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, types, facet);
    }

    @Override
    public String toString() {
        return kind + types.toString() + (facet == ContactFacet.ANY ? "" : " " + facet);
    }
}
