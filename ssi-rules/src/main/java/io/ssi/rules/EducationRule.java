package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Brand: an education entry. */
public final class EducationRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "brand.education";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 0.5;
    /** The count that earns all the points. */
    public static final int TARGET = 1;

    /** Creates the rule; stateless. */
    public EducationRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, MemberProfile::educationEntries, TARGET, "education entries");
    }
}
