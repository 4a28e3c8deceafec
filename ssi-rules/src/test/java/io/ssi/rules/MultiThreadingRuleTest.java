package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_SENT;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

final class MultiThreadingRuleTest extends ScoringRuleContract {

    private static final List<String> ACCOUNTS = List.copyOf(Profiles.TARGET_ACCOUNTS);

    @Override
    protected ScoringRule rule() {
        return StandardModel.rule("relationships.multi-threading").orElseThrow();
    }

    /** Three new connections at each of the ten target accounts. */
    @Override
    protected RuleInput saturatingInput() {
        Logs log = Logs.log();
        for (String account : ACCOUNTS) {
            log.onDay(CONNECTION_REQUEST_ACCEPTED, 7, 3, k -> log.contact(Seniority.MANAGER, account, 2));
        }
        return log.input(profile(Profiles.TARGET_ACCOUNTS));
    }

    private static MultiThreadingRule standard() {
        return (MultiThreadingRule) StandardModel.rule("relationships.multi-threading").orElseThrow();
    }

    /** The standard rule, counting only the member's target accounts. */
    private static MultiThreadingRule targetAccountsOnly() {
        MultiThreadingRule s = standard();
        return MultiThreadingRule.builder(s.id(), s.pillar()).maxPoints(s.maxPoints()).target(s.target())
                .contactsPerAccount(s.contactsPerAccount()).targetAccountsOnly(true).build();
    }

