package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.BadInput.iae;
import static io.ssi.core.BadInput.npe;
import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.activity;
import static io.ssi.core.Fixtures.daysBefore;
import static io.ssi.core.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the engine reads an activity log. Duplicate rows count once, rows outside
 * the window are ignored, everything ignored is reported, and the order of the log does not
 * change the score by a single bit.
 */
final class ActivityLogTest {

    private static final SsiCalculator CALC = Fixtures.calculator(
            TestRule.weeklyRate("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 25, POST_LIKED));

    private static ScoringContext context(List<Activity> log) {
        return ScoringContext.of(member(), log, AS_OF);
    }

    static Stream<Arguments> badArguments() {
        List<Activity> withNull = Arrays.asList(activity("a", POST_LIKED, AS_OF), activity("b", POST_LIKED, AS_OF),
                activity("c", POST_LIKED, AS_OF), null, activity("e", POST_LIKED, AS_OF));
        LocalDate day = LocalDate.of(2026, 11, 30);
        MemberProfile m = member();
        List<Activity> none = List.of();
        return Stream.of(
                npe("score without profile", () -> CALC.score(null, none, AS_OF), "profile"),
                npe("score without activities", () -> CALC.score(m, null, AS_OF), "activities"),
                npe("score without asOf", () -> CALC.score(m, none, null), "asOf"),
                npe("score by the clock without profile", () -> CALC.score(null, none), "profile"),
                npe("score by the clock without activities", () -> CALC.score(m, null), "activities"),
                npe("score with a null activity", () -> CALC.score(m, withNull, AS_OF), "activities[3] must not be null"),
                iae("score before year 1", () -> CALC.score(m, none, Instant.parse("0000-12-31T23:59:59Z")),
                        "asOf must be between", "but was 0000-12-31T23:59:59Z"),
                iae("score after year 9999", () -> CALC.score(m, none, Instant.MAX), "asOf must be between",
                        "but was " + Instant.MAX),
                npe("history without profile", () -> CALC.history(null, none, day, day), "profile"),
                npe("history without activities", () -> CALC.history(m, null, day, day), "activities"),
                npe("history without from", () -> CALC.history(m, none, null, day), "from"),
                npe("history without to", () -> CALC.history(m, none, day, null), "to"),
                npe("history with a null activity", () -> CALC.history(m, withNull, day, day),
                        "activities[3] must not be null"),
                iae("history from year 0", () -> CALC.history(m, none, LocalDate.of(0, 12, 30), LocalDate.of(1, 1, 2)),
                        "from must be a day that ends", "but was 0000-12-30,"),
                iae("history to year 10000", () -> CALC.history(m, none, LocalDate.of(9999, 12, 30),
                        LocalDate.of(10000, 1, 1)), "to must be a day that ends", "but was +10000-01-01,"),
                npe("context without profile", () -> ScoringContext.of(null, none, AS_OF), "profile"),
                npe("context without activities", () -> ScoringContext.of(m, null, AS_OF), "activities"),
                npe("context without asOf", () -> ScoringContext.of(m, none, null), "asOf"),
                npe("context with a null activity", () -> ScoringContext.of(m, withNull, AS_OF),
                        "activities[3] must not be null"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void scoringRejectsBadArguments(BadInput bad) {
        bad.assertRejected();
    }

    // ---- duplicates

    @Test
    void duplicateIdsAreCountedOnce() {
        Activity like = activity("crm-1", POST_LIKED, daysBefore(AS_OF, 1));
        List<Activity> log = List.of(like, like, like, activity("crm-2", POST_LIKED, daysBefore(AS_OF, 1)));

        SsiScore s = CALC.score(member(), log, AS_OF);

        assertThat(context(log).count(POST_LIKED)).isEqualTo(2);
        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(2, 0, 0));
        assertThat(s.pillars()).isEqualTo(CALC.score(member(), List.of(like, log.get(3)), AS_OF).pillars());
    }

    @Test
    void conflictingDuplicatesAreCountedOnceWhicheverComesFirst() {
        Activity liked = activity("crm-1", POST_LIKED, daysBefore(AS_OF, 5));
        Activity commented = activity("crm-1", POST_COMMENTED, daysBefore(AS_OF, 3));

        ScoringContext one = context(List.of(liked, commented));
        ScoringContext other = context(List.of(commented, liked));

        assertThat(one.count(POST_LIKED) + one.count(POST_COMMENTED)).isEqualTo(1);
        assertThat(other.count(POST_LIKED)).isEqualTo(one.count(POST_LIKED));
        assertThat(other.count(POST_COMMENTED)).isEqualTo(one.count(POST_COMMENTED));
        assertThat(other.weeklyRate(POST_LIKED)).isEqualTo(one.weeklyRate(POST_LIKED));
        assertThat(CALC.score(member(), List.of(liked, commented), AS_OF).ignored().duplicates()).isEqualTo(1);
    }

    @Test
    void conflictingDuplicatesOfConnectionsCountOneContactWhicheverComesFirst() {
        Contact ann = Contact.builder("ann").accountId("acme").build();
        Contact bob = Contact.builder("bob").accountId("globex").build();
        Activity first = activity("crm-1", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 8), ann);
        Activity second = activity("crm-1", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 2), bob);

        for (List<Activity> log : List.of(List.of(first, second), List.of(second, first))) {
            ScoringContext c = context(log);
            assertThat(c.newConnections()).as("%s", log).isEqualTo(1);
            assertThat(c.distinctContacts(CONNECTION_REQUEST_ACCEPTED)).isEqualTo(1);
            assertThat(c.newConnectionsAt("acme") + c.newConnectionsAt("globex")).isEqualTo(1);
            assertThat(c.count(CONNECTION_REQUEST_ACCEPTED)).isEqualTo(1);
        }
        assertThat(context(List.of(first, second)).newConnectionsAt("acme"))
                .isEqualTo(context(List.of(second, first)).newConnectionsAt("acme"));
    }

    @Test
    void aDuplicateOfARowAfterAsOfIsStillOneRow() {
        Activity inWindow = activity("crm-1", POST_LIKED, daysBefore(AS_OF, 1));
        Activity late = activity("crm-1", POST_LIKED, AS_OF.plusSeconds(3600));

        for (List<Activity> log : List.of(List.of(inWindow, late), List.of(late, inWindow))) {
            SsiScore s = CALC.score(member(), log, AS_OF);
            assertThat(s.ignored().duplicates()).isEqualTo(1);
            assertThat(context(log).count(POST_LIKED) + s.ignored().afterAsOf()).isEqualTo(1);
        }
        assertThat(CALC.score(member(), List.of(inWindow, late), AS_OF))
                .isEqualTo(CALC.score(member(), List.of(late, inWindow), AS_OF));
    }

    // ---- order

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void resultDoesNotDependOnRowOrderToTheLastBit(long seed) {
        List<Activity> log = LogGenerator.log(seed, 1500, daysBefore(AS_OF, 120), AS_OF.plusSeconds(3 * 86_400));
        MemberProfile profile = MemberProfile.builder("m").targetAccounts(Set.of("acme", "initech")).build();
        SsiCalculator calc = Probes.calculator().build();
        SsiScore expected = calc.score(profile, log, AS_OF);

        Random random = new Random(seed);
        for (int i = 0; i < 3; i++) {
            List<Activity> shuffled = new ArrayList<>(log);
            Collections.shuffle(shuffled, random);
            SsiScore actual = calc.score(profile, shuffled, AS_OF);

            assertThat(actual).isEqualTo(expected);
            assertThat(Double.doubleToRawLongBits(actual.total())).isEqualTo(Double.doubleToRawLongBits(expected.total()));
            for (int c = 0; c < expected.contributions().size(); c++) {
                assertThat(Double.doubleToRawLongBits(actual.contributions().get(c).evidence().measured()))
                        .as(expected.contributions().get(c).ruleId())
                        .isEqualTo(Double.doubleToRawLongBits(expected.contributions().get(c).evidence().measured()));
            }
        }
        assertThat(expected.ignored().duplicates()).isPositive();
        assertThat(expected.ignored().afterAsOf()).isPositive();
        assertThat(expected.ignored().beforeWindow()).isPositive();
        assertThat(expected.contributions()).anySatisfy(c -> assertThat(c.ruleId()).isEqualTo("probe.welcomed"));
    }

    @Test
    void reversedLogGivesTheSameScore() {
        List<Activity> log = LogGenerator.log(9, 800, daysBefore(AS_OF, 95), AS_OF);
        List<Activity> reversed = new ArrayList<>(log);
        Collections.reverse(reversed);
        SsiCalculator calc = Probes.calculator().build();

        assertThat(calc.score(member(), reversed, AS_OF)).isEqualTo(calc.score(member(), log, AS_OF));
    }

    // ---- outside the window

    @Test
    void activityAfterAsOfIsIgnoredAndCounted() {
        List<Activity> log = List.of(
                activity("now", POST_LIKED, AS_OF),
                activity("just-after", POST_LIKED, AS_OF.plusNanos(1)),
                activity("later-that-day", POST_LIKED, AS_OF.plusSeconds(3 * 3600)),
                activity("next-year", POST_LIKED, AS_OF.plusSeconds(365L * 86_400)),
                activity("far-future", POST_LIKED, Instant.parse("9999-12-31T23:59:59Z")));

        SsiScore s = CALC.score(member(), log, AS_OF);

        assertThat(context(log).count(POST_LIKED)).isEqualTo(1);
        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(0, 4, 0));
        assertThat(s.ignored().total()).isEqualTo(4);
    }

    @Test
    void activityBeforeTheWindowIsIgnoredAndCounted() {
        // A 90-day window ending on 2026-11-30 (UTC) begins on 2026-09-02.
        List<Activity> log = List.of(
                activity("first-instant", POST_LIKED, Instant.parse("2026-09-02T00:00:00Z")),
                activity("last-instant-before", POST_LIKED, Instant.parse("2026-09-01T23:59:59.999999999Z")),
                activity("long-ago", POST_LIKED, Instant.parse("2020-01-01T00:00:00Z")),
                activity("year-one", POST_LIKED, Instant.parse("0001-01-01T00:00:00Z")));

        SsiScore s = CALC.score(member(), log, AS_OF);

        assertThat(context(log).count(POST_LIKED)).isEqualTo(1);
        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(0, 0, 3));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"})
    void theLastSecondOfTheSupportedRangeCounts(String zone) {
        // The edges of years 1 and 9999 are valid instants and must be scored like any other.
        Instant latest = Instant.parse("9999-12-31T23:59:59.999999999Z");
        Instant earliest = Instant.parse("0001-01-01T00:00:00Z");
        MemberProfile profile = MemberProfile.builder("m").timeZone(java.time.ZoneId.of(zone)).build();
        List<Activity> last = List.of(activity("a", POST_LIKED, latest), activity("b", POST_LIKED, latest.minusNanos(1)),
                activity("c", POST_LIKED, Instant.parse("9999-12-31T23:59:59Z")));
        List<Activity> first = List.of(activity("a", POST_LIKED, earliest), activity("b", POST_LIKED,
                earliest.plusNanos(1)), activity("c", POST_LIKED, earliest.plusSeconds(1)));

        assertThat(ScoringContext.of(profile, last, latest).count(POST_LIKED)).isEqualTo(3);
        assertThat(CALC.score(profile, last, latest).ignored()).isEqualTo(IgnoredActivities.NONE);
        assertThat(ScoringContext.of(profile, first, earliest.plusSeconds(1)).count(POST_LIKED)).isEqualTo(3);
        assertThat(CALC.score(profile, first, earliest.plusSeconds(1)).ignored()).isEqualTo(IgnoredActivities.NONE);
    }

    @Test
    void everyRowIsEitherCountedOrReported() {
        List<Activity> log = LogGenerator.log(4, 1000, daysBefore(AS_OF, 200), AS_OF.plusSeconds(30L * 86_400));
        ScoringContext c = context(log);
        SsiScore s = CALC.score(member(), log, AS_OF);

        int counted = 0;
        for (ActivityType t : ActivityType.values()) {
            counted += c.count(t);
        }
        assertThat(counted + s.ignored().total()).isEqualTo(log.size());
    }

    @Test
    void scoreWithoutAsOfUsesTheCalculatorsClock() {
        SsiCalculator calc = SsiCalculator.builder()
                .addRule(TestRule.weeklyRate("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 25, POST_LIKED))
                .clock(Clock.fixed(AS_OF, ZoneOffset.UTC)).build();
        List<Activity> log = List.of(activity("before", POST_LIKED, AS_OF.minusSeconds(1)),
                activity("after", POST_LIKED, AS_OF.plusSeconds(1)));

        SsiScore s = calc.score(member(), log);

        assertThat(s.asOf()).isEqualTo(AS_OF);
        assertThat(s.ignored().afterAsOf()).isEqualTo(1);
        assertThat(s).isEqualTo(calc.score(member(), log, AS_OF));
    }

    @Test
    void theLogIsNeitherModifiedNorKept() {
        List<Activity> log = new ArrayList<>(List.of(activity("a", POST_LIKED, AS_OF), activity("a", POST_LIKED, AS_OF)));
        List<Activity> copy = List.copyOf(log);

        SsiScore before = CALC.score(member(), log, AS_OF);
        assertThat(log).isEqualTo(copy);
        log.add(activity("b", POST_LIKED, AS_OF));

        assertThat(before.ignored().duplicates()).isEqualTo(1);
        assertThat(before.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points())
                .isLessThan(CALC.score(member(), log, AS_OF).pillar(Pillar.ENGAGE_WITH_INSIGHTS).points());
    }

    @Test
    void hugeEngagementDoesNotOverflow() {
        List<Activity> log = List.of(
                Activity.builder(ActivityType.POST_PUBLISHED, AS_OF).id("a").engagement(Integer.MAX_VALUE).build(),
                Activity.builder(ActivityType.POST_PUBLISHED, AS_OF).id("b").engagement(Integer.MAX_VALUE).build());

        ScoringContext c = context(log);
        ScoringContext single = context(log.subList(0, 1));

        assertThat(c.weeklyEngagement(ActivityType.POST_PUBLISHED))
                .isEqualTo(2 * single.weeklyEngagement(ActivityType.POST_PUBLISHED))
                .isPositive();
    }
}
