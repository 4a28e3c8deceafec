package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.spi.ScoringContext;

import java.util.function.ToDoubleFunction;

/**
 * The response a member's outreach and content get, the standard model's guard against volume
 * without response. It reads three rates, each smoothed toward a prior so that a small sample
 * neither switches a rate on nor condemns it:
 * <ul>
 *   <li><b>acceptance</b>: connection requests accepted over requests sent, with
 *       {@value #ACCEPTANCE_PRIOR_WEIGHT} requests' worth of prior at the full-value rate
 *       {@value #ACCEPTANCE_FULL};</li>
 *   <li><b>replies</b>: replies over messages and InMails sent, with
 *       {@value #REPLY_PRIOR_WEIGHT} messages' worth of prior at {@value #REPLY_FULL};</li>
 *   <li><b>audience</b>: reactions and comments per item published (posts, articles, videos,
 *       group posts, recency-weighted), with {@value #AUDIENCE_PRIOR_WEIGHT} items a week of
 *       prior at {@value #AUDIENCE_FULL}.</li>
 * </ul>
 * Each rate's quality is {@code min(1, rate / full)²}, and the {@link #quality member's
 * quality} is their geometric mean: 1 for a member whose rates are at least the full-value
 * rates or who has no sample yet, and near 0 for automation that sends hundreds of requests for
 * a 5% acceptance. An outcome (a request accepted, a reply, engagement received) never lowers
 * it; only more unanswered outreach, or content nobody reacts to, does.
 *
 * <p>Volume rules are {@linkplain WeeklyRateRule.Builder#scaled(Scaling) scaled} by a factor
 * between a floor and 1: engaging and relationship work by the member's quality; prospecting
 * by the lower of the acceptance quality of the requests it leads to and the outcomes it
 * brings ({@link #outcomes}), so that clicks nobody answers do not fill the find pillar.
 *
 * <p>A factor scales many rules at once, so one activity that moves it moves them all: a reply
 * that lifted the reply quality from 0.44 to 1 lifted every engaging rule by a fifth. So the
 * factors read their rates over a larger prior than the rules that judge a rate for itself:
 * the member's quality smooths acceptance and replies with {@value #RESPONSE_PRIOR_WEIGHT}
 * requests' or messages' worth, and the audience with {@value #AUDIENCE_PRIOR_WEIGHT} items a
 * week; prospecting judges acceptance with {@value #PROSPECTING_ACCEPTANCE_PRIOR_WEIGHT}
 * requests' worth. One request, acceptance, message, reply or item then moves a factor by
 * about 0.04 at most, under a point of a pillar. Automation is still judged by its own rates:
 * at the daily cap it sends some 1,800 requests and as many messages in a window. Stateless.
 */
public final class Response {

    /** The acceptance rate that keeps full quality. */
    public static final double ACCEPTANCE_FULL = 0.3;
    /** The requests' worth of prior the acceptance rate is smoothed with where a rule judges the rate itself. */
    public static final double ACCEPTANCE_PRIOR_WEIGHT = 10;
    /** The reply rate that keeps full quality. */
    public static final double REPLY_FULL = 0.2;
    /** The messages' worth of prior the reply rate is smoothed with where a rule judges the rate itself. */
    public static final double REPLY_PRIOR_WEIGHT = 10;
    /** The reactions and comments per item published that keep full quality. */
    public static final double AUDIENCE_FULL = 5;
    /**
     * The items a week of prior the audience rate is smoothed with: enough that one item, or the
     * engagement one item counts for, moves the member's quality by a few hundredths.
     */
    public static final double AUDIENCE_PRIOR_WEIGHT = 6;
    /**
     * The requests' or messages' worth of prior the acceptance and reply rates are smoothed with
     * in the {@link #quality member's quality}, which scales engaging and relationship work: the
     * quality's slope in a rate near its prior level, over this weight, bounds what one request,
     * acceptance, message or reply moves it by.
     */
    public static final double RESPONSE_PRIOR_WEIGHT = 60;
    /**
     * The requests' worth of prior the acceptance rate that judges prospecting is smoothed
     * with: that quality's slope, {@code 3 / 0.3}, over this weight is 0.05, so that one
     * request or acceptance moves the prospecting factor by under 0.04.
     */
    public static final double PROSPECTING_ACCEPTANCE_PRIOR_WEIGHT = 200;
    /** The outcomes a week (new connections, replies, profile views received) that prove prospecting in full. */
    public static final double OUTCOMES_FULL = 1.5;

