package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

final class ConnectionGrowthRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.connection-growth").orElseThrow();
    }

    @Override
    protected MemberProfile profile() {
        return Profiles.member().targetAccounts(Profiles.TARGET_ACCOUNTS).build();
    }

    /** Invitations accepted from ordinary contacts: one credit each, and no requests to judge. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(CONNECTION_INVITE_ACCEPTED, perWeek, k -> log.contact(Seniority.SENIOR, "elsewhere", 2));
    }

    /** Invitations accepted, which the acceptance rate of the member's own requests does not discount. */
    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(CONNECTION_INVITE_ACCEPTED, perWeek);
    }

    /** In proportion to the credits. */
    @Override
    protected Curve curve() {
        return Curve.LINEAR;
    }

    /** Scaled for the member's response, like the other relationship work. */
    @Override
    protected Scaling scaling() {
        return Scaling.RESPONSE;
    }

    @Test
    void decisionMakersCountExtraAndTargetAccountsHaveARuleOfTheirOwn() {
        double plain = measured(Seniority.SENIOR, "elsewhere");
        double decisionMakers = measured(Seniority.VP, "elsewhere");
        double targetAccounts = measured(Seniority.SENIOR, "acme");
        double both = measured(Seniority.CXO, "acme");
        assertThat(plain).isPositive();
        assertThat(decisionMakers).isCloseTo(2 * plain, within(1e-9));
        // relationships.target-accounts credits them, so growth does not count them twice.
        assertThat(targetAccounts).isCloseTo(plain, within(1e-9));
        assertThat(both).isCloseTo(2 * plain, within(1e-9));
        assertThat(points(Seniority.CXO, "acme")).isGreaterThan(points(Seniority.SENIOR, "elsewhere"));
    }

    @Test
    void requestsAcceptedAndInvitationsAcceptedBothCount() {
        Logs log = Logs.log();
        log.perWeek(CONNECTION_REQUEST_ACCEPTED, 2, k -> log.contact(Seniority.SENIOR, null, 2));
        log.perWeek(CONNECTION_INVITE_ACCEPTED, 2, k -> log.contact(Seniority.SENIOR, null, 2));
        Logs invitesOnly = Logs.log();
        invitesOnly.perWeek(CONNECTION_INVITE_ACCEPTED, 4, k -> invitesOnly.contact(Seniority.SENIOR, null, 2));
        assertThat(rule().evaluate(log.input(profile()).context()).evidence().measured())
                .isCloseTo(rule().evaluate(invitesOnly.input(profile()).context()).evidence().measured(),
                        within(0.3));
    }

    @Test
    void sprayAndPrayIsDiscountedByItsAcceptanceQualityAndTheResponse() {
        // The same 5 connections a week, won with 10 requests (about 50%) or with 100 (about 5%).
        ScoringContext modest = requests(10).input(profile()).context();
        ScoringContext spray = requests(100).input(profile()).context();
        assertThat(Response.acceptanceQuality(modest)).isEqualTo(1.0);
        RuleContribution modestGrowth = rule().evaluate(modest);
        RuleContribution sprayGrowth = rule().evaluate(spray);
        int sent = spray.count(CONNECTION_REQUEST_SENT);
        int accepted = spray.count(CONNECTION_REQUEST_ACCEPTED);
        double smoothed = (accepted + Response.ACCEPTANCE_PRIOR_WEIGHT * Response.ACCEPTANCE_FULL)
                / (sent + Response.ACCEPTANCE_PRIOR_WEIGHT);
        double quality = Math.pow(smoothed / Response.ACCEPTANCE_FULL, 2);
        assertThat(smoothed).isCloseTo(0.05, within(0.005));
        assertThat(Response.acceptanceQuality(spray)).isCloseTo(quality, within(1e-12));
        // The connections won count at the acceptance quality ...
        assertThat(sprayGrowth.evidence().measured())
                .isCloseTo(modestGrowth.evidence().measured() * quality, within(1e-9));
        // ... and the whole is scaled for the member's response, which the spray lowers too.
        double response = Response.factor(Scaling.RESPONSE, spray);
        assertThat(response).isLessThan(1).isGreaterThanOrEqualTo(Scaling.RESPONSE.floor());
        assertThat(sprayGrowth.points()).isCloseTo(rule().maxPoints()
                * Curve.LINEAR.share(sprayGrowth.evidence().measured(), target(), 1) * response, within(1e-9));
        assertThat(sprayGrowth.points()).isLessThan(modestGrowth.points() / 10);
        assertThat(sprayGrowth.explanation()).contains("acceptance rate");
    }

    @Test
    void invitationsTheMemberAcceptedAreNotDiscountedForTheirOwnRequests() {
        Logs sprayAndInvites = Logs.log();
        sprayAndInvites.perWeek(CONNECTION_REQUEST_SENT, 100);
        sprayAndInvites.perWeek(CONNECTION_INVITE_ACCEPTED, 4, k -> sprayAndInvites.contact(Seniority.SENIOR, null, 2));
        Logs invitesOnly = Logs.log();
        invitesOnly.perWeek(CONNECTION_INVITE_ACCEPTED, 4, k -> invitesOnly.contact(Seniority.SENIOR, null, 2));
        ScoringContext sprayed = sprayAndInvites.input(profile()).context();
        RuleContribution withSpray = rule().evaluate(sprayed);
        RuleContribution without = rule().evaluate(invitesOnly.input(profile()).context());
        // The invitations count in full; only the member's response scales the points.
        assertThat(withSpray.evidence().measured()).isEqualTo(without.evidence().measured());
        assertThat(withSpray.points())
                .isCloseTo(without.points() * Response.factor(Scaling.RESPONSE, sprayed), within(1e-9));
    }

    @Test
    void aFewUnansweredRequestsAreJudgedGentlyAndEveryOneMoreCostsALittle() {
        double previous = Double.POSITIVE_INFINITY;
        double none = 0;
        for (int unanswered = 0; unanswered <= 30; unanswered += 3) {
            Logs log = Logs.log();
            log.onDay(CONNECTION_REQUEST_SENT, 1, unanswered);
            log.perWeek(CONNECTION_INVITE_ACCEPTED, 8, k -> log.contact(Seniority.SENIOR, null, 2));
            double points = rule().evaluate(log.input(profile()).context()).points();
            if (unanswered == 0) {
                none = points;
                assertThat(points).isEqualTo(rule().maxPoints());
            } else {
                assertThat(points).as("%s unanswered requests", unanswered).isLessThan(previous);
            }
            if (unanswered == 3) {
                assertThat(points).as("no free pass below a minimum, and no cliff either")
                        .isGreaterThan(0.85 * none);
            }
            previous = points;
        }
    }

    @Test
    void tunedBonusesWeighTheCreditsAndTheAdviceReadsThem() {
        ConnectionGrowthRule standard = (ConnectionGrowthRule) rule();
        ConnectionGrowthRule tuned = ConnectionGrowthRule.builder(standard.id(), standard.pillar())
                .maxPoints(standard.maxPoints()).target(standard.target()).decisionMakerBonus(3).targetAccountBonus(0.5)
                .build();
        assertThat(standard.creditsPerConnection(true, true)).isEqualTo(2.0);
        assertThat(standard.creditsPerConnection(false, true)).isEqualTo(1.0);
        assertThat(tuned.creditsPerConnection(true, false)).isEqualTo(4.0);
        assertThat(tuned.creditsPerConnection(false, true)).isEqualTo(1.5);
        assertThat(tuned.creditsPerConnection(false, false)).isEqualTo(1.0);
        Logs log = Logs.log();
        log.perWeek(CONNECTION_REQUEST_ACCEPTED, 1, k -> log.contact(Seniority.VP, "elsewhere", 2));
        ScoringContext context = log.input(profile()).context();
        assertThat(tuned.evaluate(context).evidence().measured())
                .isCloseTo(2 * standard.evaluate(context).evidence().measured(), within(1e-9));
        assertThat(tuned.signature()).isNotEqualTo(standard.signature()).contains("decision maker 3.0");
    }

    @Test
    void badBonusesAreRefusedNamingTheRuleAndTheValue() {
        assertThatThrownBy(() -> ConnectionGrowthRule.builder("relationships.x", Pillar.BUILD_RELATIONSHIPS)
                .maxPoints(6).target(15).decisionMakerBonus(-1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("decisionMakerBonus of rule relationships.x must be a finite number >= 0, but was -1.0");
        assertThatThrownBy(() -> ConnectionGrowthRule.builder("relationships.x", Pillar.BUILD_RELATIONSHIPS)
                .maxPoints(6).target(15).targetAccountBonus(Double.NaN).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targetAccountBonus of rule relationships.x must be a finite number >= 0, but was NaN");
    }

    private Logs requests(double perWeek) {
        Logs log = Logs.log();
        log.perWeek(CONNECTION_REQUEST_SENT, perWeek);
        log.perWeek(CONNECTION_REQUEST_ACCEPTED, 5, k -> log.contact(Seniority.SENIOR, null, 2));
        return log;
    }

    private double measured(Seniority seniority, String account) {
        Logs log = Logs.log();
        log.perWeek(CONNECTION_REQUEST_ACCEPTED, 1, k -> log.contact(seniority, account, 2));
        return rule().evaluate(log.input(profile()).context()).evidence().measured();
    }

    private double points(Seniority seniority, String account) {
        Logs log = Logs.log();
        log.perWeek(CONNECTION_REQUEST_ACCEPTED, 1, k -> log.contact(seniority, account, 2));
        return rule().evaluate(log.input(profile()).context()).points();
    }
}
