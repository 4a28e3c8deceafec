package io.ssi.core;

import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.RecommendationGenerator;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.core.spi.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The advisor's engine with a one-rule model: measured gains, isolation of broken generators, bad input. */
final class SsiAdvisorTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T12:00:00Z");

    /** One point per comment in the window, up to 5. */
    static final class CommentCountRule implements ScoringRule {
        @Override
        public String id() {
            return "engage.comment-count";
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
        public RuleContribution evaluate(ScoringContext context) {
            int n = context.count(ActivityType.POST_COMMENTED);
            return RuleContribution.of(this, Math.min(5, n), Evidence.of(n, 5, "comments", "{measured#} comments"));
        }
    }

    /** Suggests {@code comments} comments today, with a message from its own tiny bundle. */
    static class CommentGenerator implements RecommendationGenerator {
        private final String id;
        private final int comments;

        CommentGenerator(String id, int comments) {
            this.id = id;
            this.comments = comments;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Set<String> codes() {
            return Set.of("engage.comment-" + comments);
        }

        @Override
        public ResourceBundle messages(Locale locale) {
            String code = "engage.comment-" + comments;
            return new ListResourceBundle() {
                @Override
                protected Object[][] getContents() {
                    return new Object[][] {{code, "Comment {1} times: +{0,number,0.0}"}, {code + ".evidence", "{0} now"}};
                }
            };
        }

        @Override
        public List<Suggestion> suggest(AdviceContext context) {
            if (!context.belowMax("engage.comment-count")) {
                return List.of();
            }
            Suggestion.Builder b = Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "engage.comment-" + comments)
                    .rules("engage.comment-count").messageArgs(comments)
                    .evidenceArgs(context.scoring().count(ActivityType.POST_COMMENTED));
            for (int i = 0; i < comments; i++) {
                b.plan(List.of(context.today(ActivityType.POST_COMMENTED, Optional.empty())));
            }
            return List.of(b.build());
        }
    }

    private static final SsiCalculator CALC = SsiCalculator.builder().addRule(new CommentCountRule()).build();

    private static List<Activity> comments(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> Activity.builder(ActivityType.POST_COMMENTED,
                AS_OF.minusSeconds(3600L * (i + 1))).id("c" + i).build()).toList();
    }

    private static SsiAdvisor advisor(RecommendationGenerator... generators) {
        return SsiAdvisor.builder().generators(List.of(generators)).calculator(CALC).build();
    }

    @Test
    void gainsAreMeasuredGreedilyWithinAPillarAndRanked() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = comments(1);
        SsiScore s = CALC.score(p, log, AS_OF);
        List<Recommendation> recs = advisor(new CommentGenerator("two", 2), new CommentGenerator("three", 3))
                .advise(s, p, log);
        // 1 of 5 points: three comments add 3, then two more can add only the 1 point left.
        assertThat(recs).extracting(Recommendation::code).containsExactly("engage.comment-3", "engage.comment-2");
        assertThat(recs).extracting(Recommendation::expectedGain).containsExactly(3.0, 1.0);
        assertThat(recs.get(0).message()).isEqualTo("Comment 3 times: +3.0");
        assertThat(recs.get(0).evidence()).isEqualTo("1 now");
        assertThat(recs.get(0).ruleIds()).containsExactly("engage.comment-count");
    }

    @Test
    void aSaturatedPillarGetsNoAdvice() {
        MemberProfile p = MemberProfile.builder("m").build();
        List<Activity> log = comments(7);
        SsiScore s = CALC.score(p, log, AS_OF);
        assertThat(advisor(new CommentGenerator("two", 2)).advise(s, p, log)).isEmpty();
    }

    @Test
    void aGeneratorThatThrowsIsLeftOutAndTheOthersStillAdvise() {
        RecommendationGenerator broken = new CommentGenerator("broken", 1) {
            @Override
            public List<Suggestion> suggest(AdviceContext context) {
                throw new IllegalStateException("boom");
            }
        };
        MemberProfile p = MemberProfile.builder("m").build();
        SsiScore s = CALC.score(p, List.of(), AS_OF);
        assertThat(advisor(broken, new CommentGenerator("two", 2)).advise(s, p, List.of()))
                .extracting(Recommendation::code).containsExactly("engage.comment-2");
    }

    @Test
    void aSuggestionWithAnUndeclaredCodeOrMissingMessageIsLeftOut() {
        RecommendationGenerator undeclared = new CommentGenerator("undeclared", 1) {
            @Override
            public Set<String> codes() {
                return Set.of("engage.something-else");
            }
        };
        RecommendationGenerator unworded = new CommentGenerator("unworded", 3) {
            @Override
            public ResourceBundle messages(Locale locale) {
                return new ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return new Object[0][];
                    }
                };
            }
        };
        MemberProfile p = MemberProfile.builder("m").build();
        SsiScore s = CALC.score(p, List.of(), AS_OF);
        assertThat(advisor(undeclared, unworded, new CommentGenerator("two", 2)).advise(s, p, List.of()))
                .extracting(Recommendation::code).containsExactly("engage.comment-2");
    }

    @Test
    void aSuggestionThatChangesTheTargetAccountsIsLeftOut() {
        RecommendationGenerator meddling = new CommentGenerator("meddling", 1) {
            @Override
            public List<Suggestion> suggest(AdviceContext context) {
                return List.of(Suggestion.builder(Pillar.ENGAGE_WITH_INSIGHTS, "engage.comment-1")
                        .profileChange(p -> p.toBuilder().targetAccounts(Set.of("acme")).build()).build());
            }
        };
        MemberProfile p = MemberProfile.builder("m").build();
        SsiScore s = CALC.score(p, List.of(), AS_OF);
        assertThat(advisor(meddling, new CommentGenerator("two", 2)).advise(s, p, List.of()))
                .extracting(Recommendation::code).containsExactly("engage.comment-2");
    }

    static Stream<Arguments> mismatches() {
        MemberProfile p = MemberProfile.builder("m").build();
        SsiScore ofOther = CALC.score(MemberProfile.builder("other").build(), List.of(), AS_OF);
        SsiScore otherModel = SsiCalculator.builder().addRule(new CommentCountRule()).modelVersion("acme-2").build()
                .score(p, List.of(), AS_OF);
        SsiScore otherInputs = CALC.score(p, comments(2), AS_OF);
        return Stream.of(
                Arguments.of(ofOther, "score is of member other, but profile is of m"),
                Arguments.of(otherModel, "score was computed with model acme-2, but this advisor's calculator uses custom"),
                Arguments.of(otherInputs, "score does not match its inputs"));
    }

    @ParameterizedTest
    @MethodSource("mismatches")
    void aScoreThatDoesNotBelongToTheInputsIsRejected(SsiScore score, String message) {
        MemberProfile p = MemberProfile.builder("m").build();
        SsiAdvisor advisor = advisor(new CommentGenerator("two", 2));
        assertThatThrownBy(() -> advisor.advise(score, p, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        MemberProfile p = MemberProfile.builder("m").build();
        SsiScore s = CALC.score(p, List.of(), AS_OF);
        SsiAdvisor advisor = advisor(new CommentGenerator("two", 2));
        assertThatThrownBy(() -> advisor.advise(null, p, List.of())).hasMessage("score");
        assertThatThrownBy(() -> advisor.advise(s, null, List.of())).hasMessage("profile");
        assertThatThrownBy(() -> advisor.advise(s, p, null)).hasMessage("activities");
        assertThatThrownBy(() -> advisor.describe(null)).hasMessage("band");
    }

    @Test
    void twoGeneratorsWithTheSameIdAreRejectedNamingBothClasses() {
        RecommendationGenerator other = new CommentGenerator("two", 3) {
        };
        assertThatThrownBy(() -> advisor(new CommentGenerator("two", 2), other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two generators share the id two")
                .hasMessageContaining(CommentGenerator.class.getName())
                .hasMessageContaining(other.getClass().getName());
    }

    @Test
    void aGeneratorIdMustBeLowerKebab() {
        assertThatThrownBy(() -> advisor(new CommentGenerator("Not Kebab", 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lower-kebab");
    }

    @Test
    void noGeneratorsIsAConfigurationError() {
        assertThatThrownBy(() -> SsiAdvisor.builder().calculator(CALC).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no generators");
        assertThatThrownBy(() -> SsiAdvisor.builder().calculator(CALC).discoverGenerators().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("io.ssi:ssi-rules");
    }

    @Test
    void aSuggestionRejectsMissingRuleIdsByName() {
        Suggestion.Builder b = Suggestion.builder(Pillar.FIND_RIGHT_PEOPLE, "find.x");
        assertThatThrownBy(() -> b.rules("find.a", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("ids[1] must not be null");
        assertThatThrownBy(() -> b.rules(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule id must not be blank");
    }

    @Test
    void aSuggestionMustPlanSomething() {
        assertThatThrownBy(() -> Suggestion.builder(Pillar.FIND_RIGHT_PEOPLE, "find.nothing").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("find.nothing");
    }

    @Test
    void bandsAreExplainedInTheAdvisorsLanguageWithTheCalculatorsThresholds() {
        SsiCalculator custom = SsiCalculator.builder().addRule(new CommentCountRule())
                .bandThresholds(new BandThresholds(20, 60, 80)).build();
        SsiAdvisor english = SsiAdvisor.builder().addGenerator(new CommentGenerator("two", 2)).calculator(custom).build();
        SsiAdvisor german = SsiAdvisor.builder().addGenerator(new CommentGenerator("two", 2)).calculator(custom)
                .locale(Locale.GERMAN).build();
        assertThat(english.describe(ScoreBand.GOOD)).isEqualTo("60 to below 80: what LinkedIn insiders call a good score.");
        assertThat(english.describe(ScoreBand.LAGGARD)).startsWith("Below 20");
        assertThat(german.describe(ScoreBand.LEADER)).isEqualTo("Ab 80: unter den Besten der Branche.");
        for (ScoreBand b : ScoreBand.values()) {
            assertThat(english.describe(b)).isNotEqualTo(german.describe(b));
        }
    }

    @Test
    void recommendationsValidateTheirFields() {
        assertThatThrownBy(() -> new Recommendation(Pillar.FIND_RIGHT_PEOPLE, "find.x", "m", "e", -1, List.of(),
                Optional.empty(), 0, List.of(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expectedGain must be >= 0, but was -1");
        assertThatThrownBy(() -> new Recommendation(Pillar.FIND_RIGHT_PEOPLE, " ", "m", "e", 1, List.of(),
                Optional.empty(), 0, List.of(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code must not be blank");
    }
}