    /** What counts as an outcome of prospecting, in the order {@link #outcomes} adds them up. */
    private static final ActivityType[] OUTCOME_TYPES = {ActivityType.CONNECTION_REQUEST_ACCEPTED,
            ActivityType.CONNECTION_INVITE_ACCEPTED, ActivityType.MESSAGE_REPLY_RECEIVED,
            ActivityType.INMAIL_REPLY_RECEIVED, ActivityType.PROFILE_VIEW_RECEIVED};
    private static final ActivityType[] CONTENT = {ActivityType.POST_PUBLISHED, ActivityType.ARTICLE_PUBLISHED,
            ActivityType.VIDEO_PUBLISHED, ActivityType.GROUP_POST_PUBLISHED};

    /*
     * The figures that the volume rules of one score share: each rule asks its context for them,
     * and the engine's context computes each once per score (or day of a history) rather than
     * once per rule. The same objects every time, since a context finds a kept figure by identity.
     */
    private static final ToDoubleFunction<ScoringContext> ACCEPTANCE_QUALITY = Response::acceptanceQualityOf;
    private static final ToDoubleFunction<ScoringContext> QUALITY = Response::qualityOf;
    private static final ToDoubleFunction<ScoringContext> OUTCOMES = Response::outcomesOf;
    private static final ToDoubleFunction<ScoringContext> PROSPECTING_ACCEPTANCE_QUALITY =
            Response::prospectingAcceptanceQualityOf;

    private Response() {
    }

    /**
     * The smoothed acceptance rate: {@code (min(accepted, sent) + w·full) / (sent + w)}, raw
     * counts of the window.
     *
     * @param context the member's aggregates
     * @return the rate, in (0, 1]
     */
    public static double acceptance(ScoringContext context) {
        return acceptance(context, ACCEPTANCE_PRIOR_WEIGHT);
    }

    /** The acceptance rate smoothed with {@code weight} requests' worth of prior. */
    private static double acceptance(ScoringContext context, double weight) {
        return smoothed(context.count(ActivityType.CONNECTION_REQUEST_ACCEPTED),
                context.count(ActivityType.CONNECTION_REQUEST_SENT), ACCEPTANCE_FULL, weight);
    }

    /**
     * The smoothed reply rate of messages and InMails, raw counts of the window.
     *
     * @param context the member's aggregates
     * @return the rate, in (0, 1]
     */
    public static double replies(ScoringContext context) {
        return replies(context, REPLY_PRIOR_WEIGHT);
    }

    /** The reply rate smoothed with {@code weight} messages' worth of prior. */
    private static double replies(ScoringContext context, double weight) {
        return smoothed(repliesReceived(context), messagesSent(context), REPLY_FULL, weight);
    }

    /** Messages and InMails sent in the window, raw. */
    static int messagesSent(ScoringContext context) {
        return context.count(ActivityType.MESSAGE_SENT) + context.count(ActivityType.INMAIL_SENT);
    }

    /** Replies to messages and InMails received in the window, raw. */
    static int repliesReceived(ScoringContext context) {
        return context.count(ActivityType.MESSAGE_REPLY_RECEIVED) + context.count(ActivityType.INMAIL_REPLY_RECEIVED);
    }

    /**
     * The one smoothing of the standard model's rates: {@code (min(hits, sample) + w·prior) /
     * (sample + w)}, so that hits beyond the sample (acceptances of requests sent before the
     * window) never raise the rate above what the sample allows.
     */
    static double smoothed(int hits, int sample, double prior, double weight) {
        return (Math.min(hits, sample) + weight * prior) / (sample + weight);
    }

    /**
     * The smoothed engagement per item published, from the weekly figures.
     *
     * @param context the member's aggregates
     * @return reactions and comments per item, greater than 0
     */
    public static double audience(ScoringContext context) {
        double items = 0;
        double engagement = 0;
        for (ActivityType t : CONTENT) {
            items += context.weeklyRate(t);
            engagement += context.weeklyEngagement(t);
        }
        return (engagement + AUDIENCE_PRIOR_WEIGHT * AUDIENCE_FULL) / (items + AUDIENCE_PRIOR_WEIGHT);
    }

    /**
     * The quality of a rate: {@code min(1, rate / full)²}.
     *
     * @param rate the smoothed rate
     * @param full the rate that keeps full quality
     * @return the quality, in [0, 1]
     */
    static double quality(double rate, double full) {
        double q = Math.min(1.0, rate / full);
        return q * q;
    }

