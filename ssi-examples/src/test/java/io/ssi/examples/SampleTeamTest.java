package io.ssi.examples;

import io.ssi.core.Activity;
import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample team tells the story its descriptions promise, under the standard model. These are
 * the principles of DESIGN.md section 4 seen on realistic members, not fitted numbers: if one
 * fails after a model change, the model or the sample has stopped making sense.
 */
final class SampleTeamTest {

    private static final SsiCalculator CALC = SsiCalculator.standard();

    @Test
    void everyMemberHasAUniqueIdAndUniqueActivityIds() {
        List<SampleMember> team = SampleTeam.members();
        assertThat(team).hasSizeBetween(6, 8);
        assertThat(team).extracting(m -> m.profile().id()).doesNotHaveDuplicates().allMatch(id -> id.startsWith("rep-"));
        assertThat(team).extracting(m -> m.profile().timeZone()).doesNotHaveDuplicates();
        Set<String> ids = new HashSet<>();
        for (SampleMember m : team) {
            m.activities().forEach(a -> assertThat(ids.add(a.id())).as(a.id()).isTrue());
        }
    }

    @Test
    void trainedRepIsGoodOrBetterAndNewcomerIsALaggardOrDeveloping() {
        assertThat(score(SampleTeam.trainedRep(SampleTeam.AS_OF)).total()).isBetween(70.0, 95.0);
        assertThat(score(SampleTeam.newcomer(SampleTeam.AS_OF)).total()).isBetween(20.0, 39.0);
    }

    @Test
    void contentCreatorIsStrongOnBrandAndWeakOnFind() {
        SsiScore s = score(SampleTeam.contentCreator(SampleTeam.AS_OF));
        assertThat(s.pillar(Pillar.PROFESSIONAL_BRAND).points()).isGreaterThanOrEqualTo(22.0);
        assertThat(s.pillar(Pillar.FIND_RIGHT_PEOPLE).points()).isLessThan(12.0);
    }

    @Test
    void prospectorIsStrongOnFindAndWeakOnEngage() {
        SsiScore s = score(SampleTeam.prospector(SampleTeam.AS_OF));
        assertThat(s.pillar(Pillar.FIND_RIGHT_PEOPLE).points()).isGreaterThanOrEqualTo(22.0);
        assertThat(s.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points()).isLessThan(10.0);
    }

    @Test
    void lapsedRepKeepsProfilePointsButActivityPointsFade() {
        SsiScore trained = score(SampleTeam.trainedRep(SampleTeam.AS_OF));
        SsiScore lapsed = score(SampleTeam.lapsedRep(SampleTeam.AS_OF));
        assertThat(lapsed.total()).isLessThan(trained.total() - 15);
        assertThat(lapsed.pillar(Pillar.PROFESSIONAL_BRAND).points()).isGreaterThan(15.0);
        assertThat(lapsed.ignored().beforeWindow()).isPositive();
    }

    @Test
    void sprayAndPrayScoresWorseOnRelationshipsThanModestWellAcceptedOutreach() {
        SsiScore spray = score(SampleTeam.sprayAndPray(SampleTeam.AS_OF));
        SsiScore networker = score(SampleTeam.networker(SampleTeam.AS_OF));
        assertThat(spray.pillar(Pillar.BUILD_RELATIONSHIPS).points())
                .isLessThan(networker.pillar(Pillar.BUILD_RELATIONSHIPS).points() - 10);
        // ... although it sent far more requests and made more connections.
        assertThat(SampleTeam.sprayAndPray(SampleTeam.AS_OF).activities()).hasSizeGreaterThan(
                SampleTeam.networker(SampleTeam.AS_OF).activities().size());
    }

    @Test
    void theOrderOfTheLogDoesNotChangeAnyScoreByABit() {
        for (SampleMember m : SampleTeam.members()) {
            List<Activity> shuffled = new ArrayList<>(m.activities());
            Collections.shuffle(shuffled, new Random(42));
            SsiScore ordered = score(m);
            SsiScore reordered = CALC.score(m.profile(), shuffled, SampleTeam.AS_OF);
            assertThat(Double.doubleToRawLongBits(reordered.total())).as(m.profile().id())
                    .isEqualTo(Double.doubleToRawLongBits(ordered.total()));
            assertThat(reordered).isEqualTo(ordered);
        }
    }

    private static SsiScore score(SampleMember m) {
        return CALC.score(m.profile(), m.activities(), SampleTeam.AS_OF);
    }
}
