package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.Set;

/**
 * Multi-threading: the member's target accounts (from the CRM) in which at least
 * {@link #contactsPerAccount()} distinct contacts became connections in the window, in either
 * direction. The target is such accounts, or all target accounts when there are fewer. Scaled
 * by {@link OutreachQuality}, and not applicable to a member with no target accounts.
 */
public final class MultiThreadingRule extends StandardRule {

    private final int contactsPerAccount;

    private MultiThreadingRule(Builder b) {
        super(b);
        Tuning.whole(id(), "target", target());
        this.contactsPerAccount = Tuning.whole(id(), "contactsPerAccount", b.contactsPerAccount);
    }

    /**
     * Starts a rule; the target is multi-threaded accounts.
     *
     * @param id     the rule's id
     * @param pillar its pillar
     * @return a builder
     */
    public static Builder builder(String id, Pillar pillar) {
        return new Builder(id, pillar);
    }

    /** @return the distinct new connections that make an account multi-threaded */
    public int contactsPerAccount() {
        return contactsPerAccount;
    }

    /**
     * How many target accounts are multi-threaded in this context.
     *
     * @param context the member's aggregates
     * @return accounts with at least {@link #contactsPerAccount()} new connections
     */
    public int threadedAccounts(ScoringContext context) {
        return context.targetAccountsWithNewConnections(contactsPerAccount);
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        Set<String> targets = context.profile().targetAccounts();
        if (targets.isEmpty()) {
            return RuleContribution.notApplicable(this, evidence(".not-applicable", 0, target(), "target accounts",
                    "no target accounts in the CRM for this member"));
        }
        int threaded = threadedAccounts(context);
        int target = Math.min((int) target(), targets.size());
        double quality = OutreachQuality.factor(context);
        double points = maxPoints() * Saturation.share(threaded, target) * quality;
        String text = "{measured#} of " + targets.size() + " target accounts have " + contactsPerAccount
                + "+ new connections; {target#} such accounts earn all {max} points"
                + (quality < 1 ? ", scaled to " + pct(quality) + " for the acceptance rate of connection requests" : "");
        String unit = "multi-threaded target accounts";
        return RuleContribution.of(this, points, quality < 1
                ? evidence(".scaled", threaded, target, unit, text, targets.size(), contactsPerAccount, quality)
                : evidence("", threaded, target, unit, text, targets.size(), contactsPerAccount));
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).contactsPerAccount(contactsPerAccount);
    }

    @Override
    String parameters() {
        return contactsPerAccount + " contacts per account, outreach " + OutreachQuality.MINIMUM_REQUESTS + "/"
                + OutreachQuality.FULL_VALUE_RATE;
    }

    /** Builds a {@link MultiThreadingRule}. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, MultiThreadingRule> {
        private int contactsPerAccount = 3;

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param n distinct new connections that make an account multi-threaded; 3 by default
         * @return this builder
         */
        public Builder contactsPerAccount(int n) {
            this.contactsPerAccount = n;
            return this;
        }

        @Override
        public MultiThreadingRule build() {
            return new MultiThreadingRule(this);
        }
    }
}
