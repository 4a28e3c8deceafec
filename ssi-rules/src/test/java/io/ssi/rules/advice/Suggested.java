package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.StandardModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What one generator suggests for a member, read straight from its {@code suggest} call inside
 * a real advisor's context: the suggestions as the generator built them (codes, rules, message
 * arguments, planned activities), before any gain is measured. The advisor is handed nothing to
 * measure, so a run costs one score.
 */
final class Suggested {

    /** The window's days in the standard options. */
    static final int DAYS = Members.WINDOW_DAYS;

    private final SsiScore score;
    private final ScoringContext scoring;
    private final List<Suggestion> suggestions;

    private Suggested(SsiScore score, ScoringContext scoring, List<Suggestion> suggestions) {
        this.score = score;
        this.scoring = scoring;
        this.suggestions = List.copyOf(suggestions);
    }

    /** The suggestions of {@code generator} for a member, scored by {@code calc} at {@link Members#AS_OF}. */
    static Suggested by(RecommendationGenerator generator, SsiCalculator calc, MemberProfile p, List<Activity> log) {
        return by(generator, calc, p, log, UnaryOperator.identity());
    }

    /**
     * As {@link #by(RecommendationGenerator, SsiCalculator, MemberProfile, List)}, with the
     * generator (and {@link #score()} and {@link #scoring()}) handed {@code seen} of the advisor's
     * context: a test's view of it, answering some figures by hand.
     */
    static Suggested by(RecommendationGenerator generator, SsiCalculator calc, MemberProfile p, List<Activity> log,
                        UnaryOperator<AdviceContext> seen) {
        List<Suggestion> got = new ArrayList<>();
        SsiScore[] score = new SsiScore[1];
        ScoringContext[] scoring = new ScoringContext[1];
        RecommendationGenerator capturing = new RecommendationGenerator() {
            @Override
            public String id() {
                return generator.id();
            }

            @Override
            public Set<String> codes() {
                return generator.codes();
            }

            @Override
            public ResourceBundle messages(Locale locale) {
                return generator.messages(locale);
            }

            @Override
            public List<Suggestion> suggest(AdviceContext context) {
                AdviceContext c = seen.apply(context);
                score[0] = c.score();
                scoring[0] = c.scoring();
                got.addAll(generator.suggest(c));
                return List.of();
            }
        };
        SsiAdvisor.builder().calculator(calc).generators(List.of(capturing)).build().advise(p, log, Members.AS_OF);
        assertThat(score[0]).as("the generator was asked").isNotNull();
        return new Suggested(score[0], scoring[0], got);
    }

    SsiScore score() {
        return score;
    }

    ScoringContext scoring() {
        return scoring;
    }

    List<Suggestion> all() {
        return suggestions;
    }

    List<String> codes() {
        return suggestions.stream().map(Suggestion::code).toList();
    }

    /** The one suggestion with a code. */
    Suggestion get(String code) {
        List<Suggestion> found = suggestions.stream().filter(s -> s.code().equals(code)).toList();
        assertThat(found).as("suggestions %s with code %s", codes(), code).hasSize(1);
        return found.get(0);
    }

    Optional<Suggestion> find(String code) {
        return suggestions.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The score's contribution of a rule. */
    RuleContribution contribution(String ruleId) {
        return score.contributions().stream().filter(c -> c.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    /** The standard evidence arguments of a rule's contribution: points, maximum, measured, target. */
    List<Object> evidence(String ruleId) {
        RuleContribution c = contribution(ruleId);
        return List.of(c.points(), c.maxPoints(), c.evidence().measured(), c.evidence().target());
    }

    /** How many planned activities of a type a suggestion holds. */
    static long planned(Suggestion s, ActivityType type) {
        return s.plannedActivities().stream().filter(a -> a.type() == type).count();
    }

    /** How many activities a weekly rate puts in the standard window, as the advisor plans them. */
    static long inWindow(double perWeek) {
        return Math.round(perWeek * DAYS / 7.0);
    }

    /**
     * Checks the smallest gap worth advising on one rule: with the rule's target 0.04 above what
     * the log measures, the rule is open but gets no suggestion of the code; 0.06 above, it gets
     * one whose third message argument (how many more) is 0.06.
     */
    static void checkSmallestGap(RecommendationGenerator g, Supplier<StandardModel.Builder> model, String ruleId,
                                 String code, MemberProfile p, List<Activity> log) {
        double measured = by(g, SsiCalculator.builder().rules(model.get().build()).build(), p, log)
                .contribution(ruleId).evidence().measured();
        Suggested below = by(g, SsiCalculator.builder().rules(model.get().target(ruleId, measured + 0.04).build())
                .build(), p, log);
        assertThat(below.contribution(ruleId).saturated()).as(ruleId).isFalse();
        assertThat(below.codes()).as(ruleId).doesNotContain(code);
        Suggested above = by(g, SsiCalculator.builder().rules(model.get().target(ruleId, measured + 0.06).build())
                .build(), p, log);
        assertThat((double) above.get(code).messageArgs().get(2)).as(ruleId).isCloseTo(0.06, within(1e-9));
    }
}
