package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Aggregate;
import io.ssi.rules.ConversationsRule;
import io.ssi.rules.WeeklyRateRule;
import io.ssi.rules.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Engage with insights: comments and shares that add the member's perspective, groups,
 * conversations that get replies, and consistency over bursts.
 */
public final class EngageAdvice extends AdviceGenerator {

    /** Comment with an insight. */
    public static final String COMMENT_WITH_INSIGHT = "engage.comment-with-insight";
    /** Share with your own commentary. */
    public static final String SHARE_WITH_COMMENTARY = "engage.share-with-commentary";
    /** Share buyers' posts. */
    public static final String SHARE_POSTS = "engage.share-posts";
    /** Like buyers' posts. */
    public static final String LIKE_POSTS = "engage.like-posts";
    /** Join groups where buyers talk. */
    public static final String JOIN_GROUPS = "engage.join-groups";
    /** Post in those groups. */
    public static final String POST_IN_GROUPS = "engage.post-in-groups";
    /** Start more conversations. */
    public static final String START_CONVERSATIONS = "engage.start-conversations";
    /** Write fewer, more personal messages that get replies. */
    public static final String IMPROVE_REPLY_RATE = "engage.improve-reply-rate";
    /** Engage on more days, in smaller doses. */
    public static final String BE_CONSISTENT = "engage.be-consistent";

    /** Creates the generator; stateless. */
    public EngageAdvice() {
        super("engage", Set.of(COMMENT_WITH_INSIGHT, SHARE_WITH_COMMENTARY, SHARE_POSTS, LIKE_POSTS, JOIN_GROUPS,
                POST_IN_GROUPS, START_CONVERSATIONS, IMPROVE_REPLY_RATE, BE_CONSISTENT));
    }

    /** What the engage advice looks up among a calculator's rules, once per rule list. */
    private record Found(List<ConversationsRule> conversations, List<WeeklyRateRule> activeDays,
                         ActivityType[] dose, String[][] alsoRaised) {
    }

    @Override
    Object find(List<ScoringRule> rules) {
        List<ConversationsRule> conversations = new ArrayList<>();
        List<WeeklyRateRule> days = new ArrayList<>();
        for (ScoringRule r : rules) {
            if (r instanceof ConversationsRule rule) {
                conversations.add(rule);
            }
            if (r instanceof WeeklyRateRule w && w.pillar() == Pillar.ENGAGE_WITH_INSIGHTS
                    && w.aggregate().kind() == Aggregate.Kind.ACTIVE_DAYS) {
                days.add(w);
            }
        }
        ActivityType[] dose = new ActivityType[days.size()];
        String[][] alsoRaised = new String[days.size()][];
        for (int i = 0; i < dose.length; i++) {
            dose[i] = lightestDose(days.get(i));
            alsoRaised[i] = alsoRaised(rules, days.get(i), dose[i]);
        }
        return new Found(List.copyOf(conversations), List.copyOf(days), dose, alsoRaised);
    }

