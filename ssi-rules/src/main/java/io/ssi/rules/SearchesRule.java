package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

/**
 * Find: people searches of any kind. Filtered searches count here too and earn more in
 * {@link FilteredSearchesRule}.
 */
public final class SearchesRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.searches";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.0;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 5;

    /** Creates the rule; stateless. */
    public SearchesRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.SEARCH_PERFORMED, ContactFacet.ANY,
                TARGET_PER_WEEK, "searches a week");
    }

    @Override
    double measure(ScoringContext context) {
        return context.weeklyRate(ActivityType.SEARCH_PERFORMED)
                + context.weeklyRate(ActivityType.ADVANCED_SEARCH_PERFORMED);
    }
}