    @Test
    void anAccountCountsInFullOnceItHasThreeDistinctNewConnectionsAndAsHalfWithTwo() {
        assertThat(standard().contactsPerAccount()).isEqualTo(3);
        assertThat(standard().targetAccountsOnly()).isFalse();
        Logs two = Logs.log();
        two.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 2, k -> two.contact(Seniority.VP, "acme", 2));
        assertThat(threaded(two, Set.of("acme"))).isEqualTo(0.5);
        assertThat(standard().threadedAccounts(two.input(profile(Set.of("acme"))).context())).isZero();
        Logs three = Logs.log();
        three.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 3, k -> three.contact(Seniority.VP, "acme", 2));
        assertThat(threaded(three, Set.of("acme"))).isEqualTo(1.0);
        assertThat(rule().evaluate(three.input(profile(Set.of("acme"))).context()).points())
                .isCloseTo(standard().maxPoints() / standard().target(), within(1e-12));
    }

    @Test
    void connectingWithTheSamePersonAgainIsNotAnotherThread() {
        Contact a = Logs.person("a", Seniority.VP, "acme", 2);
        Contact b = Logs.person("b", Seniority.VP, "acme", 2);
        Logs log = Logs.log().onDay(CONNECTION_REQUEST_ACCEPTED, 9, 1, k -> a)
                .onDay(CONNECTION_INVITE_ACCEPTED, 8, 1, k -> a).onDay(CONNECTION_REQUEST_ACCEPTED, 7, 2, k -> b);
        assertThat(threaded(log, Set.of("acme"))).as("two people, not four connections").isEqualTo(0.5);
    }

    @Test
    void anAccountCountsInEqualPartsFromItsSecondNewConnectionUpToTheContactsPerAccount() {
        for (int k = 1; k <= 4; k++) {
            for (boolean only : new boolean[] {false, true}) {
                // Counting only the two target accounts lowers the target to 2.
                MultiThreadingRule rule = perAccount(k, only);
                for (int n = 0; n <= k + 1; n++) {
                    ScoringContext context = oneAccountWith(n, Set.of("acme", "globex"));
                    double acme = k == 1 ? Math.min(n, 1) : Math.max(0, Math.min(n, k) - 1) / (double) (k - 1);
                    double globex = k == 1 ? 1 : Math.min(n, k - 1) / (double) (k - 1);
                    assertThat(rule.multiThreadedAccounts(context)).as("k %s, n %s, only %s", k, n, only)
                            .isCloseTo(acme + globex, within(1e-12));
                    assertThat(rule.threadedAccounts(context)).as("whole accounts, k %s, n %s", k, n)
                            .isEqualTo((n >= k ? 1 : 0) + (n + 1 >= k ? 1 : 0));
                    assertThat(rule.evaluate(context).points()).isCloseTo(rule.points(context), within(1e-12))
                            .isCloseTo(rule.maxPoints() * (acme + globex) / (only ? 2 : rule.target()),
                                    within(1e-12));
                }
            }
        }
        // Only target accounts count, in part too.
        assertThat(perAccount(3, true).multiThreadedAccounts(oneAccountWith(2, Set.of("acme")))).isEqualTo(0.5);
    }

    @Test
    void noSingleNewConnectionMovesThePointsByMoreThanHalfAnAccountsShare() {
        MultiThreadingRule rule = standard();
        double halfAnAccount = rule.maxPoints() / rule.target() / (rule.contactsPerAccount() - 1);
        double previous = 0;
        for (int n = 0; n <= 6; n++) {
            Logs log = Logs.log();
            log.onDay(CONNECTION_INVITE_ACCEPTED, 3, n, k -> log.contact(Seniority.MANAGER, "acme", 2));
            double points = rule.points(log.input(profile(Set.of("acme"))).context());
            assertThat(points - previous).as("connection %s", n).isBetween(0.0, halfAnAccount + 1e-12);
            previous = points;
        }
        assertThat(previous).isCloseTo(rule.maxPoints() / rule.target(), within(1e-12));
    }

    @Test
    void connectionsInEitherDirectionCount() {
        Logs log = Logs.log();
        log.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 1, k -> log.contact(Seniority.VP, "acme", 2));
        log.onDay(CONNECTION_INVITE_ACCEPTED, 3, 2, k -> log.contact(Seniority.ENTRY, "acme", 2));
        assertThat(threaded(log, Set.of("acme"))).isEqualTo(1.0);
    }

    @Test
    void everyAccountCountsByDefaultButOtherActivityAndContactsWithoutAnAccountDoNot() {
        Logs log = Logs.log();
        log.onDay(PROFILE_VIEWED, 3, 10, k -> log.contact(Seniority.VP, "acme", 2));
        log.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 10, k -> log.contact(Seniority.VP, null, 2));
        assertThat(threaded(log, Set.of("acme"))).isZero();
        log.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 3, k -> log.contact(Seniority.VP, "not-a-target", 2));
        assertThat(threaded(log, Set.of("acme"))).isEqualTo(1.0);
        assertThat(targetAccountsOnly().multiThreadedAccounts(log.input(profile(Set.of("acme"))).context())).isZero();
        assertThat(targetAccountsOnly().threadedAccounts(log.input(profile(Set.of("acme"))).context())).isZero();
    }

    @Test
    void aMemberWithoutTargetAccountsCanEarnItInFull() {
        RuleContribution c = rule().evaluate(saturatingInput().withProfile(Profiles.member().build()).context());
        assertThat(c.applicable()).isTrue();
        assertThat(c.points()).isEqualTo(rule().maxPoints());
        assertThat(c.explanation()).doesNotContain("target accounts");
    }

    @Test
    void pointsGrowInProportionToTheThreadedAccountsUpToTheTarget() {
        for (int accounts = 0; accounts <= ACCOUNTS.size(); accounts++) {
            Logs log = Logs.log();
            for (String account : ACCOUNTS.subList(0, accounts)) {
                log.onDay(CONNECTION_INVITE_ACCEPTED, 7, 3, k -> log.contact(Seniority.MANAGER, account, 2));
            }
            double points = rule().evaluate(log.input(profile(Profiles.TARGET_ACCOUNTS)).context()).points();
            assertThat(points).as("%s accounts", accounts).isCloseTo(
                    standard().maxPoints() * Math.min(1.0, accounts / standard().target()), within(1e-12));
        }
    }

    @Test
    void countingOnlyTargetAccountsNeedsSomeAndLowersTheTargetToTheirNumber() {
        MultiThreadingRule only = targetAccountsOnly();
        ScoringContext noTargets = saturatingInput().withProfile(Profiles.member().build()).context();
        RuleContribution none = only.evaluate(noTargets);
        assertThat(none.applicable()).isFalse();
        assertThat(none.points()).isZero();
        assertThat(only.points(noTargets)).as("points alone").isZero();
        Logs log = Logs.log();
        for (String account : List.of("acme", "globex")) {
            log.onDay(CONNECTION_INVITE_ACCEPTED, 7, 3, k -> log.contact(Seniority.MANAGER, account, 2));
        }
        log.onDay(CONNECTION_INVITE_ACCEPTED, 7, 3, k -> log.contact(Seniority.MANAGER, "not-a-target", 2));
        ScoringContext two = log.input(profile(Set.of("acme", "globex"))).context();
        assertThat(only.threadedAccounts(two)).isEqualTo(2);
        assertThat(only.evaluate(two).points()).isEqualTo(only.maxPoints());
        assertThat(only.points(two)).as("points alone").isEqualTo(only.maxPoints());
        assertThat(standard().evaluate(two).points())
                .isCloseTo(standard().maxPoints() * 3 / standard().target(), within(1e-12));
    }

    @Test
    void sprayAndPrayScalesItForTheResponse() {
        RuleInput input = saturatingInput();
        Logs spray = Logs.log().onDay(CONNECTION_REQUEST_SENT, 20, 600);
        RuleInput sprayed = input.withActivities(concat(input, spray));
        ScoringContext context = sprayed.context();
        double factor = Response.factor(Scaling.RESPONSE, context);
        assertThat(factor).isLessThan(0.6);
        RuleContribution c = rule().evaluate(context);
        assertThat(c.points()).isCloseTo(rule().maxPoints() * factor, within(1e-12));
        assertThat(c.evidence().key()).isEqualTo("relationships.multi-threading.scaled");
        assertThat(c.explanation()).contains("response");
    }

    private static List<Activity> concat(RuleInput input, Logs more) {
        List<Activity> all = new ArrayList<>(input.activities());
        for (Activity a : more.build()) {
            all.add(RuleInput.copy(a, "more-" + a.id()));
        }
        return all;
    }

    /** The multi-threaded accounts the rule measures, which {@link MultiThreadingRule#multiThreadedAccounts} tells too. */
    private double threaded(Logs log, Set<String> targets) {
        RuleContribution c = rule().evaluate(log.input(profile(targets)).context());
        assertThat(((MultiThreadingRule) rule()).multiThreadedAccounts(log.input(profile(targets)).context()))
                .isEqualTo(c.evidence().measured());
        return c.evidence().measured();
    }

    /** The rule with the standard values but another number of contacts per account. */
    private static MultiThreadingRule perAccount(int contacts, boolean targetAccountsOnly) {
        MultiThreadingRule s = standard();
        return MultiThreadingRule.builder(s.id(), s.pillar()).maxPoints(s.maxPoints()).target(s.target())
                .contactsPerAccount(contacts).targetAccountsOnly(targetAccountsOnly).build();
    }

    /** One account with {@code n} distinct new connections, and a second with one more than the first. */
    private static ScoringContext oneAccountWith(int n, Set<String> targets) {
        Logs log = Logs.log();
        log.onDay(CONNECTION_REQUEST_ACCEPTED, 3, n, k -> log.contact(Seniority.MANAGER, "acme", 2));
        log.onDay(CONNECTION_INVITE_ACCEPTED, 4, n + 1, k -> log.contact(Seniority.MANAGER, "globex", 2));
        return log.input(profile(targets)).context();
    }

    private static MemberProfile profile(Set<String> targets) {
        return Profiles.member().targetAccounts(targets).build();
    }
}
