package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
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

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(CONNECTION_REQUEST_ACCEPTED, perWeek);
    }

    @Test
    void decisionMakersAndTargetAccountContactsCountExtra() {
        double plain = measured(Seniority.SENIOR, "elsewhere");
        double decisionMakers = measured(Seniority.VP, "elsewhere");
        double targetAccounts = measured(Seniority.SENIOR, "acme");
        double both = measured(Seniority.CXO, "acme");
        assertThat(plain).isPositive();
        assertThat(decisionMakers).isCloseTo(2 * plain, within(1e-9));
        assertThat(targetAccounts).isCloseTo(2 * plain, within(1e-9));
        assertThat(both).isCloseTo(3 * plain, within(1e-9));
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
    void sprayAndPrayIsDiscountedByItsAcceptanceRate() {
        // The same 5 connections a week, won with 10 requests (50%) or with 100 (5%).
        Logs modest = requests(10);
        Logs spray = requests(100);
        double modestPoints = rule().evaluate(modest.input(profile()).context()).points();
        ScoringContext sprayContext = spray.input(profile()).context();
        double acceptance = sprayContext.count(CONNECTION_REQUEST_ACCEPTED)
                / (double) sprayContext.count(CONNECTION_REQUEST_SENT);
        assertThat(acceptance).isCloseTo(0.05, within(0.001));
        assertThat(rule().evaluate(sprayContext).points())
                .isCloseTo(modestPoints * acceptance / OutreachQuality.FULL_VALUE_RATE, within(1e-9));
        assertThat(rule().evaluate(spray.input(profile()).context()).explanation()).contains("acceptance rate");
    }

    @Test
    void invitationsTheMemberAcceptedAreNotDiscountedForTheirOwnRequests() {
        Logs sprayAndInvites = Logs.log();
        sprayAndInvites.perWeek(CONNECTION_REQUEST_SENT, 100);
        sprayAndInvites.perWeek(CONNECTION_INVITE_ACCEPTED, 4, k -> sprayAndInvites.contact(Seniority.SENIOR, null, 2));
        Logs invitesOnly = Logs.log();
        invitesOnly.perWeek(CONNECTION_INVITE_ACCEPTED, 4, k -> invitesOnly.contact(Seniority.SENIOR, null, 2));
        assertThat(rule().evaluate(sprayAndInvites.input(profile()).context()).points())
                .isEqualTo(rule().evaluate(invitesOnly.input(profile()).context()).points());
    }

    @Test
    void fewerThanTenRequestsAreNotJudged() {
        Logs log = Logs.log();
        log.onDay(CONNECTION_REQUEST_SENT, 1, OutreachQuality.MINIMUM_REQUESTS - 1);
        log.perWeek(CONNECTION_INVITE_ACCEPTED, 5, k -> log.contact(Seniority.SENIOR, null, 2));
        Logs without = Logs.log();
        without.perWeek(CONNECTION_INVITE_ACCEPTED, 5, k -> without.contact(Seniority.SENIOR, null, 2));
        assertThat(rule().evaluate(log.input(profile()).context()).points())
                .isEqualTo(rule().evaluate(without.input(profile()).context()).points());
    }

    @Test
    void tunedBonusesWeighTheCreditsAndTheAdviceReadsThem() {
        ConnectionGrowthRule standard = (ConnectionGrowthRule) rule();
        ConnectionGrowthRule tuned = ConnectionGrowthRule.builder(standard.id(), standard.pillar())
                .maxPoints(standard.maxPoints()).target(standard.target()).decisionMakerBonus(3).targetAccountBonus(0.5)
                .build();
        assertThat(standard.creditsPerConnection(true, true)).isEqualTo(3.0);
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
