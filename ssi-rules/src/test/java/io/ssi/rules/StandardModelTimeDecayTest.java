package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.range;

/**
 * Activity is weighted by recency: the same log, moved further into the
 * past, never scores higher on an activity-driven rule.
 *
 * <p>KNOWN DEVIATION, reported rather than hidden: the acceptance and reply rates (and the
 * response factor built on them, which scales most volume rules) are judged on raw counts in
 * the window, so when old rows leave the window the rate of what remains may be better, and an
 * older log may score higher: unanswered connection requests 80 days ago that leave the window
 * raise the acceptance rate of the requests that remain. The first property therefore covers
 * the rules that judge no rate and are not scaled by one, with any log; the second covers every
 * activity-driven rule for logs that stay inside the window, where the counts cannot change,
 * comparing a scaled rule's points before its response factor: the audience rate is smoothed
 * on recency-weighted figures, so unengaged content moved into the past weighs less against the
 * member and the factor may rise (two posts nobody reacted to, published today, scale
 * find.days-active lower than the same two posts published yesterday).
 */
final class StandardModelTimeDecayTest {

    private static final int EXAMPLES = Examples.of(150);

    /** The rules that judge a rate on raw counts, or scale by one. */
    static final Set<String> JUDGE_A_RATE = StandardModel.rules().stream()
            .filter(r -> r instanceof RateRule || r instanceof ConversationsRule || r instanceof ConnectionGrowthRule
                    || r instanceof MultiThreadingRule
                    || r instanceof WeeklyRateRule w && w.scaling() != Scaling.NONE)
            .map(ScoringRule::id).collect(Collectors.toUnmodifiableSet());

    /** The rules that read only the profile; every other standard rule is activity-driven. */
    static boolean isProfileDriven(ScoringRule rule) {
        return rule instanceof ProfileCountRule || rule instanceof ProfileFlagRule || rule instanceof HeadlineRule
               ;
    }

    static final List<String> ACTIVITY_DRIVEN = StandardModel.rules().stream()
            .filter(r -> !isProfileDriven(r)).map(ScoringRule::id).toList();

    @Test
    void anOlderLogNeverScoresHigherOnRulesThatJudgeNoRate() {
        qt().withExamples(EXAMPLES).forAll(Generators.inputs(), range(1, 120)).checkAssert((generated, days) -> {
            // Only the past: a row after asOf that moves back into the window is news, not decay.
            RuleInput input = keep(generated, a -> !a.at().isAfter(generated.asOf()));
            assertNoneHigher(input, Models.olderByDays(input, days),
                    ACTIVITY_DRIVEN.stream().filter(id -> !JUDGE_A_RATE.contains(id)).toList());
        });
    }

    @Test
    void anOlderLogThatStaysInsideTheWindowNeverScoresHigherOnAnyActivityDrivenRule() {
        qt().withExamples(EXAMPLES).forAll(Generators.inputs(), range(1, 60)).checkAssert((generated, days) -> {
            LocalDate today = LocalDate.ofInstant(generated.asOf(), generated.profile().timeZone());
            RuleInput input = keep(generated, a -> {
                if (a.at().isAfter(generated.asOf())) {
                    return false;
                }
                long age = ChronoUnit.DAYS.between(LocalDate.ofInstant(a.at(), generated.profile().timeZone()), today);
                // Rows in the window stay in it; rows already before it stay out of it.
                return age + days < Logs.WINDOW_DAYS || age >= Logs.WINDOW_DAYS;
            });
            RuleInput older = Models.olderByDays(input, days);
            assertThat(Models.score(older).ignored()).isEqualTo(Models.score(input).ignored());
            assertNoneHigherBeforeTheResponseFactor(input, older, ACTIVITY_DRIVEN);
        });
    }

    private static RuleInput keep(RuleInput input, Predicate<Activity> which) {
        return input.withActivities(input.activities().stream().filter(which).toList());
    }

    private static void assertNoneHigher(RuleInput input, RuleInput older, List<String> ruleIds) {
        Map<String, RuleContribution> now = byRule(Models.score(input));
        Map<String, RuleContribution> then = byRule(Models.score(older));
        for (String id : ruleIds) {
            // Up to rounding: the same sums taken in another order may differ in the last bit.
            assertThat(then.get(id).points()).as("points of %s", id)
                    .isLessThanOrEqualTo(now.get(id).points() + 1e-12);
        }
    }

    /** As {@link #assertNoneHigher}, with each rule's points divided by its response factor. */
    private static void assertNoneHigherBeforeTheResponseFactor(RuleInput input, RuleInput older, List<String> ruleIds) {
        Map<String, RuleContribution> now = byRule(Models.score(input));
        Map<String, RuleContribution> then = byRule(Models.score(older));
        ScoringContext nowContext = input.context();
        ScoringContext thenContext = older.context();
        for (String id : ruleIds) {
            ScoringRule rule = StandardModel.rule(id).orElseThrow();
            assertThat(then.get(id).points() / responseFactor(rule, thenContext))
                    .as("points of %s before the response factor", id)
                    .isLessThanOrEqualTo(now.get(id).points() / responseFactor(rule, nowContext) + 1e-12);
        }
    }

    /** What scales a rule's points for the member's response: 1 for a rule that is not scaled. */
    static double responseFactor(ScoringRule rule, ScoringContext context) {
        if (rule instanceof WeeklyRateRule w) {
            return Response.factor(w.scaling(), context);
        }
        return rule instanceof ConnectionGrowthRule || rule instanceof MultiThreadingRule
                ? Response.factor(Scaling.RESPONSE, context) : 1.0;
    }

    private static Map<String, RuleContribution> byRule(SsiScore s) {
        return s.contributions().stream().collect(Collectors.toMap(RuleContribution::ruleId, Function.identity()));
    }
}
