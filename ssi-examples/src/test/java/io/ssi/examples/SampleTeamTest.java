package io.ssi.examples;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Pillar;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.Trend;
import io.ssi.core.TrendPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.ssi.core.Trend.Direction.DECLINING;
import static io.ssi.core.Trend.Direction.IMPROVING;
import static io.ssi.core.Trend.Direction.STEADY;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample team tells the story its descriptions promise, under the standard model. These are
 * the principles of the standard model seen on realistic members, not fitted numbers: if one
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
        assertThat(score(SampleTeam.trainedRep(SampleTeam.AS_OF)).total()).isGreaterThanOrEqualTo(70.0);
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
        assertThat(lapsed.ignored().afterAsOf()).isZero();
    }

    @Test
    void sprayAndPrayScoresWorseOnRelationshipsThanModestWellAcceptedOutreach() {
        SsiScore spray = score(SampleTeam.sprayAndPray(SampleTeam.AS_OF));
        SsiScore networker = score(SampleTeam.networker(SampleTeam.AS_OF));
        assertThat(spray.pillar(Pillar.BUILD_RELATIONSHIPS).points())
                .isLessThan(networker.pillar(Pillar.BUILD_RELATIONSHIPS).points() - 10);
        // ... although it sent far more requests in the window.
        assertThat(requestsInWindow(SampleTeam.sprayAndPray(SampleTeam.AS_OF)))
                .isGreaterThan(5 * requestsInWindow(SampleTeam.networker(SampleTeam.AS_OF)));
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

    @Test
    void logsReachBackFarEnoughThatTheWindowOfAMonthAgoHoldsRealActivity() {
        for (SampleMember m : SampleTeam.members()) {
            LocalDate today = LocalDate.ofInstant(SampleTeam.AS_OF, m.profile().timeZone());
            LocalDate first = m.activities().stream().map(a -> LocalDate.ofInstant(a.at(), m.profile().timeZone()))
                    .min(LocalDate::compareTo).orElseThrow();
            // The newcomer's log starts with his first day in the job; everyone else's two windows ago.
            int reach = m.profile().id().equals("rep-ben") ? SampleTeam.BEN_START_DAYS : SampleTeam.LOG_DAYS;
            assertThat(first).as(m.profile().id()).isBefore(today.minusDays(reach - 5L));
        }
    }

    @Test
    void thirtyDayTrendsTellEachMembersStory() {
        Map<String, Trend.Direction> directions = new LinkedHashMap<>();
        Map<String, Trend> trends = new LinkedHashMap<>();
        for (SampleMember m : SampleTeam.members()) {
            Trend t = TrendPolicy.standard().trend(history(m, 31), 30);
            directions.put(m.profile().id(), t.direction());
            trends.put(m.profile().id(), t);
        }
        assertThat(directions).isEqualTo(Map.of(
                "rep-ava", STEADY, "rep-ben", IMPROVING, "rep-chloe", STEADY, "rep-dev", STEADY,
                "rep-elena", DECLINING, "rep-finn", DECLINING, "rep-gia", STEADY));
        // The newcomer's routine lifts every activity-driven pillar; his profile has not changed.
        Trend ben = trends.get("rep-ben");
        assertThat(ben.change(Pillar.PROFESSIONAL_BRAND)).isZero();
        assertThat(ben.change(Pillar.ENGAGE_WITH_INSIGHTS)).isPositive();
        assertThat(ben.change(Pillar.BUILD_RELATIONSHIPS)).isPositive();
        // Spraying requests made the spray-and-pray connector's relationships worse, not better,
        // and left them far below the networker's modest, well-accepted outreach.
        assertThat(trends.get("rep-finn").change(Pillar.BUILD_RELATIONSHIPS)).isNegative();
        assertThat(score(SampleTeam.sprayAndPray(SampleTeam.AS_OF)).pillar(Pillar.BUILD_RELATIONSHIPS).points())
                .isLessThan(score(SampleTeam.networker(SampleTeam.AS_OF)).pillar(Pillar.BUILD_RELATIONSHIPS).points()
                        - 5);
        // The lapsed rep loses on every activity-driven pillar.
        Trend elena = trends.get("rep-elena");
        assertThat(elena.change(Pillar.FIND_RIGHT_PEOPLE)).isLessThan(-2.0);
        assertThat(elena.change(Pillar.ENGAGE_WITH_INSIGHTS)).isLessThan(-2.0);
    }

    @Test
    void steadyMembersScoreTodayAsTheirMostRecentQuarterAlone() {
        // Writing a routine quarter by quarter keeps every window's mix: the log of the last
        // 90 days alone scores exactly as the whole half year does.
        for (SampleMember m : List.of(SampleTeam.trainedRep(SampleTeam.AS_OF),
                SampleTeam.networker(SampleTeam.AS_OF))) {
            String id = m.profile().id();
            List<Activity> lastQuarter = m.activities().stream()
                    .filter(a -> a.id().matches(id + "-\\d+")).toList();
            assertThat(lastQuarter).hasSizeLessThan(m.activities().size());
            assertThat(CALC.score(m.profile(), lastQuarter, SampleTeam.AS_OF).total()).as(id)
                    .isEqualTo(score(m).total());
        }
    }

    private static long requestsInWindow(SampleMember m) {
        Instant start = SampleTeam.AS_OF.minus(Duration.ofDays(89));
        return m.activities().stream()
                .filter(a -> a.type() == ActivityType.CONNECTION_REQUEST_SENT && a.at().isAfter(start)).count();
    }

    /** The member's daily history over the last {@code days} days, ending on the day of {@code AS_OF}. */
    private static List<SsiScore> history(SampleMember m, int days) {
        LocalDate today = LocalDate.ofInstant(SampleTeam.AS_OF, m.profile().timeZone());
        return CALC.history(m.profile(), m.activities(), today.minusDays(days - 1L), today);
    }

    private static SsiScore score(SampleMember m) {
        return CALC.score(m.profile(), m.activities(), SampleTeam.AS_OF);
    }
}
