package io.ssi.rules;

import io.ssi.core.MemberProfile;

/** Brand: a background (banner) photo that frames what the member offers. */
public final class BackgroundPhotoRule extends ProfileFlagRule {

    /** The points a background photo earns. */
    public static final double MAX_POINTS = 1.0;

    /** Creates the rule; stateless. */
    public BackgroundPhotoRule() {
        super("brand.background-photo", MAX_POINTS, MemberProfile::hasBackgroundPhoto, "background photo");
    }
}
