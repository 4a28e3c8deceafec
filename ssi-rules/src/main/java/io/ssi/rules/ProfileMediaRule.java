package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Brand: media on the profile, such as a profile video. */
public final class ProfileMediaRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "brand.media";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.0;
    /** The count that earns all the points. */
    public static final int TARGET = 1;

    /** Creates the rule; stateless. */
    public ProfileMediaRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, MemberProfile::mediaItems, TARGET, "media items");
    }
}
