package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

import java.util.EnumSet;
import java.util.Set;

/**
 * Engage: consistency. Days a week on which the member engaged with others' content (liked,
 * commented, shared, posted in a group), recency-weighted. Engagement spread over many days
 * beats the same engagement in one burst.
 */
public final class ConsistencyRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.consistency";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 3.5;
    /** The engaged days a week that earn all the points. */
    public static final double TARGET_DAYS_PER_WEEK = 4;
    /** The activity types that make a day engaged. */
    public static final Set<ActivityType> ENGAGEMENT = Set.copyOf(EnumSet.of(ActivityType.POST_LIKED,
            ActivityType.POST_COMMENTED, ActivityType.POST_SHARED, ActivityType.POST_SHARED_WITH_COMMENTARY,
            ActivityType.GROUP_POST_PUBLISHED));

    private static final Set<ActivityType> MASK = EnumSet.copyOf(ENGAGEMENT);

    /** Creates the rule; stateless. */
    public ConsistencyRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.POST_LIKED,
                ContactFacet.ANY, TARGET_DAYS_PER_WEEK, "engaged days a week");
    }

    @Override
    double measure(ScoringContext context) {
        return context.weeklyActiveDays(MASK);
    }
}
