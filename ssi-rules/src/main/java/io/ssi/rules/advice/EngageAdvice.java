package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.CommentsRule;
import io.ssi.rules.ConsistencyRule;
import io.ssi.rules.ConversationsRule;
import io.ssi.rules.GroupPostsRule;
import io.ssi.rules.GroupsJoinedRule;
import io.ssi.rules.LikesRule;
import io.ssi.rules.SharesRule;
import io.ssi.rules.SharesWithCommentaryRule;
import io.ssi.rules.VideoInsightsRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Engage with insights: comments and shares that add the member's perspective, groups, native
 * video tips, conversations that get replies, and consistency over bursts.
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
    /** Share tips in native video. */
    public static final String SHARE_VIDEO_TIPS = "engage.share-video-tips";
    /** Start more conversations. */
    public static final String START_CONVERSATIONS = "engage.start-conversations";
    /** Write fewer, more personal messages that get replies. */
    public static final String IMPROVE_REPLY_RATE = "engage.improve-reply-rate";
    /** Engage on more days, in smaller doses. */
    public static final String BE_CONSISTENT = "engage.be-consistent";

    /** Creates the generator; stateless. */
    public EngageAdvice() {
        super("engage", Set.of(COMMENT_WITH_INSIGHT, SHARE_WITH_COMMENTARY, SHARE_POSTS, LIKE_POSTS, JOIN_GROUPS,
                POST_IN_GROUPS, SHARE_VIDEO_TIPS, START_CONVERSATIONS, IMPROVE_REPLY_RATE, BE_CONSISTENT));
    }

    @Override
    public List<Suggestion> suggest(AdviceContext c) {
        Pillar engage = Pillar.ENGAGE_WITH_INSIGHTS;
        List<Suggestion> out = new ArrayList<>();
        moreOf(c, engage, COMMENT_WITH_INSIGHT, CommentsRule.ID, ActivityType.POST_COMMENTED, 0, k -> null,
                ConsistencyRule.ID).ifPresent(out::add);
        moreOf(c, engage, SHARE_WITH_COMMENTARY, SharesWithCommentaryRule.ID,
                ActivityType.POST_SHARED_WITH_COMMENTARY, 0, k -> null).ifPresent(out::add);
        moreOf(c, engage, SHARE_POSTS, SharesRule.ID, ActivityType.POST_SHARED, 0, k -> null).ifPresent(out::add);
        moreOf(c, engage, LIKE_POSTS, LikesRule.ID, ActivityType.POST_LIKED, 0, k -> null, ConsistencyRule.ID)
                .ifPresent(out::add);
        moreOf(c, engage, JOIN_GROUPS, GroupsJoinedRule.ID, ActivityType.GROUP_JOINED, 0, k -> null)
                .ifPresent(out::add);
        moreOf(c, engage, POST_IN_GROUPS, GroupPostsRule.ID, ActivityType.GROUP_POST_PUBLISHED, 0, k -> null)
                .ifPresent(out::add);
        moreOf(c, engage, SHARE_VIDEO_TIPS, VideoInsightsRule.ID, ActivityType.VIDEO_PUBLISHED, 0, k -> null)
                .ifPresent(out::add);
        // While few messages get a reply, more messages are worth little: better ones come first.
        Optional<Suggestion> replies = replyRate(c);
        replies.ifPresent(out::add);
        if (replies.isEmpty()) {
            conversations(c).ifPresent(out::add);
        }
        // Consistency: a few likes or comments on each of the missing days; likes are the smallest dose.
        c.contribution(ConsistencyRule.ID).filter(r -> !r.saturated()).ifPresent(r -> {
            double target = r.evidence().target();
            out.add(Suggestion.builder(engage, BE_CONSISTENT).rules(ConsistencyRule.ID, LikesRule.ID)
                    .activity(ActivityType.POST_LIKED, target)
                    .messageArgs(r.evidence().measured(), target, target - r.evidence().measured())
                    .evidenceArgs(evidence(r))
                    .plan(c.weekly(ActivityType.POST_LIKED, target, 0, k -> null)).build());
        });
        return out;
    }

    /**
     * More messages, planned with replies at the rate that keeps them at full value, since a
     * message nobody answers is not a conversation.
     */
    private static Optional<Suggestion> conversations(AdviceContext c) {
        Optional<RuleContribution> found = c.contribution(ConversationsRule.ID);
        if (found.isEmpty() || found.get().saturated()) {
            return Optional.empty();
        }
        RuleContribution r = found.get();
        double extra = r.evidence().target() - r.evidence().measured();
        if (extra < SMALLEST_GAP) {
            return Optional.empty();
        }
        List<Activity> plan = new ArrayList<>(c.weekly(ActivityType.MESSAGE_SENT, extra, 0, k -> null));
        plan.addAll(c.weekly(ActivityType.MESSAGE_REPLY_RECEIVED, extra * ConversationsRule.FULL_VALUE_REPLY_RATE, 0,
                k -> null));
        return Optional.of(Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, START_CONVERSATIONS)
                .rules(ConversationsRule.ID).activity(ActivityType.MESSAGE_SENT, extra)
                .messageArgs(r.evidence().measured(), r.evidence().target(), extra)
                .evidenceArgs(evidence(r)).plan(plan).build());
    }

    /** When few messages get a reply: the replies it takes to reach the full-value rate. */
    private static Optional<Suggestion> replyRate(AdviceContext c) {
        ScoringContext s = c.scoring();
        int sent = s.count(ActivityType.MESSAGE_SENT) + s.count(ActivityType.INMAIL_SENT);
        int replies = s.count(ActivityType.MESSAGE_REPLY_RECEIVED) + s.count(ActivityType.INMAIL_REPLY_RECEIVED);
        Optional<RuleContribution> found = c.contribution(ConversationsRule.ID);
        if (found.isEmpty() || sent < ConversationsRule.MINIMUM_SENT
                || replies >= sent * ConversationsRule.FULL_VALUE_REPLY_RATE) {
            return Optional.empty();
        }
        int needed = (int) Math.ceil(sent * ConversationsRule.FULL_VALUE_REPLY_RATE) - replies;
        List<Activity> plan = new ArrayList<>();
        for (int i = 0; i < needed; i++) {
            plan.add(c.today(ActivityType.MESSAGE_REPLY_RECEIVED, Optional.empty()));
        }
        return Optional.of(Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, IMPROVE_REPLY_RATE)
                .rules(ConversationsRule.ID)
                .messageArgs(replies, sent, (double) replies / sent, ConversationsRule.FULL_VALUE_REPLY_RATE)
                .evidenceArgs(evidence(found.get())).plan(plan).build());
    }
}
