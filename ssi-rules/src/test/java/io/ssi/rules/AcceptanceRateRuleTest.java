package io.ssi.rules;

import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

final class AcceptanceRateRuleTest extends ScoringRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.acceptance-rate").orElseThrow();
    }

    @Override
    protected RuleInput saturatingInput() {
        return requests(20, 10);
    }

    @Test
    void belowTheMinimumSampleTheRateIsNotApplicable() {
        RuleContribution c = rule().evaluate(requests(((RateRule) StandardModel.rule("relationships.acceptance-rate").orElseThrow()).minimumSample() - 1, 9).context());
        assertThat(c.applicable()).isFalse();
        assertThat(c.points()).isZero();
        assertThat(c.explanation()).contains("9").contains(String.valueOf(((RateRule) StandardModel.rule("relationships.acceptance-rate").orElseThrow()).minimumSample()));
    }

    @Test
    void atTheMinimumSampleTheRateIsJudged() {
        RuleContribution c = rule().evaluate(requests(((RateRule) StandardModel.rule("relationships.acceptance-rate").orElseThrow()).minimumSample(), 0).context());
        assertThat(c.applicable()).isTrue();
        assertThat(c.points()).isZero();
    }

    @ParameterizedTest(name = "{1} of {0} accepted earns {2}")
    @CsvSource({"10, 4, 3.0", "10, 2, 1.5", "20, 2, 0.75", "40, 40, 3.0", "10, 25, 3.0", "30, 0, 0.0"})
    void pointsGrowLinearlyWithTheRateUpToTheTarget(int sent, int accepted, double points) {
        assertThat(rule().evaluate(requests(sent, accepted).context()).points()).isCloseTo(points, within(1e-12));
    }

    @Test
    void invitationsTheMemberAcceptedAreNotAcceptances() {
        RuleInput input = RuleInput.of(Profiles.member().build(), Logs.log()
                .onDay(CONNECTION_REQUEST_SENT, 2, 10).onDay(CONNECTION_INVITE_ACCEPTED, 1, 10).build());
        assertThat(rule().evaluate(input.context()).points()).isZero();
    }

    @Test
    void requestsOlderThanTheWindowAreNotCounted() {
        RuleInput old = RuleInput.of(Profiles.member().build(), Logs.log()
                .onDay(CONNECTION_REQUEST_SENT, Logs.WINDOW_DAYS, 50).onDay(CONNECTION_REQUEST_ACCEPTED, 10, 5)
                .build());
        assertThat(rule().evaluate(old.context()).applicable()).isFalse();
    }

    private static RuleInput requests(int sent, int accepted) {
        return RuleInput.of(Profiles.member().build(), Logs.log()
                .onDay(CONNECTION_REQUEST_SENT, 20, sent).onDay(CONNECTION_REQUEST_ACCEPTED, 10, accepted).build());
    }
}
