package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

/**
 * Conversations: messages and InMails a week, credited by the share that got a reply. The reply
 * rate is smoothed toward {@link #fullValueReplyRate()} with {@link #priorWeight()} messages'
 * worth of prior, and its quality, {@code min(1, rate / fullValueReplyRate)²}, scales the
 * messages that count: a rep whose messages are answered earns for each one, a sequence tool
 * that sends hundreds for a 2% reply rate earns almost nothing, and a reply never lowers the
 * points.
 */
public final class ConversationsRule extends StandardRule {

    private static final String TEMPLATE = "about {measured} {unit} (recency-weighted); {target} a week earns all"
            + " {max} points";
    private static final Aggregate SENT = Aggregate.rate(ActivityType.MESSAGE_SENT, ActivityType.INMAIL_SENT);

    private final double priorWeight;
    private final double fullValueReplyRate;

    private ConversationsRule(Builder b) {
        super(b);
        this.priorWeight = Tuning.positive(id(), "priorWeight", b.priorWeight);
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

    /** @return how many messages' worth of prior the reply rate is smoothed with */
    public double priorWeight() {
        return priorWeight;
    }

    /** @return the reply rate at which every message counts in full */
    public double fullValueReplyRate() {
        return fullValueReplyRate;
    }

    /**
     * The smoothed reply rate of messages and InMails in the window.
     *
     * @param context the member's aggregates
     * @return {@code (min(replies, sent) + w·full) / (sent + w)}
     */
    public double replyRate(ScoringContext context) {
        return Response.smoothed(Response.repliesReceived(context), Response.messagesSent(context), fullValueReplyRate,
                priorWeight);
    }

    /**
     * The share of the messages sent that count: {@code min(1, replyRate / fullValueReplyRate)²}.
     *
     * @param context the member's aggregates
     * @return the share, in (0, 1]
     */
    public double quality(ScoringContext context) {
        return Response.quality(replyRate(context), fullValueReplyRate);
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        double measured = SENT.weekly(context);
        double quality = quality(context);
        double points = points(measured, quality);
        String unit = "messages and InMails a week";
        return RuleContribution.of(this, points, quality < 1 && measured > 0
                ? evidence(".scaled", measured, target(), unit, () -> TEMPLATE + ", of which " + pct(quality)
                        + " count for the reply rate", quality)
                : evidence("", measured, target(), unit, TEMPLATE, NO_ARGS));
    }

    /** {@inheritDoc} Without the evidence, which shows the measure and the quality. */
    @Override
    public double points(ScoringContext context) {
        double measured = SENT.weekly(context);
        double quality = quality(context);
        // A quality that is not finite makes the points so too: only the measure needs showing.
        return shown(points(measured, quality), measured);
    }

    private double points(double measured, double quality) {
        return maxPoints() * Curve.EASED.share(measured * quality, target(), 1);
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).priorWeight(priorWeight).fullValueReplyRate(fullValueReplyRate);
    }

    @Override
    String parameters() {
        return "prior " + priorWeight + ", full at " + fullValueReplyRate;
    }

    /** Builds a {@link ConversationsRule}: the shared figures, the prior and the full-value reply rate. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, ConversationsRule> {
        private double priorWeight = Double.NaN;
        private double fullValueReplyRate = Double.NaN;

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param weight how many messages' worth of prior the reply rate is smoothed with, greater than 0
         * @return this builder
         */
        public Builder priorWeight(double weight) {
            this.priorWeight = weight;
            return this;
        }

        /**
         * @param rate the reply rate at which every message counts in full, in (0, 1]
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
