package io.ssi.rules;

import io.ssi.core.MemberProfile;

/** Brand: a profile photo. Profiles with a photo get far more views and acceptances. */
public final class ProfilePhotoRule extends ProfileFlagRule {

    /** The points a profile photo earns. */
    public static final double MAX_POINTS = 2.5;

    /** Creates the rule; stateless. */
    public ProfilePhotoRule() {
        super("brand.photo", MAX_POINTS, MemberProfile::hasPhoto, "profile photo");
    }
}
