package io.ssi.rules;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.INMAIL_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.INMAIL_SENT;
import static io.ssi.core.ActivityType.MESSAGE_REPLY_RECEIVED;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

final class ConversationsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("engage.conversations").orElseThrow();
    }

    /** Messages at the rate, half of them answered. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(MESSAGE_SENT, perWeek).perWeek(MESSAGE_REPLY_RECEIVED, perWeek / 2);
    }

    /** Messages at the rate, and replies to half of them. */
    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(MESSAGE_SENT, perWeek).rate(MESSAGE_REPLY_RECEIVED, perWeek / 2);
    }

    /** Eased into the target, like every outreach measure of standard-2. */
    @Override
    protected Curve curve() {
        return Curve.EASED;
    }

    /** Not scaled for the member's response: the reply quality inside its measure is the response. */
    @Override
    protected Scaling scaling() {
        return Scaling.NONE;
    }

    private static ConversationsRule standard() {
        return (ConversationsRule) StandardModel.rule("engage.conversations").orElseThrow();
    }

    @Test
    void aLowReplyRateScalesTheMessagesThatCountBySquaredQuality() {
        ConversationsRule rule = standard();
        StubContext answered = measuring(target());
        StubContext ignored = measuring(target());
        int sent = ignored.count(MESSAGE_SENT);
        ignored.count(MESSAGE_REPLY_RECEIVED, 6);
        assertThat(rule.evaluate(answered).points()).isEqualTo(rule.maxPoints());
        double rate = (6 + rule.priorWeight() * rule.fullValueReplyRate()) / (sent + rule.priorWeight());
        double quality = Math.pow(rate / rule.fullValueReplyRate(), 2);
        assertThat(rule.replyRate(ignored)).isCloseTo(rate, within(1e-12));
        assertThat(rule.quality(ignored)).isCloseTo(quality, within(1e-12));
        assertThat(rule.evaluate(ignored).points())
                .isCloseTo(rule.maxPoints() * curve().share(target() * quality, target(), 1), within(1e-12))
                .isLessThan(rule.maxPoints() / 5);
        assertThat(rule.evaluate(ignored).explanation()).contains("reply rate");
    }

    @Test
    void unansweredMessagesEarnAlmostNothing() {
        RuleInput unanswered = Logs.log().perWeek(MESSAGE_SENT, 20).input(profile());
        assertThat(rule().evaluate(unanswered.context()).points()).isPositive()
                .isLessThan(0.01 * rule().maxPoints());
    }

    @Test
    void theReplyRateIsSmoothedSoTheFirstMessagesAreJudgedGentlyWithoutACliff() {
        ConversationsRule rule = standard();
        double previous = 1.0;
        for (int sent = 1; sent <= 30; sent++) {
            double quality = rule.quality(Logs.log().onDay(MESSAGE_SENT, 0, sent).input(profile()).context());
            assertThat(quality).as("quality of %s unanswered messages", sent).isLessThan(previous).isPositive();
            if (sent == 1) {
                assertThat(quality).isGreaterThan(0.5);
            }
            previous = quality;
        }
    }

    @Test
    void aReplyNeverLowersThePoints() {
        double previous = -1;
        for (int replies = 0; replies <= 40; replies += 2) {
            double points = rule().evaluate(Logs.log().perWeek(MESSAGE_SENT, 8).onDay(MESSAGE_REPLY_RECEIVED, 2, replies)
                    .input(profile()).context()).points();
            assertThat(points).as("%s replies", replies).isGreaterThanOrEqualTo(previous);
            previous = points;
        }
    }

    @Test
    void inMailsAndTheirRepliesCountLikeMessages() {
        RuleInput messages = Logs.log().perWeek(MESSAGE_SENT, 12).perWeek(MESSAGE_REPLY_RECEIVED, 2).input(profile());
        RuleInput inMails = Logs.log().perWeek(INMAIL_SENT, 12).perWeek(INMAIL_REPLY_RECEIVED, 2).input(profile());
        assertThat(rule().evaluate(inMails.context()).points())
                .isEqualTo(rule().evaluate(messages.context()).points()).isPositive();
    }
}
