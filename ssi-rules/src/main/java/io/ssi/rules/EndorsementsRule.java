package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Brand: endorsements of those skills, social proof from the network. */
public final class EndorsementsRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "brand.endorsements";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.0;
    /** The count that earns all the points. */
    public static final int TARGET = 50;

    /** Creates the rule; stateless. */
    public EndorsementsRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, MemberProfile::endorsements, TARGET, "endorsements");
    }
}
