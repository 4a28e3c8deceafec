package io.ssi.rules;

import io.ssi.core.BandThresholds;
import io.ssi.core.Cohort;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.RuleContribution;
import io.ssi.core.ScoringOptions;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.TrendPolicy;
import io.ssi.core.spi.ScoringRule;
import io.ssi.rules.advice.StandardAdvice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.ssi.core.ActivityType.POST_COMMENTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tuning the standard model as a user would, in one line: the score, the fingerprint and the
 * advice move together; every bad tuning is refused naming the rule and the value; and scores
 * of different models are never mixed by cohorts, trends or advice.
 */
final class StandardModelTuningTest {

    private static final SsiCalculator STANDARD = SsiCalculator.builder().rules(StandardModel.rules()).build();
    private static final SsiCalculator SIX_COMMENTS = SsiCalculator.builder()
            .rules(StandardModel.builder().target("engage.comments", 6).build()).build();

    /** A member who comments four times a week and does little else. */
    private static RuleInput commenter() {
        return Logs.log().perWeek(POST_COMMENTED, 4).input(Profiles.member().build());
    }

    private static SsiScore score(SsiCalculator calc, RuleInput in) {
        return calc.score(in.profile(), in.activities(), in.asOf());
    }

    private static RuleContribution comments(SsiScore s) {
        return s.contributions().stream().filter(c -> c.ruleId().equals("engage.comments")).findFirst().orElseThrow();
    }

    @Test
    void theStandardModelWithDefaultOptionsKeepsItsShortVersion() {
        assertThat(STANDARD.modelVersion()).isEqualTo("standard-2").isEqualTo(StandardModel.VERSION);
        assertThat(SsiCalculator.standard().modelVersion()).isEqualTo("standard-2");
        assertThat(SsiCalculator.builder().rules(StandardModel.builder().build()).build().modelVersion())
                .isEqualTo("standard-2");
        assertThat(SsiCalculator.builder().rules(StandardModel.builder().target("engage.comments", 8).build())
                .build().modelVersion()).as("a target set to its standard value").isEqualTo("standard-2");
    }

    @Test
    void tuningATargetChangesTheScoreTheFingerprintAndTheAdviceConsistently() {
        RuleInput in = commenter();
        SsiScore standard = score(STANDARD, in);
        SsiScore tuned = score(SIX_COMMENTS, in);

        assertThat(comments(standard).evidence().target()).isEqualTo(8);
        assertThat(comments(tuned).evidence().target()).isEqualTo(6);
        assertThat(comments(tuned).points()).isGreaterThan(comments(standard).points());
        assertThat(tuned.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points())
                .isGreaterThan(standard.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points());

        assertThat(tuned.modelVersion()).matches("standard-2\\+[0-9a-f]{8}")
                .isEqualTo(SIX_COMMENTS.modelVersion()).isNotEqualTo(standard.modelVersion());
        assertThat(SIX_COMMENTS.fingerprint()).startsWith(tuned.modelVersion().substring("standard-2+".length()));

        SsiAdvisor advisor = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(SIX_COMMENTS)
                .build();
        Recommendation comment = advisor.advise(tuned, in.profile(), in.activities()).stream()
                .filter(r -> r.code().equals("engage.comment-with-insight")).findFirst().orElseThrow();
        assertThat(comment.message()).contains("about 6 times a week").doesNotContain("about 8 times");
        assertThat(comment.extraPerWeek()).isCloseTo(6 - comments(tuned).evidence().measured(),
                org.assertj.core.data.Offset.offset(1e-9));
        Recommendation standardComment = SsiAdvisor.builder().generators(StandardAdvice.generators())
                .calculator(STANDARD).build().advise(standard, in.profile(), in.activities()).stream()
                .filter(r -> r.code().equals("engage.comment-with-insight")).findFirst().orElseThrow();
        assertThat(standardComment.message()).contains("about 8 times a week");
    }

