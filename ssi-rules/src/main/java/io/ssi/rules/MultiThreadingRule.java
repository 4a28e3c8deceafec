package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Multi-threading: accounts (companies) in which at least {@link #contactsPerAccount()}
 * distinct contacts became connections in the window, in either direction, scaled by the
 * member's {@linkplain Response#quality response}. An account counts in part on the way there:
 * its first new connection earns nothing (one contact is a single thread), and each further one
 * up to {@link #contactsPerAccount()} earns an equal part, so that with the default of 3 an
 * account with 2 new connections counts as half a multi-threaded account. No single new
 * connection then moves the points by more than half an account's share, where counting only
 * whole accounts made the third connection a step of a whole one. By default every account the
 * log names counts, so that a rep whose CRM lists no target accounts (inbound, SMB and recruiting
 * motions have none) can earn it too; {@link Builder#targetAccountsOnly(boolean)} counts only
 * the member's target accounts, with the target lowered to their number when there are fewer,
 * and makes the rule not applicable to a member with none.
 */
public final class MultiThreadingRule extends StandardRule {

    private final int contactsPerAccount;
    private final boolean targetAccountsOnly;

    private MultiThreadingRule(Builder b) {
        super(b);
        this.targetAccountsOnly = b.targetAccountsOnly;
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
     * How many accounts are fully multi-threaded in this context: those that need no more new
     * connections.
     *
     * @param context the member's aggregates
     * @return accounts (target accounts only, if so built) with at least
     *         {@link #contactsPerAccount()} new connections
     */
    public int threadedAccounts(ScoringContext context) {
        return accountsWith(context, contactsPerAccount);
    }

    /**
     * The multi-threaded accounts this rule measures, counting accounts in part: an account with
     * {@code n} new connections counts {@code max(0, min(n, k) - 1) / (k - 1)} for {@code k =}
     * {@link #contactsPerAccount()} above 1 (nothing for its first, all from its {@code k}-th),
     * and in full from its first when {@code k} is 1.
     *
     * @param context the member's aggregates
     * @return the accounts, a whole or a fractional number between 0 and the accounts counted
     */
    public double multiThreadedAccounts(ScoringContext context) {
        if (contactsPerAccount == 1) {
            return accountsWith(context, 1);
        }
        // The sum over accounts of min(n, k) - 1 (for n >= 1) is the number of accounts with at
        // least j connections, summed over j from 2 to k.
        int parts = 0;
        for (int j = 2; j <= contactsPerAccount; j++) {
            parts += accountsWith(context, j);
        }
        return parts / (double) (contactsPerAccount - 1);
    }

    private int accountsWith(ScoringContext context, int atLeast) {
        return targetAccountsOnly ? context.targetAccountsWithNewConnections(atLeast)
                : context.accountsWithNewConnections(atLeast);
    }

    /** @return whether only the member's target accounts count */
    public boolean targetAccountsOnly() {
        return targetAccountsOnly;
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        Set<String> targets = context.profile().targetAccounts();
        if (targetAccountsOnly && targets.isEmpty()) {
            return RuleContribution.notApplicable(this, evidence(".not-applicable", 0, target(), "target accounts",
                    "no target accounts in the CRM for this member"));
        }
        double threaded = multiThreadedAccounts(context);
        int target = target(targets);
        double quality = Response.factor(Scaling.RESPONSE, context);
        double points = maxPoints() * Curve.LINEAR.share(threaded, target, 1) * quality;
        // The English fallback is built only for a rule without a bundled explanation: a history
        // runs this rule on every day whose counts moved.
        Supplier<String> text = () -> "{measured} multi-threaded accounts (an account counts in full at "
                + (contactsPerAccount > 1 ? contactsPerAccount + " new connections, in part from 2"
                        : "its first new connection")
                + "); {target#} earn all {max} points"
                + (quality < 1 ? ", scaled to " + pct(quality) + " for the response the work gets" : "");
        String unit = "multi-threaded accounts";
        return RuleContribution.of(this, points, quality < 1 && threaded > 0
                ? evidence(".scaled", threaded, target, unit, text, targets.size(), contactsPerAccount, quality)
                : evidence("", threaded, target, unit, text, targets.size(), contactsPerAccount));
    }

    /** {@inheritDoc} Without the evidence, which shows the quality when it scales the points. */
    @Override
    public double points(ScoringContext context) {
        Set<String> targets = context.profile().targetAccounts();
        if (targetAccountsOnly && targets.isEmpty()) {
            return 0;
        }
        double threaded = multiThreadedAccounts(context);
        double quality = Response.factor(Scaling.RESPONSE, context);
        double points = maxPoints() * Curve.LINEAR.share(threaded, target(targets), 1) * quality;
        // A quality that is not finite makes the points so too.
        return points;
    }

    /** The accounts that earn all the points: the target, or fewer if fewer target accounts are named. */
    private int target(Set<String> targets) {
        return targetAccountsOnly ? Math.min((int) target(), targets.size()) : (int) target();
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).contactsPerAccount(contactsPerAccount)
                .targetAccountsOnly(targetAccountsOnly);
    }

    @Override
    String parameters() {
        return contactsPerAccount + " contacts per account" + (contactsPerAccount > 1 ? ", in part from 2" : "")
                + (targetAccountsOnly ? ", target accounts only" : "")
                + ", scaled " + Scaling.RESPONSE;
    }

    /** Builds a {@link MultiThreadingRule}. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, MultiThreadingRule> {
        private int contactsPerAccount = 3;
        private boolean targetAccountsOnly;

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

        /**
         * @param only whether only the member's target accounts count; {@code false} (every
         *             account the log names) by default
         * @return this builder
         */
        public Builder targetAccountsOnly(boolean only) {
            this.targetAccountsOnly = only;
            return this;
        }

        @Override
        public MultiThreadingRule build() {
            return new MultiThreadingRule(this);
        }
    }
}
