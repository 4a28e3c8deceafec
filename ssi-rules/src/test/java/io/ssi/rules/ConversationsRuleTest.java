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

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(MESSAGE_SENT, perWeek);
    }

    @Test
    void aLowReplyRateScalesThePointsDown() {
        StubContext answered = measuring(target()).count(MESSAGE_SENT, 100).count(MESSAGE_REPLY_RECEIVED, 25);
        StubContext ignored = measuring(target()).count(MESSAGE_SENT, 100).count(MESSAGE_REPLY_RECEIVED, 5);
        assertThat(rule().evaluate(answered).points()).isEqualTo(rule().maxPoints());
        // 5% replies is a fifth of the 25% at which messages count in full.
        assertThat(rule().evaluate(ignored).points()).isCloseTo(rule().maxPoints() / 5, within(1e-12));
        assertThat(rule().evaluate(ignored).explanation()).contains("reply rate");
    }

    @Test
    void unansweredMessagesEarnNothingOnceThereAreEnoughToJudge() {
        RuleInput unanswered = Logs.log().perWeek(MESSAGE_SENT, 20).input(profile());
        assertThat(rule().evaluate(unanswered.context()).points()).isZero();
    }

    @Test
    void fewerThanTheMinimumSentAreNotJudgedByReplies() {
        RuleInput few = Logs.log().onDay(MESSAGE_SENT, 0, ((ConversationsRule) StandardModel.rule("engage.conversations").orElseThrow()).minimumSent() - 1).input(profile());
        RuleInput enough = Logs.log().onDay(MESSAGE_SENT, 0, ((ConversationsRule) StandardModel.rule("engage.conversations").orElseThrow()).minimumSent()).input(profile());
        assertThat(rule().evaluate(few.context()).points()).isPositive();
        assertThat(rule().evaluate(enough.context()).points()).isZero();
    }

    @Test
    void inMailsAndTheirRepliesCountLikeMessages() {
        RuleInput messages = Logs.log().perWeek(MESSAGE_SENT, 12).perWeek(MESSAGE_REPLY_RECEIVED, 2).input(profile());
        RuleInput inMails = Logs.log().perWeek(INMAIL_SENT, 12).perWeek(INMAIL_REPLY_RECEIVED, 2).input(profile());
        assertThat(rule().evaluate(inMails.context()).points())
                .isEqualTo(rule().evaluate(messages.context()).points()).isPositive();
    }
}