    @Test
    void tunedProfileTargetsAppearInTheAdvice() {
        SsiCalculator calc = SsiCalculator.builder().rules(StandardModel.builder().target("brand.skills", 30)
                .target("brand.followers", 5000).target("brand.summary", 400)
                // Without publishing, the brand pillar has room for every profile gap's advice.
                .drop("brand.posts").drop("brand.articles").drop("brand.videos").build()).build();
        SsiAdvisor advisor = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(calc).build();
        RuleInput complete = RuleInput.profileOnly(Profiles.complete().toBuilder().skills(4).build());
        List<Recommendation> recs = advisor.advise(score(calc, complete), complete.profile(), complete.activities());
        assertThat(recs).filteredOn(r -> r.code().equals("brand.add-skills")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("at least 30 skills"));
        assertThat(recs).filteredOn(r -> r.code().equals("brand.grow-followers")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("to 5,000 followers"));

        RuleInput bare = RuleInput.profileOnly(Profiles.member().build());
        assertThat(advisor.advise(score(calc, bare), bare.profile(), bare.activities()))
                .filteredOn(r -> r.code().equals("brand.complete-profile")).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("a summary of about 400 characters")
                        .contains("30 skills"));
    }

    @Test
    void theFingerprintIsStableAndChangesWithEveryRuleTargetMaximumOptionAndBand() {
        List<SsiCalculator> variants = List.of(
                STANDARD,
                SIX_COMMENTS,
                SsiCalculator.builder().rules(StandardModel.builder().target("engage.comments", 6).build()).build(),
                SsiCalculator.builder().rules(StandardModel.builder().maxPoints("engage.comments", 5).build()).build(),
                SsiCalculator.builder().rules(StandardModel.builder().drop("brand.articles").build()).build(),
                SsiCalculator.builder().rules(StandardModel.builder().add(new ExtraRule()).build()).build(),
                SsiCalculator.builder().rules(StandardModel.rules()).window(Duration.ofDays(60)).build(),
                SsiCalculator.builder().rules(StandardModel.rules()).halfLife(Duration.ofDays(14)).build(),
                SsiCalculator.builder().rules(StandardModel.rules()).dailyCap(10).build(),
                SsiCalculator.builder().rules(StandardModel.rules()).bandThresholds(new BandThresholds(25, 60, 80))
                        .build(),
                SsiCalculator.builder().rules(StandardModel.rules())
                        .options(ScoringOptions.defaults().withDailyCap(10)).build());
        List<String> versions = variants.stream().map(SsiCalculator::modelVersion).toList();
        assertThat(versions.get(1)).as("the same tuning twice").isEqualTo(versions.get(2));
        assertThat(versions.get(8)).as("the same option set two ways").isEqualTo(versions.get(10));
        Set<String> distinct = new HashSet<>(versions);
        assertThat(distinct).hasSize(variants.size() - 2);
        assertThat(versions.subList(1, versions.size())).allSatisfy(v -> assertThat(v).matches(
                "(custom\\+)?standard-2\\+[0-9a-f]{8}"));
        assertThat(versions.get(5)).startsWith("custom+standard-2+");
        assertThat(SsiCalculator.builder().rules(StandardModel.rules()).options(ScoringOptions.defaults()).build()
                .modelVersion()).isEqualTo("standard-2");
    }

    static Stream<Arguments> badTunings() {
        return Stream.of(
                bad(() -> StandardModel.builder().target("engage.no-such-rule", 3), "engage.no-such-rule", "3.0"),
                bad(() -> StandardModel.builder().target("engage.comments", -1), "engage.comments", "-1.0"),
                bad(() -> StandardModel.builder().target("engage.comments", 0), "engage.comments", "0.0"),
                bad(() -> StandardModel.builder().target("engage.comments", Double.NaN), "engage.comments", "NaN"),
                bad(() -> StandardModel.builder().target("engage.comments", Double.POSITIVE_INFINITY),
                        "engage.comments", "Infinity"),
                bad(() -> StandardModel.builder().maxPoints("engage.comments", 0), "engage.comments", "0.0"),
                bad(() -> StandardModel.builder().maxPoints("engage.comments", 26), "engage.comments", "26.0"),
                bad(() -> StandardModel.builder().maxPoints("engage.comments", Double.NaN), "engage.comments", "NaN"),
                bad(() -> StandardModel.builder().maxPoints("find.nothing", 2), "find.nothing", "2.0"),
                bad(() -> StandardModel.builder().target("brand.skills", 2.5), "brand.skills", "2.5"),
                bad(() -> StandardModel.builder().target("brand.photo", 2), "brand.photo", "2.0"),
                bad(() -> StandardModel.builder().target("relationships.acceptance-rate", 1.5),
                        "relationships.acceptance-rate", "1.5"),
                bad(() -> StandardModel.builder().target("brand.headline", 10), "brand.headline", "10.0"),
                bad(() -> StandardModel.builder().target("relationships.multi-threading", 0.5),
                        "relationships.multi-threading", "0.5"),
                bad(() -> StandardModel.builder().drop("brand.articles").target("brand.articles", 1), "brand.articles",
                        "1.0"),
                bad(() -> StandardModel.builder().drop("brand.nothing"), "brand.nothing", "no such rule"),
                bad(() -> StandardModel.builder().add(StandardModel.rule("engage.comments").orElseThrow()),
                        "engage.comments", "already has"),
                bad(() -> StandardModel.builder().add(new ExtraRule()).target(ExtraRule.ID, 2), ExtraRule.ID,
                        "not a standard rule"));
    }

    private static Arguments bad(Supplier<?> tuning, String id, String value) {
        return Arguments.of(tuning, id, value);
    }

    @ParameterizedTest
    @MethodSource("badTunings")
    void everyBadTuningIsRefusedNamingTheRuleAndTheValue(Supplier<?> tuning, String id, String value) {
        assertThatThrownBy(tuning::get).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id)
                .hasMessageContaining(value);
    }

    @Test
    void droppingEveryRuleIsRefused() {
        StandardModel.Builder b = StandardModel.builder();
        StandardModel.rules().forEach(r -> b.drop(r.id()));
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class).hasMessageContaining("dropped");
    }

    @Test
    void cohortsTrendsAndAdviceRefuseToMixModelsNamingBothVersions() {
        RuleInput in = commenter();
        SsiScore standard = score(STANDARD, in);
        SsiScore tuned = score(SIX_COMMENTS, in);
        SsiScore otherMember = score(SIX_COMMENTS, RuleInput.profileOnly(
                io.ssi.core.MemberProfile.builder("member-2").build()));
        String a = standard.modelVersion();
        String b = tuned.modelVersion();

        assertThatThrownBy(() -> Cohort.builder("team").minimumSize(1).add(standard).add(otherMember).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(a).hasMessageContaining(b);

        LocalDate day = LocalDate.ofInstant(in.asOf(), in.profile().timeZone());
        List<SsiScore> history = new java.util.ArrayList<>(STANDARD.history(in.profile(), in.activities(),
                day.minusDays(10), day.minusDays(1)));
        history.add(tuned);
        assertThatThrownBy(() -> TrendPolicy.standard().trend(history, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(a).hasMessageContaining(b);

        SsiAdvisor standardAdvisor = SsiAdvisor.builder().generators(StandardAdvice.generators()).calculator(STANDARD)
                .build();
        assertThatThrownBy(() -> standardAdvisor.advise(tuned, in.profile(), in.activities()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(a).hasMessageContaining(b);
    }

    /** A plugin rule of the caller's own. */
    static final class ExtraRule implements ScoringRule {
        static final String ID = "engage.extra";

        @Override
        public String id() {
            return ID;
        }

        @Override
        public Pillar pillar() {
            return Pillar.ENGAGE_WITH_INSIGHTS;
        }

        @Override
        public double maxPoints() {
            return 1;
        }

        @Override
        public RuleContribution evaluate(io.ssi.core.spi.ScoringContext context) {
            return RuleContribution.of(this, 0, io.ssi.core.Evidence.of(0, 1, "nothing", "nothing"));
        }
    }
}
