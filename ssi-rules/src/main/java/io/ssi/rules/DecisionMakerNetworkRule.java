package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Relationships: connections at VP level and above, from the profile. */
public final class DecisionMakerNetworkRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "relationships.decision-maker-network";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.5;
    /** The count that earns all the points. */
    public static final int TARGET = 150;

    /** Creates the rule; stateless. */
    public DecisionMakerNetworkRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS, MemberProfile::decisionMakerConnections, TARGET, "decision-maker connections");
    }
}
