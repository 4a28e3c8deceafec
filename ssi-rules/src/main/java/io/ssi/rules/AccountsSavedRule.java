package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;

/** Find: accounts saved. */
public final class AccountsSavedRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "find.accounts-saved";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.5;
    /** The weekly rate that earns all the points. */
    public static final double TARGET_PER_WEEK = 2;

    /** Creates the rule; stateless. */
    public AccountsSavedRule() {
        super(ID, Pillar.FIND_RIGHT_PEOPLE, MAX_POINTS, ActivityType.ACCOUNT_SAVED, ContactFacet.ANY, TARGET_PER_WEEK, "accounts saved a week");
    }
}
