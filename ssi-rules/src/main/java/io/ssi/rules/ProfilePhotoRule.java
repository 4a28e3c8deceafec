package io.ssi.rules;

import io.ssi.core.MemberProfile;

/** Brand: a profile photo. Profiles with a photo get far more views and acceptances. */
public final class ProfilePhotoRule extends ProfileFlagRule {

    /** This rule's id. */
    public static final String ID = "brand.photo";

    /** The points a profile photo earns. */
    public static final double MAX_POINTS = 2.5;

    /** Creates the rule; stateless. */
    public ProfilePhotoRule() {
        super(ID, MAX_POINTS, MemberProfile::hasPhoto, "profile photo");
    }
}
