package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

import java.util.EnumSet;
import java.util.Set;

/**
 * Find: days on which the member did something themselves (anything
 * {@linkplain ActivityType#isByMember() by the member}), recency-weighted, as days a week.
 */
public final class DaysActiveRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.days-active";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 4.0;
    /** The active days a week that earn all the points. */
    public static final double TARGET_DAYS_PER_WEEK = 5;

    private static final Set<ActivityType> BY_MEMBER = EnumSet.noneOf(ActivityType.class);

    static {
        for (ActivityType t : ActivityType.values()) {
            if (t.isByMember()) {
                BY_MEMBER.add(t);
            }
        }
    }

    /** Creates the rule; stateless. */
    public DaysActiveRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.SEARCH_PERFORMED,
                ContactFacet.ANY, TARGET_DAYS_PER_WEEK, "active days a week");
    }

    @Override
    double measure(ScoringContext context) {
        return context.weeklyActiveDays(BY_MEMBER);
    }
}
