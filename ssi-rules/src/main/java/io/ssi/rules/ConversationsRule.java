package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

/**
 * Engage: messages and InMails, weighted by the share that got a reply. Once
 * {@value #MINIMUM_SENT} have been sent in the window, a reply rate below
 * {@value #FULL_VALUE_REPLY_RATE} scales the points down.
 */
public final class ConversationsRule extends WeeklyRateRule {

    /** This rule's id. */
    public static final String ID = "engage.conversations";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 5.0;
    /** The weekly messages and InMails that earn all the points. */
    public static final double TARGET_PER_WEEK = 20;
    /** Messages and InMails in the window below which the reply rate is not judged. */
    public static final int MINIMUM_SENT = 10;
    /** The reply rate from which messages count in full. */
    public static final double FULL_VALUE_REPLY_RATE = 0.25;

    /** Creates the rule; stateless. */
    public ConversationsRule() {
        super(ID, Pillar.ENGAGE_WITH_INSIGHTS, MAX_POINTS, ActivityType.MESSAGE_SENT,
                ContactFacet.ANY, TARGET_PER_WEEK, "messages and InMails a week");
    }

    @Override
    double measure(ScoringContext context) {
        return context.weeklyRate(ActivityType.MESSAGE_SENT) + context.weeklyRate(ActivityType.INMAIL_SENT);
    }

    @Override
    String qualityNote(ScoringContext context) {
        double quality = quality(context);
        return quality < 1 ? "scaled to " + pct(quality) + " for the reply rate" : "";
    }

    @Override
    double quality(ScoringContext context) {
        int sent = context.count(ActivityType.MESSAGE_SENT) + context.count(ActivityType.INMAIL_SENT);
        if (sent < MINIMUM_SENT) {
            return 1.0;
        }
        int replies = context.count(ActivityType.MESSAGE_REPLY_RECEIVED)
                + context.count(ActivityType.INMAIL_REPLY_RECEIVED);
        return Math.min(1.0, Math.min(1.0, replies / (double) sent) / FULL_VALUE_REPLY_RATE);
    }
}
