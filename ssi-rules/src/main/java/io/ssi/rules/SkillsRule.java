package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Brand: skills listed, which make the member findable in searches. */
public final class SkillsRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "brand.skills";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.5;
    /** The count that earns all the points. */
    public static final int TARGET = 15;

    /** Creates the rule; stateless. */
    public SkillsRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS, MemberProfile::skills, TARGET, "skills");
    }
}
