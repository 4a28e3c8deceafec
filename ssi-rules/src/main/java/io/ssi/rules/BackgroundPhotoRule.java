package io.ssi.rules;

import io.ssi.core.MemberProfile;

/** Brand: a background (banner) photo that frames what the member offers. */
public final class BackgroundPhotoRule extends ProfileFlagRule {

    /** This rule's id. */
    public static final String ID = "brand.background-photo";

    /** The points a background photo earns. */
    public static final double MAX_POINTS = 1.0;

    /** Creates the rule; stateless. */
    public BackgroundPhotoRule() {
        super(ID, MAX_POINTS, MemberProfile::hasBackgroundPhoto, "background photo");
    }
}
