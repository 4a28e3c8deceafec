package io.ssi.examples;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behavioural targets of the calibration personas (README, "How scoring works"): each persona, built through the public API,
 * scored by the standard model discovered on the class path.
 */
final class CalibrationTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    private static final SsiCalculator CALC = SsiCalculator.standard();

    @Test
    void emptyScoresBelowFive() {
        SsiScore s = score(Personas.empty(AS_OF));
        assertThat(s.total()).isLessThan(5);
    }

    @Test
    void newcomerScoresInTheTwentiesOrThirtiesWithNoPillarAboveFifteen() {
        SsiScore s = score(Personas.newcomer(AS_OF));
        assertThat(s.total()).isBetween(20.0, 39.0);
        for (Pillar p : Pillar.values()) {
            assertThat(s.pillar(p).points()).as(p.name()).isLessThanOrEqualTo(15.0);
        }
    }

    @Test
    void trainedRepScoresSeventyToNinetyFiveWithEveryPillarAtLeastFifteen() {
        SsiScore s = score(Personas.trainedRep(AS_OF));
        assertThat(s.total()).isBetween(70.0, 95.0);
        for (Pillar p : Pillar.values()) {
            assertThat(s.pillar(p).points()).as(p.name()).isGreaterThanOrEqualTo(15.0);
        }
    }

    @Test
    void maxedScoresAtLeastNinetySevenWithEveryPillarAtLeastTwentyFour() {
        SsiScore s = score(Personas.maxed(AS_OF));
        assertThat(s.total()).isGreaterThanOrEqualTo(97.0);
        for (Pillar p : Pillar.values()) {
            assertThat(s.pillar(p).points()).as(p.name()).isGreaterThanOrEqualTo(24.0);
        }
    }

    private static SsiScore score(SampleMember m) {
        SsiScore s = CALC.score(m.profile(), m.activities(), AS_OF);
        System.out.printf(Locale.ROOT, "%s: total %.2f%n", m.profile().id(), s.total());
        for (Pillar p : Pillar.values()) {
            System.out.printf(Locale.ROOT, "  %-22s %6.2f (uncapped %.2f)%n", p, s.pillar(p).points(),
                    s.pillar(p).uncappedPoints());
            for (RuleContribution c : s.pillar(p).contributions()) {
                System.out.printf(Locale.ROOT, "      %-40s %5.2f / %4.1f  %s%n", c.ruleId(), c.points(), c.maxPoints(),
                        c.explanation());
            }
        }
        return s;
    }
}
