package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code relationships.target-accounts}: new connections, in either direction, at the member's
 * target accounts, a week. Connection growth no longer counts them extra; this rule does.
 */
final class TargetAccountsRuleTest extends WeeklyRateRuleContract {

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.target-accounts").orElseThrow();
    }

    @Override
    protected MemberProfile profile() {
        return Profiles.member().targetAccounts(Profiles.TARGET_ACCOUNTS).build();
    }

    /** Invitations accepted from contacts at a target account. */
    @Override
    protected void write(Logs log, double perWeek) {
        log.perWeek(CONNECTION_INVITE_ACCEPTED, perWeek, k -> log.contact(Seniority.MANAGER, "acme", 2));
    }

    @Override
    protected StubContext measuring(double perWeek) {
        return StubContext.empty().rate(CONNECTION_INVITE_ACCEPTED, ContactFacet.TARGET_ACCOUNT, perWeek);
    }

    @Test
    void connectionsInEitherDirectionCount() {
        Logs requests = Logs.log();
        requests.perWeek(CONNECTION_REQUEST_ACCEPTED, 0.5, k -> requests.contact(Seniority.MANAGER, "acme", 2));
        Logs invitations = Logs.log();
        invitations.perWeek(CONNECTION_INVITE_ACCEPTED, 0.5, k -> invitations.contact(Seniority.MANAGER, "acme", 2));
        double byRequests = rule().evaluate(requests.input(profile()).context()).points();
        assertThat(byRequests).isPositive();
        assertThat(rule().evaluate(invitations.input(profile()).context()).points()).isEqualTo(byRequests);
    }

    @Test
    void connectionsElsewhereAndOtherActivityAtTargetAccountsDoNotCount() {
        Logs log = Logs.log();
        log.perWeek(CONNECTION_INVITE_ACCEPTED, 5, k -> log.contact(Seniority.VP, "not-a-target", 2));
        log.perWeek(CONNECTION_INVITE_ACCEPTED, 5, k -> log.contact(Seniority.VP, null, 2));
        log.perWeek(PROFILE_VIEWED, 20, k -> log.contact(Seniority.VP, "acme", 2));
        assertThat(rule().evaluate(log.input(profile()).context()).points()).isZero();
    }

    @Test
    void aMemberWithNoTargetAccountsEarnsNothingHere() {
        RuleInput input = steady(3 * target()).withProfile(Profiles.member().build());
        assertThat(rule().evaluate(input.context()).points()).isZero();
    }
}
