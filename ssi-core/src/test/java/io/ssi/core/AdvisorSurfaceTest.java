package io.ssi.core;

import io.ssi.core.SsiAdvisorTest.CommentCountRule;
import io.ssi.core.SsiAdvisorTest.CommentGenerator;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor's surface beyond its gains: advice straight from the inputs, explanations in the
 * advisor's language from the caller's messages, the rule's bundle or the English text, and what
 * an advisor says about itself.
 */
final class AdvisorSurfaceTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

    /** Like {@link CommentCountRule}, but with keyed evidence and a German explanation of its own. */
    static final class ExplainedRule implements ScoringRule {
        @Override
        public String id() {
            return "engage.explained";
        }

        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return 5;
        }

        @Override
        public ResourceBundle explanations(Locale locale) {
            return new ListResourceBundle() {
                @Override
                protected Object[][] getContents() {
                    return locale.getLanguage().equals("de")
                            ? new Object[][] {{"engage.explained", "{0,number,0.0} Kommentare, {2,number,0.0} Punkte"}}
                            : new Object[0][];
                }

                @Override
                public Locale getLocale() {
                    return locale.getLanguage().equals("de") ? Locale.GERMAN : Locale.ROOT;
                }
            };
        }

        @Override
        public RuleContribution evaluate(ScoringContext context) {
            int n = context.count(ActivityType.POST_COMMENTED);
            return RuleContribution.of(this, Math.min(5, n) / 2.0, Evidence.keyed(n, 5, "comments",
                    "engage.explained", "{0,number,0.0} comments, {2,number,0.0} points"));
        }
    }

    private static List<Activity> comments(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> Activity.builder(ActivityType.POST_COMMENTED,
                AS_OF.minusSeconds(3600L * (i + 1))).id("c" + i).build()).toList();
    }

    @Test
    void adviceFromTheInputsHoldsTheScoreAndItsRecommendations() {
        SsiCalculator calc = SsiCalculator.builder().addRule(new CommentCountRule()).build();
        SsiAdvisor advisor = SsiAdvisor.builder().addGenerator(new CommentGenerator("three", 3)).calculator(calc)
                .build();
        MemberProfile p = MemberProfile.builder("m").build();
        Advice advice = advisor.advise(p, comments(1), AS_OF);
        assertThat(advice.score()).isEqualTo(calc.score(p, comments(1), AS_OF));
        assertThat(advice.recommendations()).extracting(Recommendation::code).containsExactly("engage.comment-3");
        assertThat(advice.recommendations()).isEqualTo(advisor.advise(advice.score(), p, comments(1)));
    }

    @Test
    void anExplanationComesFromTheCallerThenTheRuleThenTheEnglishText() {
        SsiCalculator calc = SsiCalculator.builder().addRule(new ExplainedRule()).addRule(new CommentCountRule())
                .build();
        MemberProfile p = MemberProfile.builder("m").build();
        SsiScore s = calc.score(p, comments(3), AS_OF);
        RuleContribution keyed = s.pillar(Pillar.ENGAGE_WITH_INSIGHTS).contributions().stream()
                .filter(c -> c.ruleId().equals("engage.explained")).findFirst().orElseThrow();
        RuleContribution plain = s.pillar(Pillar.ENGAGE_WITH_INSIGHTS).contributions().stream()
                .filter(c -> c.ruleId().equals("engage.comment-count")).findFirst().orElseThrow();

        SsiAdvisor.Builder b = SsiAdvisor.builder().addGenerator(new CommentGenerator("two", 2)).calculator(calc);
        SsiAdvisor english = b.build();
        SsiAdvisor german = b.locale(Locale.GERMAN).build();
        SsiAdvisor mine = b.messages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"engage.explained", "meine Worte: {0,number,0.0}"}};
            }
        }).build();

        assertThat(english.explain(keyed)).isEqualTo("3.0 comments, 1.5 points").isEqualTo(keyed.explanation());
        assertThat(german.explain(keyed)).isEqualTo("3,0 Kommentare, 1,5 Punkte");
        assertThat(mine.explain(keyed)).isEqualTo("meine Worte: 3,0");
        assertThat(german.explain(plain)).as("evidence without a key").isEqualTo(plain.explanation())
                .isEqualTo("3 comments");
        RuleContribution foreign = new RuleContribution("engage.unknown", Pillar.ENGAGE_WITH_INSIGHTS, 1, 5, true,
                Evidence.keyed(1, 5, "x", "engage.unknown", "{0,number,0} unknown"));
        assertThat(german.explain(foreign)).as("a rule this calculator does not have").isEqualTo("1 unknown");
    }

    @Test
    void anAdvisorSaysWhatItIsMadeOf() {
        SsiCalculator calc = SsiCalculator.builder().addRule(new CommentCountRule()).build();
        SsiAdvisor advisor = SsiAdvisor.builder().generators(List.of(new CommentGenerator("zeta", 2)))
                .generators(List.of(new CommentGenerator("two", 2), new CommentGenerator("three", 3)))
                .calculator(calc).locale(Locale.GERMAN).build();
        assertThat(advisor.calculator()).isSameAs(calc);
        assertThat(advisor.generators()).as("replaced, then sorted by id").extracting(g -> g.id())
                .containsExactly("three", "two");
        assertThat(advisor.locale()).isEqualTo(Locale.GERMAN);
        assertThat(advisor.toString()).startsWith("SsiAdvisor[generators=2, locale=de, ");
        assertThat(SsiAdvisor.builder().addGenerator(new CommentGenerator("two", 2)).calculator(calc).build()
                .locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void discoveryThroughAClassLoaderAddsToTheExplicitGenerators() {
        SsiCalculator calc = SsiCalculator.builder().addRule(new CommentCountRule()).build();
        SsiAdvisor advisor = SsiAdvisor.builder().addGenerator(new CommentGenerator("two", 2))
                .discoverGenerators(getClass().getClassLoader()).calculator(calc).build();
        assertThat(advisor.generators()).extracting(g -> g.id()).contains("two");
    }
}
