package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

/**
 * Messages and InMails a week, weighted by the share that got a reply: once
 * {@link #minimumSent()} have been sent in the window, a reply rate below
 * {@link #fullValueReplyRate()} scales the points down in proportion.
 */
public final class ConversationsRule extends StandardRule {

    private static final String TEMPLATE = "about {measured} {unit} (recency-weighted); {target} a week earns all"
            + " {max} points";
    private static final Aggregate SENT = Aggregate.rate(ActivityType.MESSAGE_SENT, ActivityType.INMAIL_SENT);

    private final int minimumSent;
    private final double fullValueReplyRate;

    private ConversationsRule(Builder b) {
        super(b);
        this.minimumSent = Tuning.minimum(id(), "minimumSent", b.minimumSent);
        this.fullValueReplyRate = Tuning.share(id(), "fullValueReplyRate", b.fullValueReplyRate);
    }

    /**
     * Starts a rule; the target is messages and InMails a week.
     *
     * @param id     the rule's id
     * @param pillar its pillar
     * @return a builder
     */
    public static Builder builder(String id, Pillar pillar) {
        return new Builder(id, pillar);
    }

    /** @return messages and InMails in the window below which the reply rate is not judged */
    public int minimumSent() {
        return minimumSent;
    }

    /** @return the reply rate from which messages count in full */
    public double fullValueReplyRate() {
        return fullValueReplyRate;
    }

    /**
     * The factor by which the reply rate scales the points.
     *
     * @param context the member's aggregates
     * @return a factor in [0, 1]; 1 below the minimum sample
     */
    public double quality(ScoringContext context) {
        int sent = context.count(ActivityType.MESSAGE_SENT) + context.count(ActivityType.INMAIL_SENT);
        if (sent < minimumSent) {
            return 1.0;
        }
        int replies = context.count(ActivityType.MESSAGE_REPLY_RECEIVED)
                + context.count(ActivityType.INMAIL_REPLY_RECEIVED);
        return Math.min(1.0, Math.min(1.0, replies / (double) sent) / fullValueReplyRate);
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        double measured = SENT.weekly(context);
        double quality = quality(context);
        double points = maxPoints() * Saturation.share(measured, target()) * quality;
        String unit = "messages and InMails a week";
        return RuleContribution.of(this, points, quality < 1
                ? evidence(".scaled", measured, target(), unit, TEMPLATE + ", scaled to " + pct(quality)
                        + " for the reply rate", quality)
                : evidence("", measured, target(), unit, TEMPLATE));
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).minimumSent(minimumSent).fullValueReplyRate(fullValueReplyRate);
    }

    @Override
    String parameters() {
        return "replies from " + minimumSent + ", full at " + fullValueReplyRate;
    }

    /** Builds a {@link ConversationsRule}. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, ConversationsRule> {
        private int minimumSent;
        private double fullValueReplyRate = Double.NaN;

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param minimumSent messages and InMails below which the reply rate is not judged
         * @return this builder
         */
        public Builder minimumSent(int minimumSent) {
            this.minimumSent = minimumSent;
            return this;
        }

        /**
         * @param rate the reply rate from which messages count in full, in (0, 1]
         * @return this builder
         */
        public Builder fullValueReplyRate(double rate) {
            this.fullValueReplyRate = rate;
            return this;
        }

        @Override
        public ConversationsRule build() {
            return new ConversationsRule(this);
        }
    }
}
