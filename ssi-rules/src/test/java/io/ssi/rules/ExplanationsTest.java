package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.rules.advice.StandardAdvice;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_SENT;
import static io.ssi.core.ActivityType.INMAIL_SENT;
import static io.ssi.core.ActivityType.MESSAGE_SENT;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.WELCOME_MESSAGE_SENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * Rule explanations come from resource bundles, in English and German, with the locale's
 * number format: every message a standard rule can produce has a key in both languages (a
 * missing key fails here), caller messages override them, and the English one a contribution
 * carries is the bundle's.
 */
final class ExplanationsTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules()).build();

    /** The keys of one shipped file, without the fallback to the root bundle that getBundle adds. */
    private static Set<String> keysOf(String file) throws IOException {
        try (InputStream in = Objects.requireNonNull(StandardRule.class.getResourceAsStream(file), file)) {
            return new TreeSet<>(new PropertyResourceBundle(in).keySet());
        }
    }

    /** Inputs that reach every variant: nothing at all, random members, and the cases that scale points down. */
    private static List<RuleInput> inputs() {
        List<RuleInput> all = new ArrayList<>();
        all.add(RuleInput.profileOnly(Profiles.empty()));
        all.add(RuleInput.profileOnly(Profiles.complete()));
        Logs spray = Logs.log().perWeek(CONNECTION_REQUEST_SENT, 10).perWeek(CONNECTION_REQUEST_ACCEPTED, 0.5)
                .perWeek(MESSAGE_SENT, 10).perWeek(INMAIL_SENT, 2);
        spray.onDay(CONNECTION_INVITE_ACCEPTED, 5, 3, k -> spray.contact(Seniority.MANAGER, "acme", 2));
        all.add(spray.input(Profiles.complete()));
        // Welcomes while spray-and-pray lowers the response: the welcome rule's scaled variant,
        // which the random members below reach only in some runs.
        Logs welcoming = Logs.log().perWeek(CONNECTION_REQUEST_SENT, 10).perWeek(CONNECTION_REQUEST_ACCEPTED, 0.5);
        welcoming.onDay(CONNECTION_INVITE_ACCEPTED, 5, 3, k -> welcoming.contact(Seniority.MANAGER, "acme", 2))
                .onDay(WELCOME_MESSAGE_SENT, 2, 2);
        all.add(welcoming.input(Profiles.complete()));
        // Every kind of work the member does, three times a week, while nobody answers: every
        // volume rule earns points and the response scales them down, so each ".scaled"
        // variant is reached by a fixed input, whatever the random members below draw.
        all.add(busyButIgnored().input(Profiles.complete()));
        // A search for every variant, not a property: it takes all its examples even in the mutation run.
        qt().withExamples(60).forAll(Generators.inputs()).checkAssert(all::add);
        return all;
    }

    /** Requests nobody accepts and three of every action of the member's own a week (the profiles viewed
     * those of decision makers beyond the network), with no reply or reaction. */
    private static Logs busyButIgnored() {
        Logs busy = Logs.log().perWeek(CONNECTION_REQUEST_SENT, 20).perWeek(CONNECTION_REQUEST_ACCEPTED, 0.25);
        for (ActivityType type : ActivityType.values()) {
            if (type.isByMember() && type != ActivityType.CUSTOM && type != CONNECTION_REQUEST_SENT
                    && type != CONNECTION_INVITE_ACCEPTED && type != ActivityType.PROFILE_VIEWED) {
                busy.perWeek(type, 3);
            }
        }
        // Profiles viewed of decision makers outside the network, for the two view rules that count only those.
        busy.perWeek(ActivityType.PROFILE_VIEWED, 3, k -> busy.contact(Seniority.VP, "globex", 3));
        busy.onDay(CONNECTION_INVITE_ACCEPTED, 5, 3, k -> busy.contact(Seniority.MANAGER, "acme", 2));
        return busy;
    }

    @Test
    void theFixedInputsAloneReachEveryScaledVariant() throws IOException {
        Set<String> scaled = new TreeSet<>(keysOf("explanations.properties"));
        scaled.removeIf(k -> !k.endsWith(".scaled"));
        Set<String> produced = new TreeSet<>();
        for (ScoringRule rule : StandardModel.rules()) {
            produced.add(rule.evaluate(busyButIgnored().input(Profiles.complete()).context()).evidence().key());
        }
        assertThat(scaled).as("there are scaled variants to reach").hasSizeGreaterThan(10);
        assertThat(produced).as("busy work nobody answers reaches every scaled variant").containsAll(scaled);
    }

    @Test
    void aRuleBuiltAgainExplainsItselfFromTheBundleAsTheShippedOneDoes() {
        // The shipped rules are made once per JVM; a rule the model's builder makes again reads
        // its messages from the bundle when it is made, and must find the same ones.
        List<ScoringRule> shipped = StandardModel.rules();
        List<RuleInput> inputs = List.of(busyButIgnored().input(Profiles.complete()),
                RuleInput.profileOnly(Profiles.complete()), RuleInput.profileOnly(Profiles.empty()));
        Set<String> keys = new TreeSet<>();
        for (ScoringRule rule : shipped) {
            StandardRule s = (StandardRule) rule;
            ScoringRule again = StandardModel.builder().target(s.id(), s.target()).build().stream()
                    .filter(r -> r.id().equals(s.id())).findFirst().orElseThrow();
            assertThat(again).as("%s is made again, not kept", s.id()).isNotSameAs(s);
            for (RuleInput in : inputs) {
                RuleContribution want = s.evaluate(in.context());
                RuleContribution got = again.evaluate(in.context());
                assertThat(got.evidence()).as("evidence of %s made again", s.id()).isEqualTo(want.evidence());
                assertThat(got.evidence().key()).as("the explanation of %s comes from the bundle", s.id())
                        .startsWith(s.id()).doesNotEndWith(".description");
                keys.add(got.evidence().key());
            }
        }
        assertThat(keys).as("rules made again reach their scaled variants too").anyMatch(k -> k.endsWith(".scaled"));
    }

    @Test
    void aRuleOfACallersOwnIdSaysInWholePercentHowTheResponseScaledIt() {
        ScoringContext busy = busyButIgnored().input(Profiles.complete()).context();
        double response = Response.factor(Scaling.RESPONSE, busy);
        assertThat(response).as("nobody answers the busy member").isLessThan(1);
        WeeklyRateRule comments = WeeklyRateRule.builder("engage.own-comments", Pillar.ENGAGE_WITH_INSIGHTS)
                .maxPoints(2).target(8).measures(Aggregate.rate(POST_COMMENTED)).unit("comments a week")
                .scaled(Scaling.RESPONSE).build();
        assertThat(comments.evaluate(busy).explanation())
                .endsWith(", scaled to " + Math.round(response * 100) + "% for the response the work gets");
        ConversationsRule conversations = ConversationsRule.builder("engage.own-conversations",
                Pillar.ENGAGE_WITH_INSIGHTS).maxPoints(2).target(10).priorWeight(10).fullValueReplyRate(0.2).build();
        assertThat(conversations.evaluate(busy).explanation())
                .endsWith(", of which " + Math.round(conversations.quality(busy) * 100) + "% count for the reply rate");
        ConnectionGrowthRule growth = ConnectionGrowthRule.builder("relationships.own-growth",
                Pillar.BUILD_RELATIONSHIPS).maxPoints(2).target(5).build();
        assertThat(growth.evaluate(busy).explanation()).endsWith(", connections won by requests count "
                + Math.round(Response.acceptanceQuality(busy) * 100) + "% for the acceptance rate, and the whole "
                + Math.round(response * 100) + "% for the response the work gets");
    }

    @Test
    void aMultiThreadingRuleAndARateRuleOfACallersOwnIdExplainTheirFiguresInEnglish() {
        // No bundle describes a caller's own ids: these rules explain themselves with their
        // English fallbacks, made only then.
        ScoringContext busy = busyButIgnored().input(Profiles.complete()).context();
        double response = Response.factor(Scaling.RESPONSE, busy);
        MultiThreadingRule threading = MultiThreadingRule.builder("relationships.own-threading",
                Pillar.BUILD_RELATIONSHIPS).maxPoints(2).target(4).contactsPerAccount(3).build();
        double threaded = threading.multiThreadedAccounts(busy);
        assertThat(threaded).as("an account the busy member threaded").isPositive();
        assertThat(threading.evaluate(busy).explanation()).isEqualTo(String.format(Locale.ROOT, "%.1f", threaded)
                + " multi-threaded accounts (an account counts in full at 3 new connections, in part from 2);"
                + " 4 earn all 2.0 points, scaled to " + Math.round(response * 100)
                + "% for the response the work gets");
        Logs invited = Logs.log();
        invited.onDay(CONNECTION_INVITE_ACCEPTED, 5, 3, k -> invited.contact(Seniority.MANAGER, "acme", 2));
        ScoringContext answered = invited.input(Profiles.complete()).context();
        assertThat(Response.factor(Scaling.RESPONSE, answered)).as("the response to invitations accepted").isOne();
        assertThat(threading.evaluate(answered).explanation()).isEqualTo("1.0 multi-threaded accounts (an account"
                + " counts in full at 3 new connections, in part from 2); 4 earn all 2.0 points");
        // With one contact per account nothing counts in part, and the explanation does not say so.
        MultiThreadingRule single = MultiThreadingRule.builder("relationships.own-single-threading",
                Pillar.BUILD_RELATIONSHIPS).maxPoints(2).target(4).contactsPerAccount(1).build();
        assertThat(single.evaluate(answered).explanation()).isEqualTo("1.0 multi-threaded accounts (an account"
                + " counts in full at its first new connection); 4 earn all 2.0 points");

        RateRule acceptance = RateRule.builder("relationships.own-acceptance", Pillar.BUILD_RELATIONSHIPS).maxPoints(2)
                .target(0.4).judges(Ratio.of(CONNECTION_REQUEST_ACCEPTED, CONNECTION_REQUEST_SENT)).prior(0.3, 10)
                .fullSample(20).unit("connection requests accepted").build();
        assertThat(acceptance.evaluate(busy).explanation()).isEqualTo(busy.count(CONNECTION_REQUEST_ACCEPTED) + " of "
                + busy.count(CONNECTION_REQUEST_SENT) + " connection requests accepted (about "
                + Math.round(acceptance.rate(busy) * 100) + "% after smoothing); 40% over 20 or more earns all 2.0"
                + " points");
        assertThat(acceptance.evaluate(RuleInput.profileOnly(Profiles.complete()).context()).explanation())
                .isEqualTo("no connection requests accepted in the window yet");
    }

    @Test
    void aRuleThatMeasuredNothingIsNotSaidToBeScaled() {
        // Requests nobody accepts lower the response; nothing else was done.
        ScoringContext idle = Logs.log().perWeek(CONNECTION_REQUEST_SENT, 20).perWeek(CONNECTION_REQUEST_ACCEPTED, 0.25)
                .input(Profiles.complete()).context();
        assertThat(Response.factor(Scaling.RESPONSE, idle)).isLessThan(1);
        for (String id : List.of("engage.conversations", "relationships.multi-threading", "engage.comments")) {
            RuleContribution c = StandardModel.rule(id).orElseThrow().evaluate(idle);
            assertThat(c.evidence().measured()).as("%s measured", id).isZero();
            assertThat(c.evidence().key()).as("the explanation of %s", id).isEqualTo(id);
        }
    }

    @Test
    void everyMessageAStandardRuleProducesExistsInEnglishAndGerman() throws IOException {
        Set<String> english = keysOf("explanations.properties");
        Set<String> german = keysOf("explanations_de.properties");
        Set<String> produced = new TreeSet<>();
        for (RuleInput in : inputs()) {
            for (ScoringRule rule : StandardModel.rules()) {
                RuleContribution c = rule.evaluate(in.context());
                assertThat(c.evidence().key()).as("the explanation of %s comes from the bundle", rule.id())
                        .startsWith(rule.id());
                produced.add(c.evidence().key());
            }
        }
        assertThat(english).containsAll(produced);
        assertThat(german).containsAll(produced);
        for (ScoringRule rule : StandardModel.rules()) {
            assertThat(produced).as("variants of %s seen", rule.id()).contains(rule.id());
            assertThat(english).contains(rule.id() + ".description");
        }
        Set<String> messages = new TreeSet<>(english);
        messages.removeIf(k -> k.endsWith(".description"));
        assertThat(german).as("German has every English message and no other").isEqualTo(messages);
        assertThat(produced).as("every shipped message is reachable").isEqualTo(messages);
    }

    @Test
    void theEnglishExplanationIsTheBundlesAndGermanUsesGermanNumbers() {
        RuleInput in = Logs.log().perWeek(POST_COMMENTED, 2.5).input(Profiles.member().build());
        SsiScore s = CALC.score(in.profile(), in.activities(), in.asOf());
        RuleContribution comments = s.contributions().stream().filter(c -> c.ruleId().equals("engage.comments"))
                .findFirst().orElseThrow();
        assertThat(comments.explanation()).matches("about \\d+\\.\\d comments a week \\(recency-weighted\\);"
                + " 8\\.0 a week earns all 6\\.5 points");
        SsiAdvisor german = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(CALC)
                .locale(Locale.GERMAN).build();
        assertThat(german.explain(comments)).matches("etwa \\d+,\\d Kommentare pro Woche \\(nach Aktualität"
                + " gewichtet\\); 8,0 pro Woche bringen alle 6,5 Punkte");
        SsiAdvisor english = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(CALC).build();
        assertThat(english.explain(comments)).isEqualTo(comments.explanation());
        SsiAdvisor french = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(CALC)
                .locale(Locale.FRENCH).build();
        assertThat(french.explain(comments)).as("a language not shipped gets English").isEqualTo(
                comments.explanation());
    }

    @Test
    void callerMessagesOverrideExplanationsToo() {
        RuleInput in = Logs.log().perWeek(POST_COMMENTED, 2.5).input(Profiles.member().build());
        SsiScore s = CALC.score(in.profile(), in.activities(), in.asOf());
        ResourceBundle mine = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"engage.comments", "{2,number,0.0} von {3,number,0.0}: mehr kommentieren"}};
            }
        };
        SsiAdvisor advisor = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(CALC)
                .locale(Locale.GERMAN).messages(mine).build();
        for (RuleContribution c : s.contributions()) {
            String text = advisor.explain(c);
            if (c.ruleId().equals("engage.comments")) {
                assertThat(text).matches("\\d+,\\d von 6,5: mehr kommentieren");
            } else {
                assertThat(text).doesNotContain("{").isNotBlank();
            }
        }
    }

    @Test
    void germanExplanationsOfRandomMembersAreComplete() {
        SsiAdvisor german = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(CALC)
                .locale(Locale.GERMAN).build();
        for (RuleInput in : inputs()) {
            List<Activity> log = in.activities();
            for (RuleContribution c : CALC.score(in.profile(), log, in.asOf()).contributions()) {
                String text = german.explain(c);
                assertThat(text).as(c.ruleId()).isNotBlank().doesNotContain("{").isNotEqualTo(c.explanation());
                ScoringRuleContract.assertNoPersonalData(text, in);
            }
        }
    }
}
