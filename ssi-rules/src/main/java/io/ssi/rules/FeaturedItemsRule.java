package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Brand: items in the featured section, which turn a profile from a resume into a resource. */
public final class FeaturedItemsRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "brand.featured";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.5;
    /** The count that earns all the points. */
    public static final int TARGET = 3;

    /** Creates the rule; stateless. */
    public FeaturedItemsRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, MemberProfile::featuredItems, TARGET, "featured items");
    }
}