    /**
     * The acceptance quality alone, which judges the connections won by requests.
     *
     * @param context the member's aggregates
     * @return the quality, in (0, 1]
     */
    public static double acceptanceQuality(ScoringContext context) {
        return context.shared(ACCEPTANCE_QUALITY);
    }

    private static double acceptanceQualityOf(ScoringContext context) {
        return quality(acceptance(context), ACCEPTANCE_FULL);
    }

    /**
     * The quality of the acceptance rate smoothed with
     * {@value #PROSPECTING_ACCEPTANCE_PRIOR_WEIGHT} requests' worth of prior at
     * {@value #ACCEPTANCE_FULL}, which judges prospecting: {@code min(1, rate / full)³}. The
     * larger prior keeps one request from moving it far; the cube keeps automation's large
     * sample of unaccepted requests as low as the squared quality over the small prior did (a
     * bot accepted 5% of the time reads about 0.015).
     *
     * @param context the member's aggregates
     * @return the quality, in (0, 1]
     */
    public static double prospectingAcceptanceQuality(ScoringContext context) {
        return context.shared(PROSPECTING_ACCEPTANCE_QUALITY);
    }

    private static double prospectingAcceptanceQualityOf(ScoringContext context) {
        double q = Math.min(1.0, acceptance(context, PROSPECTING_ACCEPTANCE_PRIOR_WEIGHT) / ACCEPTANCE_FULL);
        return q * q * q;
    }

    /**
     * The reply quality alone, which judges conversations.
     *
     * @param context the member's aggregates
     * @return the quality, in (0, 1]
     */
    public static double replyQuality(ScoringContext context) {
        return quality(replies(context), REPLY_FULL);
    }

    /**
     * The member's quality: the geometric mean of the acceptance, reply and audience qualities,
     * acceptance and replies smoothed with {@value #RESPONSE_PRIOR_WEIGHT} of prior.
     *
     * @param context the member's aggregates
     * @return the quality, in (0, 1]
     */
    public static double quality(ScoringContext context) {
        return context.shared(QUALITY);
    }

    private static double qualityOf(ScoringContext context) {
        return Math.cbrt(quality(acceptance(context, RESPONSE_PRIOR_WEIGHT), ACCEPTANCE_FULL)
                * quality(replies(context, RESPONSE_PRIOR_WEIGHT), REPLY_FULL) * quality(audience(context), AUDIENCE_FULL));
    }

    /**
     * The outcomes a week that prospecting led to: new connections (either direction), replies
     * received and profile views received, as the window's plain weekly average, each type
     * counting at most the daily cap on each day it occurs (as the volume rules' plain averages
     * do).
     *
     * <p>Plain, not recency-weighted, as the acceptance rate counts the window's requests: a
     * weighted rate counts an outcome today at more than twice its share of a 90-day window
     * (about 0.19 a week against 0.08), and every prospecting rule is scaled by this figure at
     * once, so one reply could lift the find pillar by more than a point. Averaged over the
     * window, one outcome moves the prospecting factor by at most {@code 0.75 · (7 / 90) / }
     * {@value #OUTCOMES_FULL}, under 0.039, which is under a point of a 25-point pillar. The
     * volume that outcomes judge is still recency-weighted, so a member who has stopped
     * prospecting still loses those points as the weeks pass. An outcome that leaves the window
     * lowers the factor by the step its arrival raised it by, no more than a point: steadily
     * arriving and leaving outcomes move the find pillar less from day to day than the weighted
     * rate, whose arrival step was the larger.
     *
     * @param context the member's aggregates
     * @return outcomes a week, never negative
     */
    public static double outcomes(ScoringContext context) {
        return context.shared(OUTCOMES);
    }

    private static double outcomesOf(ScoringContext context) {
        long count = 0;
        for (ActivityType t : OUTCOME_TYPES) {
            count += Aggregate.capped(context, t, context.count(t));
        }
        return count / (context.windowDays() / 7.0);
    }

    /**
     * How a scaled rule's points are scaled.
     *
     * @param scaling the rule's scaling
     * @param context the member's aggregates
     * @return the factor, in (0, 1]
     */
    static double factor(Scaling scaling, ScoringContext context) {
        return switch (scaling) {
            case NONE -> 1.0;
            case RESPONSE -> scaling.floor() + (1 - scaling.floor()) * quality(context);
            // The lower of the two, not their product: one acceptance raises both, and a minimum
            // moves by no more than the larger of the two steps.
            case PROSPECTING -> scaling.floor() + (1 - scaling.floor()) * Math.min(prospectingAcceptanceQuality(context),
                    Math.min(1.0, outcomes(context) / OUTCOMES_FULL));
        };
    }
}
