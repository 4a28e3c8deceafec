package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Brand: written recommendations received, the strongest social proof a profile carries. */
public final class RecommendationsReceivedRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "brand.recommendations";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.0;
    /** The count that earns all the points. */
    public static final int TARGET = 3;

    /** Creates the rule; stateless. */
    public RecommendationsReceivedRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, MemberProfile::recommendationsReceived, TARGET, "recommendations received");
    }
}
