package io.ssi.examples.bench;

import io.ssi.core.Activity;
import io.ssi.core.RuleContribution;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.examples.Personas;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The fused pass is an honest baseline only if it computes what a score computes: the same
 * points from every rule, the same total, band and ignored rows, for the benchmark's logs and
 * for every persona and sample member, with the window's taper and without.
 */
final class FusedPassTest {

    private static final SsiCalculator CALC = SsiCalculator.standard();
    private static final FusedPass FUSED = new FusedPass(CALC);
    private static final SsiCalculator TAPERED = SsiCalculator.builder().discoverRules().taper(Duration.ofDays(30))
            .build();

    @Test
    void theBenchmarksLogsScoreAsTheCalculatorScoresThem() {
        for (int n : new int[] {1000, 6540}) {
            FusedPassBenchmark b = new FusedPassBenchmark();
            b.activities = n;
            b.setUp();
            assertSameScore(b.fused(), b.score());
        }
        assertThat(FusedPassBenchmark.log(Personas.trainedRep(SampleTeam.AS_OF).activities(), 1000)).hasSize(1000);
    }

    @Test
    void everyPersonaAndSampleMemberScoresAsTheCalculatorScoresThem() {
        List<SampleMember> members = new ArrayList<>(SampleTeam.members());
        members.add(Personas.trainedRep(SampleTeam.AS_OF));
        members.add(Personas.newcomer(SampleTeam.AS_OF));
        for (SampleMember m : members) {
            List<Activity> withRepeats = new ArrayList<>(m.activities());
            withRepeats.addAll(m.activities().subList(0, Math.min(20, m.activities().size())));
            for (List<Activity> log : List.of(m.activities(), withRepeats)) {
                assertSameScore(FUSED.score(m.profile(), log, SampleTeam.AS_OF),
                        CALC.score(m.profile(), log, SampleTeam.AS_OF));
            }
            assertSameScore(new FusedPass(TAPERED).score(m.profile(), m.activities(), SampleTeam.AS_OF),
                    TAPERED.score(m.profile(), m.activities(), SampleTeam.AS_OF));
        }
    }

    private static void assertSameScore(SsiScore fused, SsiScore engine) {
        assertThat(fused.total()).as(engine.memberId()).isCloseTo(engine.total(), within(1e-9));
        assertThat(fused.band()).isEqualTo(engine.band());
        assertThat(fused.ignored()).isEqualTo(engine.ignored());
        assertThat(fused.modelVersion()).isEqualTo(engine.modelVersion());
        List<RuleContribution> mine = fused.contributions();
        List<RuleContribution> theirs = engine.contributions();
        assertThat(mine).hasSameSizeAs(theirs);
        for (int i = 0; i < mine.size(); i++) {
            assertThat(mine.get(i).ruleId()).isEqualTo(theirs.get(i).ruleId());
            assertThat(mine.get(i).points()).as(theirs.get(i).ruleId()).isCloseTo(theirs.get(i).points(), within(1e-9));
        }
    }
}