    @Override
    public List<Suggestion> suggest(AdviceContext c) {
        Found found = found(c, Found.class);
        List<Suggestion> out = new ArrayList<>();
        // While few messages get a reply, more messages are worth little: better ones come first.
        boolean fixRepliesFirst = false;
        for (ConversationsRule rule : found.conversations()) {
            Optional<Suggestion> replies = replyRate(c, rule);
            replies.ifPresent(out::add);
            if (replies.isEmpty()) {
                conversations(c, rule).ifPresent(out::add);
            } else {
                fixRepliesFirst = Response.replyQuality(c.scoring()) < 1;
            }
        }
        // The reply rate also scales the engaging work that is scaled for the member's response:
        // while it is being fixed, that work's gain would hinge on the fix, so it comes after.
        for (Suggestion lever : levers(c)) {
            if (!fixRepliesFirst || !scaledByResponse(c, lever)) {
                out.add(lever);
            }
        }
        if (fixRepliesFirst) {
            return out;
        }
        // Consistency: one small dose on each of the missing days, of the lightest activity the
        // rule counts (a comment where it counts comments; a like where likes make a day).
        for (int i = 0; i < found.activeDays().size(); i++) {
            WeeklyRateRule days = found.activeDays().get(i);
            ActivityType dose = found.dose()[i];
            String[] alsoRaised = found.alsoRaised()[i];
            open(c, days).filter(r -> r.evidence().target() - r.evidence().measured() >= SMALLEST_GAP).ifPresent(r -> {
                double target = r.evidence().target();
                out.add(Suggestion.builder(days.pillar(), BE_CONSISTENT).rules(days.id())
                        .rules(alsoRaised)
                        .activity(dose, target)
                        .messageArgs(r.evidence().measured(), target, target - r.evidence().measured())
                        .evidenceArgs(evidence(r))
                        .plan(c.weekly(dose, target, 0, k -> null)).build());
            });
        }
        return out;
    }

    /** The lightest activity that makes a day count for the rule: a like, else a comment, else its first type. */
    private static ActivityType lightestDose(WeeklyRateRule days) {
        List<ActivityType> types = days.aggregate().types();
        for (ActivityType t : List.of(ActivityType.POST_LIKED, ActivityType.POST_COMMENTED)) {
            if (types.contains(t)) {
                return t;
            }
        }
        return types.get(0);
    }

    /**
     * More messages, planned with replies at the rate that keeps them at full value, since a
     * message nobody answers is not a conversation.
     */
    private static Optional<Suggestion> conversations(AdviceContext c, ConversationsRule rule) {
        Optional<RuleContribution> found = open(c, rule);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        RuleContribution r = found.get();
        double extra = r.evidence().target() - r.evidence().measured();
        if (extra < SMALLEST_GAP) {
            return Optional.empty();
        }
        List<Activity> sent = c.weekly(ActivityType.MESSAGE_SENT, extra, 0, k -> null);
        List<Activity> replies = c.weekly(ActivityType.MESSAGE_REPLY_RECEIVED, extra * rule.fullValueReplyRate(), 0,
                k -> null);
        return Optional.of(Suggestion.builder(rule.pillar(), START_CONVERSATIONS)
                .rules(rule.id()).activity(ActivityType.MESSAGE_SENT, extra)
                .messageArgs(r.evidence().measured(), r.evidence().target(), extra, rule.fullValueReplyRate())
                .evidenceArgs(evidence(r)).plan(sent).plan(replies).build());
    }

    /** When few messages get a reply: the replies it takes to reach the full-value rate. */
    private static Optional<Suggestion> replyRate(AdviceContext c, ConversationsRule rule) {
        ScoringContext s = c.scoring();
        int sent = s.count(ActivityType.MESSAGE_SENT) + s.count(ActivityType.INMAIL_SENT);
        int replies = s.count(ActivityType.MESSAGE_REPLY_RECEIVED) + s.count(ActivityType.INMAIL_REPLY_RECEIVED);
        Optional<RuleContribution> found = c.contribution(rule.id());
        if (found.isEmpty() || sent == 0 || replies >= sent * rule.fullValueReplyRate()) {
            return Optional.empty();
        }
        int needed = (int) Math.ceil(sent * rule.fullValueReplyRate()) - replies;
        List<Activity> plan = new ArrayList<>();
        for (int i = 0; i < needed; i++) {
            plan.add(c.today(ActivityType.MESSAGE_REPLY_RECEIVED, Optional.empty()));
        }
        return Optional.of(Suggestion.builder(rule.pillar(), IMPROVE_REPLY_RATE)
                .rules(rule.id())
                .messageArgs(replies, sent, (double) replies / sent, rule.fullValueReplyRate())
                .evidenceArgs(evidence(found.get())).plan(plan).build());
    }
}
