package io.ssi.examples.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ssi.core.Activity;
import io.ssi.core.Advice;
import io.ssi.core.Cohort;
import io.ssi.core.CohortStatistics;
import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.Standing;
import io.ssi.core.Trend;
import io.ssi.core.TrendPolicy;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Scores and everything made from them store as JSON and read back equal, with Jackson's
 * default mapper and no annotations or mix-ins, as a CRM plugin would keep them.
 */
final class ScoreJsonTest {

    /** What a plugin author writes: the default mapper, with the modules found on the class path. */
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        String json = MAPPER.writeValueAsString(value);
        T back = MAPPER.readValue(json, type);
        assertThat(back).as(json).isEqualTo(value);
        return back;
    }

    /** A plugin rule that fails for some members, so that stored scores also carry failures. */
    private static final ScoringRule FLAKY = new ScoringRule() {
        @Override
        public String id() {
            return "plugin.flaky";
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
        public RuleContribution evaluate(ScoringContext context) {
            if (context.profile().skills() % 2 == 1) {
                throw new IllegalStateException("flaky");
            }
            return RuleContribution.notApplicable(this, io.ssi.core.Evidence.of(0, 1, "tries", "not yet"));
        }
    };

    @Test
    void randomMembersScoresAndAdviceRoundTrip() {
        SsiCalculator calc = SsiCalculator.builder().discoverRules().addRule(FLAKY).modelVersion("standard-2+flaky")
                .build();
        SsiAdvisor advisor = SsiAdvisor.builder().discoverGenerators().calculator(calc).locale(Locale.GERMAN).build();
        qt().withExamples(40).withShrinkCycles(20).forAll(longs().all()).checkAssert(seed -> {
            SampleMember m = RandomMembers.member(seed);
            try {
                Advice advice = advisor.advise(m.profile(), m.activities(), RandomMembers.AS_OF);
                SsiScore back = roundTrip(advice.score(), SsiScore.class);
                assertThat(back.total()).isEqualTo(advice.score().total());
                assertThat(back.contributions()).extracting(RuleContribution::explanation)
                        .isEqualTo(advice.score().contributions().stream().map(RuleContribution::explanation).toList());
                for (Recommendation r : advice.recommendations()) {
                    roundTrip(r, Recommendation.class);
                }
                roundTrip(advice, Advice.class);
                // A stored score read back is advised on like the original.
                assertThat(advisor.advise(back, m.profile(), m.activities())).isEqualTo(advice.recommendations());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void aStoredScoreCarriesItsFailuresAndIgnoredRows() throws Exception {
        SsiCalculator calc = SsiCalculator.builder().discoverRules().addRule(FLAKY).modelVersion("standard-2+flaky")
                .build();
        SampleMember m = null;
        for (long seed = 1; m == null; seed++) {
            SampleMember candidate = RandomMembers.member(seed);
            if (candidate.profile().skills() % 2 == 1) {
                m = candidate;
            }
        }
        SsiScore score = calc.score(m.profile(), m.activities(), RandomMembers.AS_OF);
        assertThat(score.failures()).isNotEmpty();
        assertThat(score.ignored().total()).isPositive();
        SsiScore back = roundTrip(score, SsiScore.class);
        assertThat(back.failures()).isEqualTo(score.failures());
        assertThat(back.pillar(Pillar.ENGAGE_WITH_INSIGHTS).complete()).isFalse();
    }

    @Test
    void suspectedDuplicatesAreStoredAndAScoreStoredBeforeThemReadsBackWithNone() throws Exception {
        SampleMember m = RandomMembers.member(7);
        List<Activity> reimported = new ArrayList<>(m.activities());
        for (Activity a : m.activities()) {
            if (a.contact().isPresent()) {
                reimported.add(Activity.builder(a.type(), a.at()).id(a.id() + "-again").contact(a.contact().get())
                        .engagement(a.engagement()).build());
            }
        }
        SsiScore score = SsiCalculator.standard().score(m.profile(), reimported, RandomMembers.AS_OF);
        assertThat(score.ignored().suspectedDuplicates()).isPositive();
        roundTrip(score, SsiScore.class);

        com.fasterxml.jackson.databind.node.ObjectNode old = MAPPER.valueToTree(score);
        ((com.fasterxml.jackson.databind.node.ObjectNode) old.get("ignored")).remove("suspectedDuplicates");
        SsiScore back = MAPPER.treeToValue(old, SsiScore.class);
        assertThat(back.ignored().suspectedDuplicates()).isZero();
        assertThat(back.ignored().duplicates()).isEqualTo(score.ignored().duplicates());
    }

    @Test
    void dataQualityIsStoredAndAScoreStoredBeforeItReadsBackWithNone() throws Exception {
        SampleMember m = RandomMembers.member(11);
        SsiScore score = SsiCalculator.standard().score(m.profile(), m.activities(), RandomMembers.AS_OF)
                .withUnmappedRows(3);
        assertThat(score.dataQuality().activitiesWithContact()).isPositive();
        SsiScore back = roundTrip(score, SsiScore.class);
        assertThat(back.dataQuality()).isEqualTo(score.dataQuality());

        com.fasterxml.jackson.databind.node.ObjectNode old = MAPPER.valueToTree(score);
        old.remove("dataQuality");
        assertThat(MAPPER.treeToValue(old, SsiScore.class).dataQuality()).isEqualTo(io.ssi.core.DataQuality.NONE);
    }

    @Test
    void storedScoresWorkInCohortsTrendsAndAdvice() throws Exception {
        SsiCalculator calc = SsiCalculator.standard();
        SsiAdvisor advisor = SsiAdvisor.standard();
        List<SsiScore> fresh = new ArrayList<>();
        List<SsiScore> stored = new ArrayList<>();
        for (SampleMember m : SampleTeam.members()) {
            SsiScore s = calc.score(m.profile(), m.activities(), SampleTeam.AS_OF);
            fresh.add(s);
            SsiScore back = MAPPER.readValue(MAPPER.writeValueAsString(s), SsiScore.class);
            stored.add(back);
            assertThat(advisor.advise(back, m.profile(), m.activities()))
                    .isEqualTo(advisor.advise(s, m.profile(), m.activities()));
        }
        CohortStatistics a = Cohort.builder("t").minimumSize(5).addAll(fresh).build().statistics().orElseThrow();
        CohortStatistics b = Cohort.builder("t").minimumSize(5).addAll(stored).build().statistics().orElseThrow();
        assertThat(b.leaderboard()).isEqualTo(a.leaderboard());
        assertThat(b.averageTotal()).isEqualTo(a.averageTotal());
        for (Standing st : b.leaderboard()) {
            roundTrip(st, Standing.class);
        }

        SampleMember rep = SampleTeam.members().get(0);
        LocalDate today = LocalDate.ofInstant(SampleTeam.AS_OF, rep.profile().timeZone());
        List<SsiScore> history = calc.history(rep.profile(), rep.activities(), today.minusDays(40), today);
        String json = MAPPER.writeValueAsString(history);
        List<SsiScore> backHistory = MAPPER.readValue(json, new TypeReference<List<SsiScore>>() { });
        assertThat(backHistory).isEqualTo(history);
        List<Trend> trends = TrendPolicy.standard().trends(backHistory);
        assertThat(trends).isEqualTo(TrendPolicy.standard().trends(history));
        for (Trend t : trends) {
            roundTrip(t, Trend.class);
        }
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(trends), new TypeReference<List<Trend>>() { }))
                .isEqualTo(trends);
    }

    @Test
    void aStoredScoreWhoseFiguresWereTamperedWithIsRefusedWithTheFieldNamed() throws Exception {
        SampleMember m = SampleTeam.members().get(0);
        SsiScore s = SsiScore.class.cast(SsiCalculator.standard().score(m.profile(), m.activities(), SampleTeam.AS_OF));
        String json = MAPPER.writeValueAsString(s);
        String tampered = json.replaceFirst("\"total\":[0-9.Ee-]+", "\"total\":99.5");
        assertThatThrownBy(() -> MAPPER.readValue(tampered, SsiScore.class))
                .hasMessageContaining("total must be the sum of the pillars");
    }

    @Test
    void adviceFromTheInputsEqualsScoringThenAdvisingAndAStaleScoreSaysWhatToDo() {
        SsiAdvisor advisor = SsiAdvisor.standard();
        SampleMember m = SampleTeam.members().get(1);
        Advice advice = advisor.advise(m.profile(), m.activities(), SampleTeam.AS_OF);
        SsiScore score = advisor.calculator().score(m.profile(), m.activities(), SampleTeam.AS_OF);
        assertThat(advice.score()).isEqualTo(score);
        assertThat(advice.recommendations()).isEqualTo(advisor.advise(score, m.profile(), m.activities()));
        List<Activity> synced = new ArrayList<>(m.activities());
        synced.add(Activity.builder(io.ssi.core.ActivityType.POST_COMMENTED, SampleTeam.AS_OF.minusSeconds(600))
                .id("synced-later").build());
        assertThatThrownBy(() -> advisor.advise(score, m.profile(), synced))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("score does not match its inputs")
                .hasMessageContaining("call advise(profile, activities, asOf)");
    }
}
