package io.ssi.examples;

import io.ssi.core.Pillar;
import io.ssi.core.Recommendation;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the guide tells the calibration personas (README, "How scoring works", Calibration) (issue 3's "done means"). */
final class AdviceCalibrationTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    private static final SsiCalculator CALC = SsiCalculator.standard();
    private static final SsiAdvisor ADVISOR = SsiAdvisor.builder().discoverGenerators().calculator(CALC).build();

    private record Advised(SsiScore score, List<Recommendation> recs) {
        Set<Pillar> pillars() {
            return recs.stream().map(Recommendation::pillar).collect(Collectors.toCollection(() -> EnumSet.noneOf(Pillar.class)));
        }

        Set<Pillar> below25() {
            return EnumSet.copyOf(java.util.Arrays.stream(Pillar.values())
                    .filter(p -> score.pillar(p).points() < Pillar.MAX_POINTS).toList());
        }
    }

    private static Advised advise(SampleMember m) {
        SsiScore s = CALC.score(m.profile(), m.activities(), AS_OF);
        return new Advised(s, ADVISOR.advise(s, m.profile(), m.activities()));
    }

    @Test
    void theEmptyPersonasFirstRecommendationIsAboutTheProfile() {
        Advised a = advise(Personas.empty(AS_OF));
        assertThat(a.recs().get(0).code()).isEqualTo("brand.complete-profile");
        assertThat(a.recs().get(0).pillar()).isEqualTo(Pillar.PROFESSIONAL_BRAND);
    }

    @Test
    void theNewcomerGetsRecommendationsOnEveryPillar() {
        Advised a = advise(Personas.newcomer(AS_OF));
        assertThat(a.pillars()).containsExactlyInAnyOrder(Pillar.values());
    }

    @Test
    void theTrainedRepGetsFewRecommendationsAimedAtThePillarsBelow25() {
        Advised a = advise(Personas.trainedRep(AS_OF));
        Advised newcomer = advise(Personas.newcomer(AS_OF));
        assertThat(a.recs()).isNotEmpty().hasSizeLessThan(newcomer.recs().size() / 2);
        assertThat(a.below25()).containsAll(a.pillars());
        assertThat(a.recs().stream().mapToDouble(Recommendation::expectedGain).sum())
                .isLessThanOrEqualTo(100 - a.score().total() + 1e-9);
    }

    @Test
    void theMaxedPersonaGetsRecommendationsOnlyForPillarsBelow25() {
        Advised a = advise(Personas.maxed(AS_OF));
        assertThat(a.below25()).containsAll(a.pillars());
        for (Recommendation r : a.recs()) {
            assertThat(r.expectedGain()).isLessThanOrEqualTo(a.score().pillar(r.pillar()).missingPoints() + 1e-9);
        }
    }
}
