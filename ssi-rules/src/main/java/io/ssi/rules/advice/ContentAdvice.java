package io.ssi.rules.advice;

import io.ssi.core.ActivityType;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Aggregate;
import io.ssi.rules.Response;
import io.ssi.rules.WeeklyRateRule;

import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Brand: publishing. Posts, articles and native video at the standard model's rates, and,
 * for members who already post, content that draws more reactions and comments. The standard
 * model credits content by the engagement it drew, so planned posts, articles and videos carry
 * the engagement that credits one item (the rule's own figure): the advice is to publish
 * content that finds an audience, and its gain is what such content earns.
 */
public final class ContentAdvice extends AdviceGenerator {

    /** Post every week. */
    public static final String POST_WEEKLY = "brand.post-weekly";
    /** Publish long-form articles. */
    public static final String PUBLISH_ARTICLES = "brand.publish-articles";
    /** Publish native videos. */
    public static final String PUBLISH_VIDEOS = "brand.publish-videos";
    /** Ask buyers questions to draw more engagement. */
    public static final String SPARK_CONVERSATION = "brand.spark-conversation";

    /** Creates the generator; stateless. */
    public ContentAdvice() {
        super("brand.content", Set.of(POST_WEEKLY, PUBLISH_ARTICLES, PUBLISH_VIDEOS, SPARK_CONVERSATION));
    }

    /**
     * The engagement one sparked post a week draws: the gap, and never less than what keeps the
     * member's audience quality, so that the post does not lower the response it is meant to win.
     */
    static int sparked(double gap) {
        return (int) Math.ceil(Math.max(gap, Response.AUDIENCE_FULL));
    }

    /** How far a rule's measure is below its target. */
    private static double gap(RuleContribution c) {
        return c.evidence().target() - c.evidence().measured();
    }

    /** The engagement rules that count posts, found once per rule list. */
    @Override
    Object find(List<ScoringRule> rules) {
        List<WeeklyRateRule> engagement = new ArrayList<>();
        for (ScoringRule r : rules) {
            if (r instanceof WeeklyRateRule w && w.aggregate().kind() == Aggregate.Kind.ENGAGEMENT
                    && w.aggregate().types().contains(ActivityType.POST_PUBLISHED)) {
                engagement.add(w);
            }
        }
        return List.copyOf(engagement);
    }

    @Override
    public List<Suggestion> suggest(AdviceContext context) {
        ScoringContext s = context.scoring();
        List<Suggestion> out = new ArrayList<>(levers(context));
        // Engagement can only be won on content: advice for members who already post. One post a
        // week that asks buyers a question and draws the missing engagement of the rule with the
        // largest gap; one suggestion (a code is advised once) that names every engagement rule
        // it raises, whichever pillar they are in.
        double posts = s.weeklyRate(ActivityType.POST_PUBLISHED);
        @SuppressWarnings("unchecked")
        List<WeeklyRateRule> engagement = found(context, List.class);
        WeeklyRateRule widest = null;
        RuleContribution widestGap = null;
        List<String> raised = new ArrayList<>();
        for (WeeklyRateRule rule : engagement) {
            Optional<RuleContribution> found = open(context, rule).filter(c -> posts > 0);
            if (found.isEmpty()) {
                continue;
            }
            raised.add(rule.id());
            RuleContribution c = found.get();
            if (widestGap == null || gap(c) > gap(widestGap)) {
                widest = rule;
                widestGap = c;
            }
        }
        if (widest != null && gap(widestGap) >= SMALLEST_GAP) {
            RuleContribution c = widestGap;
            raised.remove(widest.id());
            raised.add(0, widest.id());
            out.add(Suggestion.builder(widest.pillar(), SPARK_CONVERSATION)
                    .rules(raised.toArray(String[]::new)).activity(ActivityType.POST_PUBLISHED, 1)
                    .messageArgs(c.evidence().measured(), c.evidence().target(), gap(c))
                    .evidenceArgs(evidence(c))
                    .plan(context.weekly(ActivityType.POST_PUBLISHED, 1, sparked(gap(c)), k -> null)).build());
        }
        return out;
    }
}
