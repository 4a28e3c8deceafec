package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Seniority;
import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Response;
import io.ssi.rules.StandardModel;
import io.ssi.rules.advice.Members.Log;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.ssi.rules.advice.Members.AS_OF;
import static io.ssi.rules.advice.Members.contact;
import static io.ssi.rules.advice.Suggested.inWindow;
import static io.ssi.rules.advice.Suggested.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the relationship advice plans, read from its suggestions: which branch of the acceptance
 * advice a member gets (too few requests to judge, or too few accepted), how many acceptances
 * and welcomes each plan holds, which steps wait while spray-and-pray is being fixed, whom the
 * welcome advice names, and which target accounts the multi-threading plan works on.
 */
final class RelationshipAdvicePlansTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules()).build();
    // A fresh generator for every run: a generator remembers what it found among the last rule list
    // it was given, so one kept across tests would let a test pass on what another test's run
    // found, and a broken look-up would go unseen by every test but the first.
    private static RelationshipAdvice advice() {
        return new RelationshipAdvice();
    }

    private static Suggested suggest(MemberProfile p, List<Activity> log) {
        return Suggested.by(advice(), CALC, p, log);
    }

    /** A profile whose network rules are full, so their advice does not crowd the list. */
    private static MemberProfile.Builder networked(String id) {
        return MemberProfile.builder(id).connections(6000).decisionMakerConnections(600).colleagueConnections(250);
    }

    private static Contact person(String id) {
        return contact(id, Seniority.SENIOR, 2, null);
    }

    /** {@code n} requests sent and the first {@code accepted} of them accepted, all today, each with its contact. */
    private static Log requests(Log log, int n, int accepted) {
        for (int i = 0; i < n; i++) {
            log.now(ActivityType.CONNECTION_REQUEST_SENT, person("r" + i));
        }
        for (int i = 0; i < accepted; i++) {
            log.now(ActivityType.CONNECTION_REQUEST_ACCEPTED, person("r" + i));
        }
        return log;
    }

    // ---- the acceptance advice: too few requests to be judged

    @Test
    void nineteenRequestsAreOneShortOfTheSampleAndThePlanSendsOneWellAimedRequest() {
        MemberProfile p = networked("m").build();
        Suggested run = suggest(p, requests(new Log(p, "a"), 19, 0).activities());
        Suggestion s = run.get(RelationshipAdvice.SEND_CONNECTION_REQUESTS);
        assertThat(run.find(RelationshipAdvice.IMPROVE_ACCEPTANCE_RATE)).isEmpty();
        assertThat(s.pillar()).isEqualTo(Pillar.BUILD_RELATIONSHIPS);
        assertThat(s.messageArgs()).containsExactly(19, 20, 1);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("relationships.acceptance-rate"));
        assertThat(s.activity()).contains(ActivityType.CONNECTION_REQUEST_SENT);
        assertThat(s.extraPerWeek()).isZero();
        // One request, accepted, and (no connection has a welcome rate yet) welcomed.
        List<Activity> plan = s.plannedActivities();
        assertThat(plan).extracting(Activity::type).containsExactly(ActivityType.CONNECTION_REQUEST_SENT,
                ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.WELCOME_MESSAGE_SENT);
        Contact planned = plan.get(0).contact().orElseThrow();
        assertThat(plan).allSatisfy(a -> {
            assertThat(a.contact()).contains(planned);
            assertThat(a.at()).isEqualTo(AS_OF);
        });
        assertThat(planned.seniority()).isEqualTo(Seniority.MANAGER);
        assertThat(planned.degree()).isEqualTo(2);
        assertThat(planned.accountId()).isEmpty();
        assertThat(s.ruleIds()).containsExactly("relationships.acceptance-rate", "relationships.welcomes");
    }

    @Test
    void fiveRequestsGetFifteenMoreOfWhichEveryOtherIsAcceptedAndWelcomedAtTheMembersOwnRate() {
        MemberProfile p = networked("m").build();
        // Five sent, four accepted, two of those four welcomed: half.
        Log log = requests(new Log(p, "a"), 5, 4);
        log.now(ActivityType.WELCOME_MESSAGE_SENT, person("r0"));
        log.now(ActivityType.WELCOME_MESSAGE_SENT, person("r1"));
        Suggested run = suggest(p, log.activities());
        Suggestion s = run.get(RelationshipAdvice.SEND_CONNECTION_REQUESTS);
        assertThat(s.messageArgs()).containsExactly(5, 20, 15);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_SENT)).isEqualTo(15);
        // Requests 0, 2, ..., 14 are accepted: 8 of 15.
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(8);
        // floor(8 * 2 / 4) = 4 welcomes, to the first four won.
        assertThat(planned(s, ActivityType.WELCOME_MESSAGE_SENT)).isEqualTo(4);
        List<Contact> won = s.plannedActivities().stream()
                .filter(a -> a.type() == ActivityType.CONNECTION_REQUEST_ACCEPTED)
                .map(a -> a.contact().orElseThrow()).toList();
        List<Contact> welcomed = s.plannedActivities().stream()
                .filter(a -> a.type() == ActivityType.WELCOME_MESSAGE_SENT)
                .map(a -> a.contact().orElseThrow()).toList();
        assertThat(welcomed).isEqualTo(won.subList(0, 4));
        List<Contact> sentTo = s.plannedActivities().stream()
                .filter(a -> a.type() == ActivityType.CONNECTION_REQUEST_SENT)
                .map(a -> a.contact().orElseThrow()).toList();
        assertThat(sentTo).doesNotHaveDuplicates();
        assertThat(won).containsExactly(sentTo.get(0), sentTo.get(2), sentTo.get(4), sentTo.get(6), sentTo.get(8),
                sentTo.get(10), sentTo.get(12), sentTo.get(14));
        assertThat(s.ruleIds()).containsExactly("relationships.acceptance-rate", "relationships.welcomes");
    }

    @Test
    void aMemberWhoNeverWelcomesIsPlannedNoWelcomesAndTheWelcomeRuleIsNotNamed() {
        MemberProfile p = networked("m").build();
        Suggested run = suggest(p, requests(new Log(p, "a"), 4, 3).activities());
        Suggestion s = run.get(RelationshipAdvice.SEND_CONNECTION_REQUESTS);
        assertThat(s.messageArgs()).containsExactly(4, 20, 16);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_SENT)).isEqualTo(16);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(8);
        assertThat(planned(s, ActivityType.WELCOME_MESSAGE_SENT)).isZero();
        assertThat(s.ruleIds()).containsExactly("relationships.acceptance-rate");
    }

    @Test
    void aMemberWithoutRequestsIsToldToSendTwentyAndThatPlanWelcomesEveryoneItWins() {
        MemberProfile p = networked("m").build();
        Suggested run = suggest(p, List.of());
        Suggestion s = run.get(RelationshipAdvice.SEND_CONNECTION_REQUESTS);
        assertThat(s.messageArgs()).containsExactly(0, 20, 20);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_SENT)).isEqualTo(20);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(10);
        assertThat(planned(s, ActivityType.WELCOME_MESSAGE_SENT)).isEqualTo(10);
    }

    // ---- the acceptance advice: judged, and below target

    @Test
    void twentyRequestsAreJudgedAndGetTheAcceptancesThatLiftTheSmoothedRateToTheTarget() {
        MemberProfile p = networked("m").build();
        Suggested run = suggest(p, requests(new Log(p, "a"), 20, 2).activities());
        assertThat(run.find(RelationshipAdvice.SEND_CONNECTION_REQUESTS)).isEmpty();
        Suggestion s = run.get(RelationshipAdvice.IMPROVE_ACCEPTANCE_RATE);
        // (2 + 10 x 0.3) / 30 is below 0.4: 0.4 x 30 - 3 = 9 acceptances in all, 7 more.
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(7);
        assertThat(planned(s, ActivityType.WELCOME_MESSAGE_SENT)).isZero();
        assertThat(s.plannedActivities()).hasSize(7).allSatisfy(a -> {
            assertThat(a.contact()).isEmpty();
            assertThat(a.at()).isEqualTo(AS_OF);
        });
        assertThat(s.messageArgs()).containsExactly(2, 20, 0.1, 0.4);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("relationships.acceptance-rate"));
        assertThat(s.activity()).isEmpty();
        assertThat(s.ruleIds()).containsExactly("relationships.acceptance-rate", "relationships.connection-growth",
                "relationships.multi-threading");
    }

    @Test
    void theAcceptancesPlannedBringTheSmoothedRateExactlyToItsTargetNotOneMore() {
        MemberProfile p = networked("m").build();
        // 0.4 x (30 + 10) - 3 = 13 acceptances exactly: the tolerance keeps a whole number whole.
        Suggested run = suggest(p, requests(new Log(p, "a"), 30, 3).activities());
        Suggestion s = run.get(RelationshipAdvice.IMPROVE_ACCEPTANCE_RATE);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(10);
        assertThat(s.messageArgs()).containsExactly(3, 30, 0.1, 0.4);
    }

    @Test
    void theAcceptancesPlannedAreWelcomedAtTheMembersCurrentRate() {
        MemberProfile p = networked("m").build();
        // 3 of 30 accepted, 1 of the 3 welcomed: floor(10 / 3) = 3 of the 10 planned acceptances are welcomed.
        Log log = requests(new Log(p, "a"), 30, 3);
        log.now(ActivityType.WELCOME_MESSAGE_SENT, person("r0"));
        Suggested run = suggest(p, log.activities());
        Suggestion s = run.get(RelationshipAdvice.IMPROVE_ACCEPTANCE_RATE);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(10);
        assertThat(planned(s, ActivityType.WELCOME_MESSAGE_SENT)).isEqualTo(3);
        assertThat(s.ruleIds()).containsExactly("relationships.acceptance-rate", "relationships.connection-growth",
                "relationships.multi-threading", "relationships.welcomes");
    }

    @Test
    void aGoodAcceptanceRateGetsNoAcceptanceAdvice() {
        MemberProfile p = networked("m").build();
        Suggested run = suggest(p, requests(new Log(p, "a"), 20, 12).activities());
        assertThat(run.codes()).doesNotContain(RelationshipAdvice.IMPROVE_ACCEPTANCE_RATE,
                RelationshipAdvice.SEND_CONNECTION_REQUESTS);
    }

    // ---- sequencing: spray-and-pray first

    @Test
    void whileSprayAndPrayIsBeingFixedTheWorkItScalesWaits() {
        MemberProfile p = MemberProfile.builder("m").targetAccounts(Set.of("acme")).build();
        Log log = requests(new Log(p, "a"), 30, 3);
        Suggested run = suggest(p, log.activities());
        assertThat(Response.acceptanceQuality(run.scoring())).isLessThan(1);
        // The fix, and the network advice (profile counts, which the response does not scale).
        assertThat(run.codes()).containsExactlyInAnyOrder(RelationshipAdvice.IMPROVE_ACCEPTANCE_RATE,
                RelationshipAdvice.GROW_NETWORK, RelationshipAdvice.GROW_DECISION_MAKER_NETWORK,
                RelationshipAdvice.CONNECT_WITH_COLLEAGUES);
    }

    @Test
    void theSameMemberWithAGoodRateGetsEverythingTheFixHeldBack() {
        MemberProfile p = MemberProfile.builder("m").targetAccounts(Set.of("acme")).build();
        Log log = requests(new Log(p, "a"), 30, 20);
        Suggested run = suggest(p, log.activities());
        assertThat(Response.acceptanceQuality(run.scoring())).isEqualTo(1.0);
        assertThat(run.codes()).containsExactlyInAnyOrder(RelationshipAdvice.WELCOME_NEW_CONNECTIONS,
                RelationshipAdvice.CONNECT_WITH_DECISION_MAKERS, RelationshipAdvice.MULTI_THREAD_TARGET_ACCOUNTS,
                RelationshipAdvice.MENTION_OTHERS, RelationshipAdvice.ASK_FOR_INTRODUCTIONS,
                RelationshipAdvice.GROW_NETWORK, RelationshipAdvice.GROW_DECISION_MAKER_NETWORK,
                RelationshipAdvice.CONNECT_WITH_COLLEAGUES);
    }

    @Test
    void tooFewRequestsToJudgeHoldBackNothingWhileTheSmoothedRateIsStillFull() {
        MemberProfile p = MemberProfile.builder("m").build();
        // 5 sent, 2 accepted: (2 + 3) / 15 = 0.33, above the full-value 0.3.
        Suggested run = suggest(p, requests(new Log(p, "a"), 5, 2).activities());
        assertThat(Response.acceptanceQuality(run.scoring())).isEqualTo(1.0);
        assertThat(run.codes()).contains(RelationshipAdvice.SEND_CONNECTION_REQUESTS,
                RelationshipAdvice.WELCOME_NEW_CONNECTIONS, RelationshipAdvice.CONNECT_WITH_DECISION_MAKERS,
                RelationshipAdvice.MENTION_OTHERS, RelationshipAdvice.ASK_FOR_INTRODUCTIONS);
    }

    @Test
    void aLowRateWithTooFewRequestsAlsoHoldsBackTheWorkItScales() {
        MemberProfile p = MemberProfile.builder("m").build();
        // 15 sent, none accepted: 3 / 25 = 0.12.
        Suggested run = suggest(p, requests(new Log(p, "a"), 15, 0).activities());
        assertThat(Response.acceptanceQuality(run.scoring())).isLessThan(1);
        assertThat(run.codes()).contains(RelationshipAdvice.SEND_CONNECTION_REQUESTS)
                .doesNotContain(RelationshipAdvice.WELCOME_NEW_CONNECTIONS,
                        RelationshipAdvice.CONNECT_WITH_DECISION_MAKERS, RelationshipAdvice.MENTION_OTHERS,
                        RelationshipAdvice.ASK_FOR_INTRODUCTIONS);
    }

    @Test
    void aLowRateWithoutAnyAcceptanceAdviceStillHoldsBackGrowthButNotTheWelcomes() {
        // The acceptance rule saturated by a tuned target: no acceptance advice, yet the rate
        // still discounts the connections won, so growth waits; welcomes do not.
        SsiCalculator tuned = SsiCalculator.builder().rules(StandardModel.builder()
                .target("relationships.acceptance-rate", 0.05).build()).build();
        MemberProfile p = networked("m").build();
        Log log = requests(new Log(p, "a"), 40, 4);
        Suggested run = Suggested.by(advice(), tuned, p, log.activities());
        assertThat(Response.acceptanceQuality(run.scoring())).isLessThan(1);
        assertThat(run.codes()).doesNotContain(RelationshipAdvice.IMPROVE_ACCEPTANCE_RATE,
                RelationshipAdvice.SEND_CONNECTION_REQUESTS, RelationshipAdvice.CONNECT_WITH_DECISION_MAKERS)
                .contains(RelationshipAdvice.WELCOME_NEW_CONNECTIONS, RelationshipAdvice.MENTION_OTHERS);
    }

    // ---- welcomes

    @Test
    void theWelcomePlanWritesToEachNamedNewConnectionAndAnonymouslyToTheRest() {
        MemberProfile p = networked("m").build();
        Log log = new Log(p, "a");
        for (String id : List.of("c3", "c1", "c2")) {
            log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, person(id));
        }
        log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, null);
        log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, null);
        log.now(ActivityType.WELCOME_MESSAGE_SENT, person("c2"));
        Suggested run = suggest(p, log.activities());
        Suggestion s = run.get(RelationshipAdvice.WELCOME_NEW_CONNECTIONS);
        assertThat(s.messageArgs()).containsExactly(4, 5, 90);
        assertThat(s.subjects()).containsExactly("c1", "c3");
        assertThat(s.ruleIds()).containsExactly("relationships.welcomes");
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("relationships.welcomes"));
        assertThat(s.activity()).contains(ActivityType.WELCOME_MESSAGE_SENT);
        assertThat(s.extraPerWeek()).isZero();
        assertThat(s.plannedActivities()).hasSize(4).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.WELCOME_MESSAGE_SENT);
            assertThat(a.at()).isEqualTo(AS_OF);
        });
        assertThat(s.plannedActivities()).extracting(a -> a.contact().map(Contact::id).orElse("-"))
                .containsExactly("c1", "c3", "-", "-");
        // The lever of the welcome rule would repeat this advice anonymously: it is not added.
        assertThat(run.codes()).containsOnlyOnce(RelationshipAdvice.WELCOME_NEW_CONNECTIONS);
    }

    @Test
    void aMemberWhoWelcomedEveryNewConnectionIsNotToldToWelcome() {
        MemberProfile p = networked("m").build();
        Log log = new Log(p, "a");
        for (String id : List.of("c1", "c2")) {
            log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, person(id));
            log.now(ActivityType.WELCOME_MESSAGE_SENT, person(id));
        }
        Suggested run = suggest(p, log.activities());
        assertThat(run.contribution("relationships.welcomes").saturated()).isFalse();
        assertThat(run.codes()).doesNotContain(RelationshipAdvice.WELCOME_NEW_CONNECTIONS);
    }

    @Test
    void oneAnonymousNewConnectionWithoutAWelcomeGetsOneAnonymousWelcome() {
        MemberProfile p = networked("m").build();
        Log log = new Log(p, "a").now(ActivityType.CONNECTION_INVITE_ACCEPTED, null);
        Suggestion s = suggest(p, log.activities()).get(RelationshipAdvice.WELCOME_NEW_CONNECTIONS);
        assertThat(s.subjects()).isEmpty();
        assertThat(s.messageArgs()).containsExactly(1, 1, 90);
        assertThat(s.plannedActivities()).singleElement().satisfies(a -> assertThat(a.contact()).isEmpty());
    }

    // ---- connection growth

    @Test
    void growthIsPlannedAsDecisionMakersWonByRequestsOfWhichHalfAreAccepted() {
        MemberProfile p = networked("m").build();
        Suggested run = suggest(p, List.of());
        Suggestion s = run.get(RelationshipAdvice.CONNECT_WITH_DECISION_MAKERS);
        // Five credits a week to go, two credits for each decision maker won: 2.5 a week, from 5 requests.
        assertThat(s.messageArgs()).containsExactly(0.0, 5.0, 5.0, 2.5);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("relationships.connection-growth"));
        assertThat(s.activity()).contains(ActivityType.CONNECTION_REQUEST_SENT);
        assertThat(s.extraPerWeek()).isEqualTo(5.0);
        assertThat(s.ruleIds()).containsExactly("relationships.connection-growth", "relationships.welcomes");
        List<Contact> won = s.plannedActivities().stream()
                .filter(a -> a.type() == ActivityType.CONNECTION_REQUEST_ACCEPTED)
                .map(a -> a.contact().orElseThrow()).toList();
        assertThat(won).hasSize((int) inWindow(2.5)).doesNotHaveDuplicates().allSatisfy(c -> {
            assertThat(c.seniority()).isEqualTo(Seniority.VP);
            assertThat(c.degree()).isEqualTo(2);
            assertThat(c.accountId()).isEmpty();
        });
        List<Contact> sentTo = s.plannedActivities().stream()
                .filter(a -> a.type() == ActivityType.CONNECTION_REQUEST_SENT)
                .map(a -> a.contact().orElseThrow()).toList();
        assertThat(sentTo).hasSize((int) inWindow(5));
        // Two requests to each person won, in order.
        for (int k = 0; k < sentTo.size(); k++) {
            assertThat(sentTo.get(k)).isEqualTo(won.get(k / 2 % won.size()));
        }
        // No welcome rate yet: every connection won is welcomed.
        assertThat(s.plannedActivities().stream().filter(a -> a.type() == ActivityType.WELCOME_MESSAGE_SENT)
                .map(a -> a.contact().orElseThrow()).toList()).isEqualTo(won);
    }

    @Test
    void growthCountsWhatTheMemberAlreadyDoesAndWelcomesAtTheirRate() {
        MemberProfile p = networked("m").build();
        Log log = new Log(p, "a");
        // One invitation a week, accepted by the member; half of them welcomed.
        log.weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, 1, 0, k -> person("i" + k));
        List<Activity> invites = log.activities();
        for (int i = 0; i < invites.size(); i += 2) {
            log.now(ActivityType.WELCOME_MESSAGE_SENT, invites.get(i).contact().orElseThrow());
        }
        Suggested run = suggest(p, log.activities());
        Suggestion s = run.get(RelationshipAdvice.CONNECT_WITH_DECISION_MAKERS);
        double measured = run.contribution("relationships.connection-growth").evidence().measured();
        assertThat(measured).isGreaterThan(0.5).isLessThan(1.5);
        double perWeek = (5 - measured) / 2;
        assertThat((double) s.messageArgs().get(3)).isCloseTo(perWeek, within(1e-12));
        assertThat(s.extraPerWeek()).isCloseTo(2 * perWeek, within(1e-12));
        long won = planned(s, ActivityType.CONNECTION_REQUEST_ACCEPTED);
        assertThat(won).isEqualTo(inWindow(perWeek));
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_SENT)).isEqualTo(inWindow(2 * perWeek));
        int all = run.scoring().newConnections();
        int welcomed = run.scoring().welcomedNewConnections();
        assertThat(welcomed).isPositive().isLessThan(all);
        assertThat(planned(s, ActivityType.WELCOME_MESSAGE_SENT)).isEqualTo((long) Math.floor(won * (double) welcomed / all));
    }

    @Test
    void aMemberAlmostAtTheGrowthTargetIsNotToldToGrow() {
        MemberProfile p = networked("m").build();
        // 4.95 credits a week of invitations from decision makers are 9.9 credits: saturated or
        // within the smallest gap either way.
        Log log = new Log(p, "a").weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, 2.6, 0,
                k -> contact("i" + k, Seniority.VP, 2, null));
        Suggested run = suggest(p, log.activities());
        assertThat(run.codes()).doesNotContain(RelationshipAdvice.CONNECT_WITH_DECISION_MAKERS);
    }

    // ---- multi-threading

    @Test
    void multiThreadingWorksOnTheAccountsClosestToThreeConnectionsAsManyAsTheTargetNeeds() {
        Set<String> targets = Set.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot");
        MemberProfile p = networked("m").targetAccounts(targets).build();
        Log log = new Log(p, "a");
        String[][] at = {{"bravo", "2"}, {"charlie", "3"}, {"delta", "1"}};
        int n = 0;
        for (String[] a : at) {
            for (int i = 0; i < Integer.parseInt(a[1]); i++) {
                log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, contact("x" + n++, Seniority.SENIOR, 2, a[0]));
            }
        }
        Suggested run = suggest(p, log.activities());
        Suggestion s = run.get(RelationshipAdvice.MULTI_THREAD_TARGET_ACCOUNTS);
        // charlie is threaded; 5 - 1 = 4 more accounts, the closest first, then by name.
        assertThat(s.subjects()).containsExactly("bravo", "delta", "alpha", "echo");
        assertThat(s.messageArgs()).containsExactly(1, 6, "bravo, delta, alpha", 4);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("relationships.multi-threading"));
        assertThat(s.activity()).contains(ActivityType.CONNECTION_REQUEST_SENT);
        assertThat(s.extraPerWeek()).isZero();
        // No welcome is planned (below), so the welcome rule is not named.
        assertThat(s.ruleIds()).containsExactly("relationships.multi-threading", "relationships.target-accounts");
        // bravo needs 1, delta 2, alpha and echo 3 each: 9 people, each asked and accepted.
        List<Activity> sent = s.plannedActivities().stream()
                .filter(a -> a.type() == ActivityType.CONNECTION_REQUEST_SENT).toList();
        assertThat(sent).extracting(a -> a.contact().orElseThrow().accountId().orElseThrow())
                .containsExactly("bravo", "delta", "delta", "alpha", "alpha", "alpha", "echo", "echo", "echo");
        assertThat(sent).allSatisfy(a -> {
            assertThat(a.contact().orElseThrow().seniority()).isEqualTo(Seniority.MANAGER);
            assertThat(a.contact().orElseThrow().degree()).isEqualTo(2);
        });
        List<Contact> won = s.plannedActivities().stream()
                .filter(a -> a.type() == ActivityType.CONNECTION_REQUEST_ACCEPTED)
                .map(a -> a.contact().orElseThrow()).toList();
        assertThat(won).isEqualTo(sent.stream().map(a -> a.contact().orElseThrow()).toList());
        // The member welcomed none of their 6 new connections: at that rate, none of the nine is welcomed.
        assertThat(planned(s, ActivityType.WELCOME_MESSAGE_SENT)).isZero();
    }

    @Test
    void multiThreadingNamesAtMostThreeAccountsAndWelcomesAtTheMembersRate() {
        Set<String> targets = Set.of("a1", "a2", "a3", "a4", "a5");
        MemberProfile p = networked("m").targetAccounts(targets).build();
        Log log = new Log(p, "a");
        log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, contact("x1", Seniority.SENIOR, 2, "a4"));
        log.now(ActivityType.WELCOME_MESSAGE_SENT, contact("x1", Seniority.SENIOR, 2, "a4"));
        Suggestion s = suggest(p, log.activities()).get(RelationshipAdvice.MULTI_THREAD_TARGET_ACCOUNTS);
        assertThat(s.subjects()).containsExactly("a4", "a1", "a2", "a3", "a5");
        assertThat(s.messageArgs()).containsExactly(0, 5, "a4, a1, a2", 5);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_SENT)).isEqualTo(14);
        // One of one new connection welcomed: all fourteen won are welcomed.
        assertThat(planned(s, ActivityType.WELCOME_MESSAGE_SENT)).isEqualTo(14);
        assertThat(s.ruleIds()).containsExactly("relationships.multi-threading", "relationships.target-accounts",
                "relationships.welcomes");
    }

    @Test
    void fewerTargetAccountsThanTheTargetAreAllWorkedOn() {
        MemberProfile p = networked("m").targetAccounts(Set.of("solo")).build();
        Suggestion s = suggest(p, List.of()).get(RelationshipAdvice.MULTI_THREAD_TARGET_ACCOUNTS);
        assertThat(s.subjects()).containsExactly("solo");
        assertThat(s.messageArgs()).containsExactly(0, 1, "solo", 1);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_SENT)).isEqualTo(3);
        assertThat(planned(s, ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(3);
    }

    @Test
    void noTargetAccountsOrEveryOneThreadedGetsNoMultiThreadingAdvice() {
        assertThat(suggest(networked("m").build(), List.of()).codes())
                .doesNotContain(RelationshipAdvice.MULTI_THREAD_TARGET_ACCOUNTS);
        MemberProfile p = networked("m").targetAccounts(Set.of("solo")).build();
        Log log = new Log(p, "a");
        for (int i = 0; i < 3; i++) {
            log.now(ActivityType.CONNECTION_INVITE_ACCEPTED, contact("x" + i, Seniority.SENIOR, 2, "solo"));
        }
        assertThat(suggest(p, log.activities()).codes()).doesNotContain(RelationshipAdvice.MULTI_THREAD_TARGET_ACCOUNTS);
    }

    // ---- the levers

    @Test
    void theMentionLeverPlansTheWholeTargetRateWithoutContacts() {
        MemberProfile p = networked("m").build();
        Suggested run = suggest(p, List.of());
        Suggestion s = run.get(RelationshipAdvice.MENTION_OTHERS);
        assertThat(s.activity()).contains(ActivityType.MEMBER_MENTIONED);
        assertThat(s.extraPerWeek()).isEqualTo(3.0);
        assertThat(s.messageArgs()).containsExactly(0.0, 3.0, 3.0);
        assertThat(s.ruleIds()).containsExactly("relationships.mentions");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(3)).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.MEMBER_MENTIONED);
            assertThat(a.contact()).isEmpty();
            assertThat(a.engagement()).isZero();
        });
    }

    @Test
    void theNetworkLeversRaiseTheProfileCountsToTheirTargets() {
        MemberProfile p = MemberProfile.builder("m").connections(120).decisionMakerConnections(7)
                .colleagueConnections(3).build();
        Suggested run = suggest(p, List.of());
        Suggestion grow = run.get(RelationshipAdvice.GROW_NETWORK);
        assertThat(grow.messageArgs()).containsExactly(120, 5000);
        assertThat(grow.plannedActivities()).isEmpty();
        assertThat(grow.changedProfile(p).connections()).isEqualTo(5000);
        assertThat(grow.evidenceArgs()).isEqualTo(run.evidence("relationships.network-size"));
        assertThat(run.get(RelationshipAdvice.GROW_DECISION_MAKER_NETWORK).messageArgs()).containsExactly(7, 500);
        assertThat(run.get(RelationshipAdvice.CONNECT_WITH_COLLEAGUES).changedProfile(p).colleagueConnections())
                .isEqualTo(200);
    }

    @Test
    void noSuggestionNamesAnEmptyPlan() {
        MemberProfile p = MemberProfile.builder("m").build();
        for (Suggestion s : suggest(p, requests(new Log(p, "a"), 30, 3).activities()).all()) {
            assertThat(s.plannedActivities().isEmpty() && s.changedProfile(p).equals(p)).as(s.code()).isFalse();
        }
    }
}
