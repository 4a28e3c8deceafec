package io.ssi.rules;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.Set;

/**
 * Relationships: multi-threading. Counts the member's target accounts (from the profile) with
 * at least {@value #CONTACTS_PER_ACCOUNT} distinct contacts with whom a connection was made in
 * the window, in either direction. {@value #TARGET_ACCOUNTS} such accounts (or all of them, if
 * the member has fewer) earn all the points. Connections won by spray-and-pray are discounted
 * ({@link OutreachQuality}).
 */
public final class MultiThreadingRule extends StandardRule {

    /** This rule's id. */
    public static final String ID = "relationships.multi-threading";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 4.0;
    /** Distinct new connections that make an account multi-threaded. */
    public static final int CONTACTS_PER_ACCOUNT = 3;
    /** Multi-threaded accounts that earn all the points. */
    public static final int TARGET_ACCOUNTS = 10;

    /** Creates the rule; stateless. */
    public MultiThreadingRule() {
        super(ID, Pillar.BUILD_RELATIONSHIPS, MAX_POINTS);
    }

    /**
     * How many target accounts are multi-threaded in this context.
     *
     * @param context the member's aggregates
     * @return accounts with at least {@value #CONTACTS_PER_ACCOUNT} new connections
     */
    public static int threadedAccounts(ScoringContext context) {
        int n = 0;
        for (String account : context.profile().targetAccounts()) {
            if (context.newConnectionsAt(account) >= CONTACTS_PER_ACCOUNT) {
                n++;
            }
        }
        return n;
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        Set<String> targets = context.profile().targetAccounts();
        if (targets.isEmpty()) {
            return RuleContribution.notApplicable(this, Evidence.of(0, TARGET_ACCOUNTS, "target accounts",
                    "no target accounts in the CRM for this member"));
        }
        int threaded = threadedAccounts(context);
        int target = Math.min(TARGET_ACCOUNTS, targets.size());
        double quality = OutreachQuality.factor(context);
        double points = MAX_POINTS * Saturation.share(threaded, target) * quality;
        String text = "{measured#} of " + targets.size() + " target accounts have " + CONTACTS_PER_ACCOUNT
                + "+ new connections; {target#} such accounts earn all {max} points"
                + (quality < 1 ? ", scaled to " + pct(quality) + " for the acceptance rate of connection requests" : "");
        return RuleContribution.of(this, points, Evidence.of(threaded, target, "multi-threaded target accounts",
                text));
    }
}
