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

    private static RateRule standard() {
        return (RateRule) StandardModel.rule("relationships.acceptance-rate").orElseThrow();
    }

    @Test
    void noRequestsEarnNothingAndSaySo() {
        RuleContribution c = rule().evaluate(requests(0, 0).context());
        assertThat(c.points()).isZero();
        assertThat(c.evidence().measured()).isZero();
        assertThat(c.evidence().key()).isEqualTo("relationships.acceptance-rate.none");
        assertThat(c.explanation()).contains("no connection requests");
    }

    @Test
    void aSmallSampleEarnsInProportionToItsSizeWithoutACliff() {
        RateRule rule = standard();
        int full = (int) rule.fullSample();
        // Every request accepted: from two on the smoothed rate is above the target, so only the
        // sample limits the points.
        for (int sent = 2; sent <= full; sent++) {
            RuleContribution c = rule.evaluate(requests(sent, sent).context());
            assertThat(c.points()).as("%s of %s accepted", sent, sent)
                    .isCloseTo(rule.maxPoints() * sent / rule.fullSample(), within(1e-12));
        }
        assertThat(rule.evaluate(requests(full + 10, full + 10).context()).points()).isEqualTo(rule.maxPoints());
    }

    @Test
    void theRateIsSmoothedTowardThePrior() {
        RateRule rule = standard();
        RuleContribution c = rule.evaluate(requests(20, 5).context());
        double smoothed = (5 + rule.priorWeight() * rule.prior()) / (20 + rule.priorWeight());
        assertThat(rule.rate(requests(20, 5).context())).isCloseTo(smoothed, within(1e-12));
        assertThat(c.evidence().measured()).isCloseTo(smoothed, within(1e-12));
        assertThat(c.explanation()).contains("5 of 20");
    }

    // max 2.0, target 0.4, prior 0.3 over 10 requests, full sample 20:
    // points = 2 * min(1, ((min(a, s) + 3) / (s + 10)) / 0.4) * min(1, s / 20).
    @ParameterizedTest(name = "{1} of {0} accepted earns {2}")
    @CsvSource({"20, 10, 2.0", "20, 5, 1.3333333333333333", "40, 4, 0.7", "10, 25, 1.0", "30, 0, 0.375",
            "100, 0, 0.13636363636363635"})
    void pointsGrowLinearlyWithTheSmoothedRateUpToTheTarget(int sent, int accepted, double points) {
        assertThat(rule().evaluate(requests(sent, accepted).context()).points()).isCloseTo(points, within(1e-12));
    }

    @Test
    void anAcceptanceNeverLowersThePoints() {
        double previous = -1;
        for (int accepted = 0; accepted <= 30; accepted++) {
            double points = rule().evaluate(requests(30, accepted).context()).points();
            assertThat(points).as("%s of 30 accepted", accepted).isGreaterThanOrEqualTo(previous);
            previous = points;
        }
    }

    @Test
    void invitationsTheMemberAcceptedAreNotAcceptances() {
        RuleInput input = RuleInput.of(Profiles.member().build(), Logs.log()
                .onDay(CONNECTION_REQUEST_SENT, 2, 10).onDay(CONNECTION_INVITE_ACCEPTED, 1, 10).build());
        assertThat(rule().evaluate(input.context()).points())
                .isEqualTo(rule().evaluate(requests(10, 0).context()).points());
    }

    @Test
    void requestsOlderThanTheWindowAreNotCounted() {
        RuleInput old = RuleInput.of(Profiles.member().build(), Logs.log()
                .onDay(CONNECTION_REQUEST_SENT, Logs.WINDOW_DAYS, 50).onDay(CONNECTION_REQUEST_ACCEPTED, 10, 5)
                .build());
        RuleContribution c = rule().evaluate(old.context());
        assertThat(c.points()).isZero();
        assertThat(c.evidence().key()).isEqualTo("relationships.acceptance-rate.none");
    }

    private static RuleInput requests(int sent, int accepted) {
        return RuleInput.of(Profiles.member().build(), Logs.log()
                .onDay(CONNECTION_REQUEST_SENT, 20, sent).onDay(CONNECTION_REQUEST_ACCEPTED, 10, accepted).build());
    }
}
