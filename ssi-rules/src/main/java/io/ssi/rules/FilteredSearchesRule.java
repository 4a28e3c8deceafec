package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Find: people searches that use filters, which find buyers rather than names. */
public final class FilteredSearchesRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.filtered-searches";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 3.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 6;

    /** Creates the rule; stateless. */
    public FilteredSearchesRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.ADVANCED_SEARCH_PERFORMED, ContactFacet.ANY, TARGET_PER_WEEK, "filtered searches a week");
    }
}
