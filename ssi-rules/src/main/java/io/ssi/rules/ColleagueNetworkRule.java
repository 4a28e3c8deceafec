package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Relationships: connections inside the member's own company, who open doors to shared accounts. */
public final class ColleagueNetworkRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "relationships.colleague-network";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 1.0;
    /** The count that earns all the points. */
    public static final int TARGET = 50;

    /** Creates the rule; stateless. */
    public ColleagueNetworkRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS, MemberProfile::colleagueConnections, TARGET, "colleague connections");
    }
}
