package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
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

    @Test
    void anAccountCountsOnceItHasThreeDistinctNewConnections() {
        Logs two = Logs.log();
        two.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 2, k -> two.contact(Seniority.VP, "acme", 2));
        assertThat(threaded(two, Set.of("acme"))).isZero();
        Logs three = Logs.log();
        three.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 3, k -> three.contact(Seniority.VP, "acme", 2));
        assertThat(threaded(three, Set.of("acme"))).isEqualTo(1);
        assertThat(rule().evaluate(three.input(profile(Set.of("acme"))).context()).points())
                .isEqualTo(StandardModel.rule("relationships.multi-threading").orElseThrow().maxPoints());
    }

    @Test
    void connectingWithTheSamePersonAgainIsNotAnotherThread() {
        Contact a = Logs.person("a", Seniority.VP, "acme", 2);
        Contact b = Logs.person("b", Seniority.VP, "acme", 2);
        Logs log = Logs.log().onDay(CONNECTION_REQUEST_ACCEPTED, 9, 1, k -> a)
                .onDay(CONNECTION_INVITE_ACCEPTED, 8, 1, k -> a).onDay(CONNECTION_REQUEST_ACCEPTED, 7, 2, k -> b);
        assertThat(threaded(log, Set.of("acme"))).isZero();
    }

    @Test
    void connectionsInEitherDirectionCount() {
        Logs log = Logs.log();
        log.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 1, k -> log.contact(Seniority.VP, "acme", 2));
        log.onDay(CONNECTION_INVITE_ACCEPTED, 3, 2, k -> log.contact(Seniority.ENTRY, "acme", 2));
        assertThat(threaded(log, Set.of("acme"))).isEqualTo(1);
    }

    @Test
    void otherActivityAndOtherAccountsDoNotCount() {
        Logs log = Logs.log();
        log.onDay(PROFILE_VIEWED, 3, 10, k -> log.contact(Seniority.VP, "acme", 2));
        log.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 10, k -> log.contact(Seniority.VP, "not-a-target", 2));
        log.onDay(CONNECTION_REQUEST_ACCEPTED, 3, 10, k -> log.contact(Seniority.VP, null, 2));
        assertThat(threaded(log, Set.of("acme"))).isZero();
    }

    @Test
    void withoutTargetAccountsTheRuleIsNotApplicable() {
        RuleContribution c = rule().evaluate(saturatingInput().withProfile(Profiles.member().build()).context());
        assertThat(c.applicable()).isFalse();
        assertThat(c.points()).isZero();
    }

    @Test
    void theTargetIsTenAccountsOrAllOfThemIfThereAreFewer() {
        RuleInput ten = saturatingInput();
        RuleInput twenty = ten.withProfile(profile(Set.of("acme", "globex", "initech", "umbrella", "hooli", "stark",
                "wayne", "wonka", "tyrell", "cyberdyne", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10")));
        assertThat(rule().evaluate(twenty.context()).points()).isEqualTo(StandardModel.rule("relationships.multi-threading").orElseThrow().maxPoints());
        Logs log = Logs.log();
        for (String account : ACCOUNTS.subList(0, 5)) {
            log.onDay(CONNECTION_INVITE_ACCEPTED, 7, 3, k -> log.contact(Seniority.MANAGER, account, 2));
        }
        RuleContribution half = rule().evaluate(log.input(profile(Profiles.TARGET_ACCOUNTS)).context());
        assertThat(half.points()).isCloseTo(StandardModel.rule("relationships.multi-threading").orElseThrow().maxPoints() * Math.sqrt(0.5), within(1e-12));
    }

    @Test
    void sprayAndPrayDiscountsIt() {
        RuleInput input = saturatingInput();
        Logs spray = Logs.log().onDay(CONNECTION_REQUEST_SENT, 20, 600);
        RuleInput sprayed = input.withActivities(concat(input, spray));
        // 30 accepted of 600 requests is 5%, a fifth of the 25% at which connections count in full.
        assertThat(rule().evaluate(sprayed.context()).points())
                .isCloseTo(StandardModel.rule("relationships.multi-threading").orElseThrow().maxPoints() / 5, within(1e-12));
    }

    private static List<Activity> concat(RuleInput input, Logs more) {
        List<Activity> all = new ArrayList<>(input.activities());
        for (Activity a : more.build()) {
            all.add(RuleInput.copy(a, "more-" + a.id()));
        }
        return all;
    }

    private int threaded(Logs log, Set<String> targets) {
        RuleContribution c = rule().evaluate(log.input(profile(targets)).context());
        assertThat(((MultiThreadingRule) rule()).threadedAccounts(log.input(profile(targets)).context()))
                .isEqualTo((int) c.evidence().measured());
        return (int) c.evidence().measured();
    }

    private static MemberProfile profile(Set<String> targets) {
        return Profiles.member().targetAccounts(targets).build();
    }
}
