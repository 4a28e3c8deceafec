package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringRule;
import io.ssi.rules.ConnectionGrowthRule;
import io.ssi.rules.Lever;
import io.ssi.rules.Response;
import io.ssi.rules.StandardModel;
import io.ssi.rules.Aggregate;
import io.ssi.rules.StandardRule;
import io.ssi.rules.WeeklyRateRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The advice texts are tested against the one table of rules: every rule with a lever gets the
 * recommendation its lever names, and with every target tuned to a value of its own, each
 * message (in English and German) names the tuned target and the plan asks for exactly the gap
 * to it. Nothing in the messages repeats a standard target by hand.
 */
final class AdviceFollowsTheTableTest {

    private static final MemberProfile BARE = MemberProfile.builder("member-1").jobTitle("Account Executive")
            .build();

    /** The rules with a lever of a kind, each with its target tuned to a whole number it does not have. */
    private static List<ScoringRule> tunedLevers(Lever.Kind kind, Function<StandardRule, Integer> target) {
        StandardModel.Builder b = StandardModel.builder();
        for (ScoringRule r : StandardModel.rules()) {
            StandardRule s = (StandardRule) r;
            if (s.lever().kind() != kind || s.id().equals("brand.photo") || s.id().equals("brand.background-photo")) {
                b.drop(s.id());
            } else {
                b.target(s.id(), target.apply(s));
            }
        }
        return b.build();
    }

    private static Map<String, Recommendation> advice(List<ScoringRule> rules, MemberProfile p, Locale locale) {
        SsiCalculator calc = SsiCalculator.builder().rules(rules).build();
        SsiAdvisor advisor = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(calc)
                .locale(locale).build();
        // Outcomes enough that prospecting counts in full (InMail replies, no InMail sent, so no
        // rate changes): standard-2 otherwise advises being found before more prospecting.
        List<Activity> log = new Members.Log(p, "outcomes").weekly(ActivityType.INMAIL_REPLY_RECEIVED,
                2 * Response.OUTCOMES_FULL).activities();
        SsiScore s = calc.score(p, log, Members.AS_OF);
        return advisor.advise(s, p, log).stream().collect(Collectors.toMap(Recommendation::code, r -> r));
    }

    /** Whether the message pattern of a code shows the target ({2}). */
    private static boolean showsTarget(String code, Locale locale) {
        return ResourceBundle.getBundle("io.ssi.rules.advice.messages", locale).getString(code).contains("{2");
    }

    /**
     * The plan to grow the network aims at the credits the calculator's own growth rule awards a
     * decision maker: with a tuned bonus it asks for fewer requests, exactly the gap in credits.
     */
    @Test
    void connectionGrowthAdviceAimsAtTheRulesOwnCredits() {
        for (double bonus : new double[] {1, 3}) {
            ConnectionGrowthRule growth = ConnectionGrowthRule.builder("relationships.connection-growth",
                    Pillar.BUILD_RELATIONSHIPS).maxPoints(6).target(12).decisionMakerBonus(bonus).build();
            List<ScoringRule> rules = StandardModel.builder().drop("relationships.connection-growth").add(growth)
                    .build();
            Recommendation rec = advice(rules, BARE, Locale.ENGLISH).get("relationships.connect-with-decision-makers");
            assertThat(rec).as("bonus %s", bonus).isNotNull();
            // Half of the requests are accepted; each accepted decision maker earns 1 + bonus credits.
            assertThat(rec.extraPerWeek() / 2 * growth.creditsPerConnection(true, false)).as("bonus %s", bonus)
                    .isCloseTo(12.0, within(1e-9));
        }
    }

    @Test
    void everyActivityLeverAsksForTheTunedTargetAndTheGapToIt() {
        List<ScoringRule> rules = tunedLevers(Lever.Kind.ACTIVITY, r -> (int) Math.ceil(r.target()) + 2);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            Map<String, Recommendation> recs = advice(rules, BARE, locale);
            List<String> checked = new ArrayList<>();
            for (ScoringRule r : rules) {
                StandardRule rule = (StandardRule) r;
                Recommendation rec = recs.get(rule.lever().code());
                if (rec == null && rule instanceof WeeklyRateRule w && w.aggregate().kind() == Aggregate.Kind.WELCOMED) {
                    // A welcome needs a new connection, and the bare member has none: no plan of
                    // welcomes alone can raise it (StandardAdviceTest checks the welcome advice).
                    continue;
                }
                if (rec == null) {
                    // Another lever's plan fills this rule too (filtered searches are searches).
                    assertThat(recs.values()).as("advice that raises %s in %s", rule.id(), locale)
                            .anySatisfy(other -> assertThat(other.ruleIds()).contains(rule.id()));
                    continue;
                }
                assertThat(rec.ruleIds()).contains(rule.id());
                assertThat(rec.activity()).contains(rule.lever().activity().orElseThrow());
                assertThat(rec.extraPerWeek()).as(rule.id()).isEqualTo(rule.target());
                if (showsTarget(rec.code(), locale)) {
                    assertThat(rec.message()).as(rule.id()).contains(String.valueOf((int) rule.target()));
                    checked.add(rule.id());
                }
            }
            assertThat(checked).as("messages that show the target").hasSizeGreaterThan(rules.size() - 3);
        }
    }

    @Test
    void everyProfileLeverAsksForTheTunedTarget() {
        MemberProfile complete = MemberProfile.builder("member-2").jobTitle("Account Executive").hasPhoto(true)
                .hasBackgroundPhoto(true).headline("Account Executive | I help finance leaders close their books faster")
                .summary("x".repeat(300)).experienceEntries(2).educationEntries(1).skills(10).endorsements(20)
                .recommendationsReceived(1).featuredItems(1).mediaItems(0).connections(300).followers(200)
                .decisionMakerConnections(30).colleagueConnections(10).build();
        List<ScoringRule> rules = tunedLevers(Lever.Kind.PROFILE,
                r -> 3 * r.lever().field().orElseThrow().read(complete) + 7 + (int) r.target());
        Map<String, Recommendation> recs = advice(rules, complete, Locale.ENGLISH);
        for (ScoringRule r : rules) {
            StandardRule rule = (StandardRule) r;
            Recommendation rec = recs.get(rule.lever().code());
            assertThat(rec).as("advice for %s", rule.id()).isNotNull();
            if (showsTarget(rec.code(), Locale.ENGLISH)) {
                assertThat(rec.message()).as(rule.id()).contains(String.format(Locale.ENGLISH, "%,d", (int) rule.target()));
            }
        }
    }
}
