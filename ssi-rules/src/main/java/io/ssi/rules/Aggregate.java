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
        ACTIVE_DAYS,
        /**
         * Content that found an audience: the weekly rate of the content types, but no more
         * items than their engagement received, divided by {@link Aggregate#perItem()}, pays
         * for. A post nobody reacted to earns nothing; a viral one counts as one post.
         */
        CONTENT,
        /** {@link ScoringContext#welcomedNewConnections()}, as new connections welcomed a week. */
        WELCOMED
    }

    private final Kind kind;
    private final List<ActivityType> types;
    private final ContactFacet facet;
    private final Set<ActivityType> mask;
    /** {@link #types} as an array: read for every rule of every day of a history. */
    private final ActivityType[] typeArray;
    private final double perItem;

    private Aggregate(Kind kind, List<ActivityType> types, ContactFacet facet) {
        this(kind, types, facet, Double.POSITIVE_INFINITY);
    }

    private Aggregate(Kind kind, List<ActivityType> types, ContactFacet facet, double perItem) {
        if (!(perItem > 0)) {
            throw new IllegalArgumentException("perItem of an aggregate must be > 0, but was " + perItem);
        }
        this.perItem = perItem;
        this.kind = kind;
        this.types = List.copyOf(types);
        this.facet = Objects.requireNonNull(facet, "facet");
        if (this.types.isEmpty()) {
            throw new IllegalArgumentException("an aggregate needs at least one activity type, but was given none");
        }
        this.mask = EnumSet.copyOf(this.types);
        this.typeArray = this.types.toArray(new ActivityType[0]);
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
     * The weekly rate of several types together, counting only contacts with the facet.
     *
     * @param facet the contacts that count
     * @param first the first type
     * @param more  more types
     * @return the aggregate
     */
    public static Aggregate rate(ContactFacet facet, ActivityType first, ActivityType... more) {
        return new Aggregate(Kind.RATE, list(first, more), Objects.requireNonNull(facet, "facet"));
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
     * Content that found an audience: the weekly rate of the content types, counting no more
     * items than their engagement received pays for at {@code engagementPerItem} each.
     *
     * @param engagementPerItem the reactions and comments that credit one item, greater than 0
     * @param first             the first content type
     * @param more              more content types
     * @return the aggregate
     * @throws IllegalArgumentException if {@code engagementPerItem} is not greater than 0
     */
    public static Aggregate content(double engagementPerItem, ActivityType first, ActivityType... more) {
        return new Aggregate(Kind.CONTENT, list(first, more), ContactFacet.ANY, engagementPerItem);
    }

    /**
     * New connections welcomed a week: {@link ScoringContext#welcomedNewConnections()} over the
     * window's weeks. A count, not a share, so that a new connection never lowers it.
     *
     * @return the aggregate
     */
    public static Aggregate welcomed() {
        return new Aggregate(Kind.WELCOMED, List.of(ActivityType.WELCOME_MESSAGE_SENT,
                ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.CONNECTION_INVITE_ACCEPTED), ContactFacet.ANY);
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

    /**
     * @return for {@link Kind#CONTENT}, the engagement that credits one item; infinite for the
     *         other kinds
     */
    public double perItem() {
        return perItem;
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
        if (kind == Kind.WELCOMED) {
            return type == ActivityType.WELCOME_MESSAGE_SENT;
        }
        return kind != Kind.ENGAGEMENT && mask.contains(type) && (this.facet == ContactFacet.ANY || this.facet == facet);
    }

    /**
     * Measures the aggregate. A recent burst never counts for more than its plain share of the
     * window: counts and active days are the lower of the recency-weighted weekly figure and the
     * window's plain weekly average. Old activity still counts less than new (the weighted
     * figure is the lower one for a member who has slowed down), but four weeks' work crammed
     * into the last two reads as four weeks' work, not as eight.
     *
     * @param context the member's aggregates
     * @return the weekly figure, never negative
     */
    public double weekly(ScoringContext context) {
        double weeks = context.windowDays() / 7.0;
        switch (kind) {
            case ACTIVE_DAYS:
                return Math.min(context.weeklyActiveDays(mask), context.activeDays(mask) / weeks);
            case WELCOMED:
                return context.welcomedNewConnections() / weeks;
            case ENGAGEMENT:
                return engagement(context, weeks);
            case CONTENT:
                return Math.min(items(context, weeks), engagement(context, weeks) / perItem);
            default:
                return items(context, weeks);
        }
    }

    /**
     * The engagement received a week: the lower of the recency-weighted figure and the window's
     * plain weekly average, as for counts, so that the engagement of content crammed into the
     * last days counts no more than its share of the window.
     */
    private double engagement(ScoringContext context, double weeks) {
        double weighted = 0;
        long plain = 0;
        for (ActivityType t : typeArray) {
            weighted += context.weeklyEngagement(t);
            plain += context.engagement(t);
        }
        return Math.min(weighted, plain / weeks);
    }

    /**
     * The types' weekly rate (with the facet): the lower of the weighted rate and the plain
     * average. The average obeys the daily cap as the weighted rate does: a type counts at most
     * the cap on each day it occurs, so 500 likes on one day average as 20.
     */
    private double items(ScoringContext context, double weeks) {
        double weighted = 0;
        long count = 0;
        for (int i = 0; i < typeArray.length; i++) {
            ActivityType t = typeArray[i];
            weighted += context.weeklyRate(t, facet);
            int n = context.count(t, facet);
            count += capped(context, t, n);
        }
        return Math.min(weighted, count / weeks);
    }

    /**
     * A raw count of a type in the window, at most the daily cap on each day the type occurs:
     * what a plain average counts, as the recency-weighted rate counts no more than the cap a
     * day. Shared with {@link Response#outcomes}.
     *
     * @param context the member's aggregates
     * @param type    the type counted
     * @param n       its raw count in the window (of every contact or of a facet)
     * @return the capped count
     */
    static long capped(ScoringContext context, ActivityType type, int n) {
        return n == 0 ? 0 : Math.min(n, (long) context.dailyCap() * context.activeDaysOf(type));
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
        return o instanceof Aggregate a && a.kind == kind && a.types.equals(types) && a.facet == facet
                && Double.compare(a.perItem, perItem) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, types, facet, perItem);
    }

    @Override
    public String toString() {
        return kind + types.toString() + (facet == ContactFacet.ANY ? "" : " " + facet)
                + (Double.isInfinite(perItem) ? "" : " per item " + perItem);
    }
}
