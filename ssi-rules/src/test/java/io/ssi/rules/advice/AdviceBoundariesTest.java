package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Aggregate;
import io.ssi.rules.ConversationsRule;
import io.ssi.rules.Lever;
import io.ssi.rules.RateRule;
import io.ssi.rules.Ratio;
import io.ssi.rules.Response;
import io.ssi.rules.StandardModel;
import io.ssi.rules.WeeklyRateRule;
import io.ssi.rules.advice.Members.Log;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static io.ssi.rules.advice.Members.contact;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edges of the advice: a gap of exactly the smallest one worth advising is advised, a rule
 * that is full gets no advice even where its evidence leaves work undone, and the steps that
 * wait for a fix wait only for the fix they hinge on.
 */
final class AdviceBoundariesTest {

    private static final MemberProfile P = MemberProfile.builder("m").connections(6000)
            .decisionMakerConnections(600).colleagueConnections(250).build();

    private static SsiCalculator tuned(String ruleId, double target) {
        return SsiCalculator.builder().rules(StandardModel.builder().target(ruleId, target).build()).build();
    }

    private static Suggested suggest(RecommendationGenerator g, SsiCalculator calc, List<Activity> log) {
        return Suggested.by(g, calc, P, log);
    }

    /** Enough new connections a week to prove prospecting in full; nothing that makes a day active. */
    private static List<Activity> proven() {
        return new Log(P, "a").weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, 3).activities();
    }

    @Test
    void aGapOfExactlyTheSmallestWorthAdvisingIsAdvised() {
        double smallest = AdviceGenerator.SMALLEST_GAP;
        Suggestion comments = suggest(new EngageAdvice(), tuned("engage.comments", smallest), List.of())
                .get(EngageAdvice.COMMENT_WITH_INSIGHT);
        assertThat(comments.extraPerWeek()).isEqualTo(smallest);
        assertThat(comments.plannedActivities()).hasSize(1);

        Suggestion conversations = suggest(new EngageAdvice(), tuned("engage.conversations", smallest), List.of())
                .get(EngageAdvice.START_CONVERSATIONS);
        assertThat(conversations.extraPerWeek()).isEqualTo(smallest);

        Suggestion consistent = suggest(new EngageAdvice(), tuned("engage.consistency", smallest), List.of())
                .get(EngageAdvice.BE_CONSISTENT);
        assertThat(consistent.messageArgs()).containsExactly(0.0, smallest, smallest);

        Suggestion daily = suggest(new FindAdvice(), tuned("find.days-active", smallest), proven())
                .get(FindAdvice.BE_ACTIVE_DAILY);
        assertThat(daily.messageArgs()).containsExactly(0.0, smallest, smallest);

        // Two credits a decision maker: a gap of twice the smallest is the smallest number of them.
        Suggestion growth = suggest(new RelationshipAdvice(), tuned("relationships.connection-growth", 2 * smallest),
                List.of()).get(RelationshipAdvice.CONNECT_WITH_DECISION_MAKERS);
        assertThat(growth.messageArgs()).containsExactly(0.0, 2 * smallest, 2 * smallest, smallest);

        List<Activity> posts = new Log(P, "p").weekly(ActivityType.POST_PUBLISHED, 1, 0, k -> null).activities();
        Suggestion spark = Suggested.by(new ContentAdvice(), SsiCalculator.builder().rules(StandardModel.builder()
                .drop("engage.audience").target("brand.content-engagement", smallest).build()).build(), P, posts)
                .get(ContentAdvice.SPARK_CONVERSATION);
        assertThat(spark.messageArgs()).containsExactly(0.0, smallest, smallest);
    }

    @Test
    void aGapJustBelowTheSmallestIsNotAdvisedAndOneJustAboveIs() {
        MemberProfile p = MemberProfile.builder("m").build();
        Supplier<StandardModel.Builder> standard = StandardModel::builder;
        Suggested.checkSmallestGap(new EngageAdvice(), standard, "engage.comments", EngageAdvice.COMMENT_WITH_INSIGHT, p,
                new Log(p, "a").weekly(ActivityType.POST_COMMENTED, 4).activities());
        Suggested.checkSmallestGap(new EngageAdvice(), standard, "engage.consistency", EngageAdvice.BE_CONSISTENT, p,
                new Log(p, "a").weekly(ActivityType.POST_COMMENTED, 3).activities());
        Suggested.checkSmallestGap(new FindAdvice(), standard, "find.days-active", FindAdvice.BE_ACTIVE_DAILY, p,
                new Log(p, "a").weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, 3)
                        .weekly(ActivityType.MESSAGE_SENT, 3).activities());
        Suggested.checkSmallestGap(new ContentAdvice(), () -> StandardModel.builder().drop("engage.audience"),
                "brand.content-engagement", ContentAdvice.SPARK_CONVERSATION, p,
                new Log(p, "a").weekly(ActivityType.POST_PUBLISHED, 1, 10, k -> null).activities());
    }

    @Test
    void aFullWelcomeRuleGetsNoWelcomeAdviceThoughSomeNewConnectionsWentUnwelcomed() {
        Log log = new Log(P, "a");
        for (int i = 0; i < 60; i++) {
            log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, contact("c" + i, io.ssi.core.Seniority.SENIOR, 2, null));
        }
        for (int i = 0; i < 55; i++) {
            log.now(ActivityType.WELCOME_MESSAGE_SENT, contact("c" + i, io.ssi.core.Seniority.SENIOR, 2, null));
        }
        Suggested run = suggest(new RelationshipAdvice(), SsiCalculator.builder().rules(StandardModel.rules()).build(),
                log.activities());
        assertThat(run.contribution("relationships.welcomes").saturated()).isTrue();
        assertThat(run.codes()).doesNotContain(RelationshipAdvice.WELCOME_NEW_CONNECTIONS);
    }

    @Test
    void aRateRuleThatJudgesSomethingElseGetsNoAcceptanceAdvice() {
        RateRule replies = RateRule.builder("relationships.reply-share", Pillar.BUILD_RELATIONSHIPS).maxPoints(1)
                .target(0.4).judges(Ratio.of(ActivityType.MESSAGE_REPLY_RECEIVED, ActivityType.MESSAGE_SENT))
                .prior(0.2, 10).fullSample(20).unit("messages answered").build();
        SsiCalculator calc = SsiCalculator.builder().rules(StandardModel.builder().add(replies).build()).build();
        Suggested run = suggest(new RelationshipAdvice(), calc, List.of());
        assertThat(run.get(RelationshipAdvice.SEND_CONNECTION_REQUESTS).ruleIds().get(0))
                .isEqualTo("relationships.acceptance-rate");
    }

    @Test
    void whileRepliesAreFixedAnEngagingLeverTheResponseDoesNotScaleIsStillAdvised() {
        WeeklyRateRule likes = WeeklyRateRule.builder("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS).maxPoints(1)
                .target(20).measures(Aggregate.rate(ActivityType.POST_LIKED)).unit("likes a week")
                .lever(Lever.activity(EngageAdvice.LIKE_POSTS, ActivityType.POST_LIKED, ContactFacet.ANY)).build();
        SsiCalculator calc = SsiCalculator.builder().rules(StandardModel.builder().drop("engage.likes").add(likes)
                .build()).build();
        Log log = new Log(P, "a");
        for (int i = 0; i < 30; i++) {
            log.now(ActivityType.MESSAGE_SENT, null);
        }
        Suggested run = suggest(new EngageAdvice(), calc, log.activities());
        assertThat(run.codes()).containsExactlyInAnyOrder(EngageAdvice.IMPROVE_REPLY_RATE, EngageAdvice.LIKE_POSTS);
    }

    @Test
    void aReplyTargetAboveWhatTheResponseNeedsHoldsNothingBack() {
        // The conversations rule asks for half of the messages answered; the response is full
        // from a fifth. Three replies of ten: reply advice, but nothing hinges on it.
        ConversationsRule strict = ConversationsRule.builder("engage.conversations", Pillar.ENGAGE_WITH_INSIGHTS)
                .maxPoints(5).target(10).priorWeight(Response.REPLY_PRIOR_WEIGHT).fullValueReplyRate(0.5).build();
        SsiCalculator calc = SsiCalculator.builder().rules(StandardModel.builder().drop("engage.conversations")
                .add(strict).build()).build();
        Log log = new Log(P, "a");
        for (int i = 0; i < 10; i++) {
            log.now(ActivityType.MESSAGE_SENT, null);
        }
        for (int i = 0; i < 3; i++) {
            log.now(ActivityType.MESSAGE_REPLY_RECEIVED, null);
        }
        Suggested run = suggest(new EngageAdvice(), calc, log.activities());
        assertThat(Response.replyQuality(run.scoring())).isEqualTo(1.0);
        Suggestion s = run.get(EngageAdvice.IMPROVE_REPLY_RATE);
        assertThat(s.plannedActivities()).hasSize(2);
        assertThat(s.messageArgs()).containsExactly(3, 10, 0.3, 0.5);
        assertThat(run.codes()).contains(EngageAdvice.COMMENT_WITH_INSIGHT, EngageAdvice.BE_CONSISTENT)
                .doesNotContain(EngageAdvice.START_CONVERSATIONS);
    }
}
