package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Brand: positions listed under experience; a resource, not a bare resume. */
public final class ExperienceRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "brand.experience";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.5;
    /** The count that earns all the points. */
    public static final int TARGET = 3;

    /** Creates the rule; stateless. */
    public ExperienceRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, MemberProfile::experienceEntries, TARGET, "experience entries");
    }
}
