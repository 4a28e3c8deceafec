package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Aggregate;
import io.ssi.rules.Curve;
import io.ssi.rules.Response;
import io.ssi.rules.Scaling;
import io.ssi.rules.StandardModel;
import io.ssi.rules.WeeklyRateRule;
import io.ssi.rules.advice.Members.Log;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static io.ssi.rules.advice.Members.AS_OF;
import static io.ssi.rules.advice.Suggested.inWindow;
import static io.ssi.rules.advice.Suggested.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the engage advice plans: better messages before more of them, the replies and messages
 * each plan holds, the dose that makes a missing day count, and the engagement planned content
 * carries.
 */
final class EngageAdvicePlansTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules()).build();
    // A fresh generator for every run: a generator remembers what it found among the last rule list
    // it was given, so one kept across tests would let a test pass on what another test's run
    // found, and a broken look-up would go unseen by every test but the first.
    private static EngageAdvice advice() {
        return new EngageAdvice();
    }

    private static Suggested suggest(MemberProfile p, List<Activity> log) {
        return Suggested.by(advice(), CALC, p, log);
    }

    private static final MemberProfile P = MemberProfile.builder("m").build();

    /** Messages and InMails sent today, and replies to them. */
    private static List<Activity> messages(int messages, int inmails, int replies, int inmailReplies) {
        Log log = new Log(P, "a");
        for (int i = 0; i < messages; i++) {
            log.now(ActivityType.MESSAGE_SENT, null);
        }
        for (int i = 0; i < inmails; i++) {
            log.now(ActivityType.INMAIL_SENT, null);
        }
        for (int i = 0; i < replies; i++) {
            log.now(ActivityType.MESSAGE_REPLY_RECEIVED, null);
        }
        for (int i = 0; i < inmailReplies; i++) {
            log.now(ActivityType.INMAIL_REPLY_RECEIVED, null);
        }
        return log.activities();
    }

    // ---- replies before volume

    @Test
    void fewRepliesGetThePlanOfRepliesThatReachesTheFullValueRateAndNothingElse() {
        // 30 messages and 10 InMails, 3 and 1 replies: 20% of 40 is 8, 4 more.
        Suggested run = suggest(P, messages(30, 10, 3, 1));
        Suggestion s = run.get(EngageAdvice.IMPROVE_REPLY_RATE);
        assertThat(s.pillar()).isEqualTo(Pillar.ENGAGE_WITH_INSIGHTS);
        assertThat(s.messageArgs()).containsExactly(4, 40, 0.1, 0.2);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("engage.conversations"));
        assertThat(s.ruleIds()).containsExactly("engage.conversations");
        assertThat(s.activity()).isEmpty();
        assertThat(s.plannedActivities()).hasSize(4).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.MESSAGE_REPLY_RECEIVED);
            assertThat(a.contact()).isEmpty();
            assertThat(a.at()).isEqualTo(AS_OF);
        });
        // More messages, and the engaging work the response scales, wait for the fix.
        assertThat(Response.replyQuality(run.scoring())).isLessThan(1);
        assertThat(run.codes()).containsExactly(EngageAdvice.IMPROVE_REPLY_RATE);
    }

    @Test
    void theRepliesNeededAreRoundedUp() {
        // 20% of 11 is 2.2: 3 replies, 1 more than the 2 received.
        Suggestion s = suggest(P, messages(11, 0, 2, 0)).get(EngageAdvice.IMPROVE_REPLY_RATE);
        assertThat(s.plannedActivities()).hasSize(1);
        assertThat(s.messageArgs()).containsExactly(2, 11, 2.0 / 11, 0.2);
    }

    @Test
    void aReplyRateExactlyAtTheFullValueRateGetsTheAdviceToStartMoreConversationsInstead() {
        Suggested run = suggest(P, messages(10, 0, 2, 0));
        assertThat(run.codes()).doesNotContain(EngageAdvice.IMPROVE_REPLY_RATE)
                .contains(EngageAdvice.START_CONVERSATIONS, EngageAdvice.COMMENT_WITH_INSIGHT, EngageAdvice.BE_CONSISTENT);
    }

    @Test
    void oneReplyShortOfTheRateGetsTheReplyAdvice() {
        Suggested run = suggest(P, messages(9, 1, 1, 0));
        assertThat(run.get(EngageAdvice.IMPROVE_REPLY_RATE).plannedActivities()).hasSize(1);
        assertThat(run.codes()).doesNotContain(EngageAdvice.START_CONVERSATIONS);
    }

    @Test
    void inMailRepliesCountAsReplies() {
        Suggested run = suggest(P, messages(0, 10, 0, 2));
        assertThat(run.codes()).doesNotContain(EngageAdvice.IMPROVE_REPLY_RATE).contains(EngageAdvice.START_CONVERSATIONS);
    }

    // ---- conversations

    @Test
    void noMessagesGetTheWholeTargetOfConversationsPlannedWithRepliesAtTheFullValueRate() {
        Suggested run = suggest(P, List.of());
        Suggestion s = run.get(EngageAdvice.START_CONVERSATIONS);
        assertThat(s.messageArgs()).containsExactly(0.0, 10.0, 10.0, 0.2);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("engage.conversations"));
        assertThat(s.activity()).contains(ActivityType.MESSAGE_SENT);
        assertThat(s.extraPerWeek()).isEqualTo(10.0);
        assertThat(s.ruleIds()).containsExactly("engage.conversations");
        assertThat(planned(s, ActivityType.MESSAGE_SENT)).isEqualTo(inWindow(10));
        assertThat(planned(s, ActivityType.MESSAGE_REPLY_RECEIVED)).isEqualTo(inWindow(2));
        assertThat(s.plannedActivities()).hasSize((int) (inWindow(10) + inWindow(2)))
                .allSatisfy(a -> assertThat(a.contact()).isEmpty());
    }

    @Test
    void aMemberWithConversationsPlansOnlyTheGap() {
        Log log = new Log(P, "a").weekly(ActivityType.MESSAGE_SENT, 4).weekly(ActivityType.MESSAGE_REPLY_RECEIVED, 2);
        Suggested run = suggest(P, log.activities());
        Suggestion s = run.get(EngageAdvice.START_CONVERSATIONS);
        double measured = run.contribution("engage.conversations").evidence().measured();
        assertThat(measured).isGreaterThan(2).isLessThan(5);
        assertThat(s.extraPerWeek()).isCloseTo(10 - measured, within(1e-12));
        assertThat(planned(s, ActivityType.MESSAGE_SENT)).isEqualTo(inWindow(10 - measured));
        assertThat(planned(s, ActivityType.MESSAGE_REPLY_RECEIVED)).isEqualTo(inWindow((10 - measured) * 0.2));
    }

    @Test
    void aFullConversationRuleGetsNeitherAdvice() {
        Log log = new Log(P, "a").weekly(ActivityType.MESSAGE_SENT, 12).weekly(ActivityType.MESSAGE_REPLY_RECEIVED, 4);
        Suggested run = suggest(P, log.activities());
        assertThat(run.contribution("engage.conversations").saturated()).isTrue();
        assertThat(run.codes()).doesNotContain(EngageAdvice.START_CONVERSATIONS, EngageAdvice.IMPROVE_REPLY_RATE);
    }

    // ---- consistency

    @Test
    void missingEngagedDaysArePlannedAsOneCommentADayAtTheWholeTargetRate() {
        Suggested run = suggest(P, List.of());
        Suggestion s = run.get(EngageAdvice.BE_CONSISTENT);
        assertThat(s.activity()).contains(ActivityType.POST_COMMENTED);
        assertThat(s.extraPerWeek()).isEqualTo(4.0);
        assertThat(s.messageArgs()).containsExactly(0.0, 4.0, 4.0);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("engage.consistency"));
        assertThat(s.ruleIds()).containsExactly("engage.consistency", "engage.comments");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(4)).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.POST_COMMENTED);
            assertThat(a.contact()).isEmpty();
        });
    }

    @Test
    void aMemberEngagedOnMostDaysIsPlannedTheGapInTheMessageAndTheTargetInThePlan() {
        Log log = new Log(P, "a").weekly(ActivityType.POST_COMMENTED, 2);
        Suggested run = suggest(P, log.activities());
        Suggestion s = run.get(EngageAdvice.BE_CONSISTENT);
        double measured = run.contribution("engage.consistency").evidence().measured();
        assertThat(measured).isGreaterThan(1).isLessThan(3);
        assertThat(s.messageArgs()).containsExactly(measured, 4.0, 4.0 - measured);
        assertThat(s.plannedActivities()).hasSize((int) inWindow(4));
    }

    @Test
    void aDayRuleThatCountsLikesIsDosedWithLikesAndOneThatCountsNeitherWithItsFirstType() {
        WeeklyRateRule likes = WeeklyRateRule.builder("engage.consistency", Pillar.ENGAGE_WITH_INSIGHTS).maxPoints(2.5)
                .target(4).measures(Aggregate.activeDays(EnumSet.of(ActivityType.POST_COMMENTED,
                        ActivityType.POST_LIKED))).scaled(Scaling.RESPONSE).curve(Curve.EASED).unit("days").build();
        Suggestion liked = Suggested.by(advice(), replacing(likes), P, List.of()).get(EngageAdvice.BE_CONSISTENT);
        assertThat(liked.activity()).contains(ActivityType.POST_LIKED);
        assertThat(liked.plannedActivities()).allSatisfy(a -> assertThat(a.type()).isEqualTo(ActivityType.POST_LIKED));
        assertThat(liked.ruleIds()).containsExactly("engage.consistency", "engage.likes");

        WeeklyRateRule neither = WeeklyRateRule.builder("engage.consistency", Pillar.ENGAGE_WITH_INSIGHTS)
                .maxPoints(2.5).target(4).measures(Aggregate.activeDays(EnumSet.of(ActivityType.GROUP_POST_PUBLISHED,
                        ActivityType.POST_SHARED))).scaled(Scaling.RESPONSE).curve(Curve.EASED).unit("days").build();
        Suggestion first = Suggested.by(advice(), replacing(neither), P, List.of()).get(EngageAdvice.BE_CONSISTENT);
        ActivityType expected = neither.aggregate().types().get(0);
        assertThat(first.activity()).contains(expected);
        assertThat(first.plannedActivities()).allSatisfy(a -> assertThat(a.type()).isEqualTo(expected));
    }

    @Test
    void aMemberWhoseDaysAreFullGetsNoConsistencyAdvice() {
        Log log = new Log(P, "a").weekly(ActivityType.POST_COMMENTED, 7);
        Suggested run = suggest(P, log.activities());
        assertThat(run.codes()).doesNotContain(EngageAdvice.BE_CONSISTENT);
    }

    // ---- the levers

    @Test
    void theCommentLeverPlansTheGapAndNamesTheDayRuleItAlsoRaises() {
        Suggested run = suggest(P, List.of());
        Suggestion s = run.get(EngageAdvice.COMMENT_WITH_INSIGHT);
        assertThat(s.activity()).contains(ActivityType.POST_COMMENTED);
        assertThat(s.extraPerWeek()).isEqualTo(8.0);
        assertThat(s.messageArgs()).containsExactly(0.0, 8.0, 8.0);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("engage.comments"));
        assertThat(s.ruleIds()).containsExactly("engage.comments", "engage.consistency");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(8)).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.POST_COMMENTED);
            assertThat(a.engagement()).isZero();
            assertThat(a.contact()).isEmpty();
        });
    }

    @Test
    void plannedGroupPostsCarryTheEngagementThatKeepsTheAudienceQuality() {
        Suggestion s = suggest(P, List.of()).get(EngageAdvice.POST_IN_GROUPS);
        assertThat(s.plannedActivities()).hasSize((int) inWindow(0.5))
                .allSatisfy(a -> assertThat(a.engagement()).isEqualTo((int) Math.ceil(Response.AUDIENCE_FULL)));
        assertThat(s.ruleIds()).containsExactly("engage.group-posts", "engage.consistency");
    }

    /** The standard model with one rule replaced by another of the same id. */
    private static SsiCalculator replacing(WeeklyRateRule rule) {
        return SsiCalculator.builder().rules(StandardModel.builder().drop(rule.id()).add(rule).build()).build();
    }
}
