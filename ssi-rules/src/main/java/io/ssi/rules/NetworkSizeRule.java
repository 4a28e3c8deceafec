package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;

/** Relationships: the size of the network; 500 is where LinkedIn shows 500+. */
public final class NetworkSizeRule extends ProfileCountRule {

    /** This rule's id. */
    public static final String ID = "relationships.network-size";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.0;
    /** The count that earns all the points. */
    public static final int TARGET = 500;

    /** Creates the rule; stateless. */
    public NetworkSizeRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS, MemberProfile::connections, TARGET, "connections");
    }
}
