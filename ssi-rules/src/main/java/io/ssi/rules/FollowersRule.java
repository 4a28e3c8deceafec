package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Brand: followers, the audience the member's content reaches. */
public final class FollowersRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "brand.followers";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.5;
    /** The count that earns all the points. */
    public static final int TARGET = 1000;

    /** Creates the rule; stateless. */
    public FollowersRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, MemberProfile::followers, TARGET, "followers");
    }
}
