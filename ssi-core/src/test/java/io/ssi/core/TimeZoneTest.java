package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.Fixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Days begin and end in the member's time zone. The window's days, the age of an
 * activity and "after asOf" all follow the member's calendar, across DST transitions, odd
 * offsets and historical changes of a zone's rules.
 */
final class TimeZoneTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private static MemberProfile in(ZoneId zone) {
        return MemberProfile.builder("m").timeZone(zone).build();
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    private static SsiScore score(ZoneId zone, List<Activity> log, Instant asOf) {
        return Fixtures.calculator(TestRule.weeklyRate("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 25, POST_LIKED))
                .score(in(zone), log, asOf);
    }

    @Test
    void lateEveningOnTheLastDayCountsWhereItIsAlreadyTomorrowInUtc() {
        Instant asOf = SsiCalculator.endOfDay(NOV_30, NEW_YORK);
        Activity lateEvening = activity("late", POST_LIKED, local("2026-11-30T23:30", NEW_YORK));
        Activity earlyMorning = activity("early", POST_LIKED, local("2026-11-30T00:30", NEW_YORK));
        List<Activity> log = List.of(lateEvening, earlyMorning);

        ScoringContext ny = ScoringContext.of(in(NEW_YORK), log, asOf);
        ScoringContext utc = ScoringContext.of(in(ZoneOffset.UTC), log, asOf);

        assertThat(lateEvening.at()).isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
        assertThat(ny.asOfDate()).isEqualTo(NOV_30);
        assertThat(ny.count(POST_LIKED)).isEqualTo(2);
        assertThat(ny.activeDays(Set.of(POST_LIKED))).isEqualTo(1);
        // Both happened "today" in New York and weigh the same; in UTC they fall on two days.
        assertThat(ny.weeklyRate(POST_LIKED)).isEqualTo(2 * ScoringContext.of(in(NEW_YORK),
                List.of(lateEvening), asOf).weeklyRate(POST_LIKED));
        assertThat(utc.asOfDate()).isEqualTo(NOV_30.plusDays(1));
        assertThat(utc.activeDays(Set.of(POST_LIKED))).isEqualTo(2);
    }

    @Test
    void lateEveningOnTheLastDayCountsInBerlin() {
        Instant asOf = SsiCalculator.endOfDay(NOV_30, BERLIN);
        List<Activity> log = List.of(activity("late", POST_LIKED, local("2026-11-30T23:30", BERLIN)));

        SsiScore s = score(BERLIN, log, asOf);

        assertThat(asOf).isEqualTo(Instant.parse("2026-11-30T22:59:59.999999999Z"));
        assertThat(s.ignored()).isEqualTo(IgnoredActivities.NONE);
        assertThat(ScoringContext.of(in(BERLIN), log, asOf).count(POST_LIKED)).isEqualTo(1);
    }

    @Test
    void justAfterMidnightOnTheNextLocalDayIsAfterAsOfThoughItIsTheSameDayInUtc() {
        Instant asOf = SsiCalculator.endOfDay(NOV_30, BERLIN);
        Activity nextDay = activity("next", POST_LIKED, local("2026-12-01T00:30", BERLIN));

        SsiScore s = score(BERLIN, List.of(nextDay), asOf);

        assertThat(nextDay.at()).isEqualTo(Instant.parse("2026-11-30T23:30:00Z"));
        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(0, 1, 0));
        assertThat(s.pillar(Pillar.ENGAGE_WITH_INSIGHTS).points()).isZero();
    }

    @Test
    void theWindowBeginsAtLocalMidnight() {
        // A 90-day window ending on 2026-11-30 begins on 2026-09-02, at 00:00 in Berlin (22:00 UTC the day before).
        Instant asOf = SsiCalculator.endOfDay(NOV_30, BERLIN);
        List<Activity> log = List.of(
                activity("first-minute", POST_LIKED, local("2026-09-02T00:00", BERLIN)),
                activity("last-minute-before", POST_LIKED, local("2026-09-01T23:59:59.999999999", BERLIN)));

        SsiScore s = score(BERLIN, log, asOf);

        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(0, 0, 1));
        assertThat(score(ZoneOffset.UTC, log, asOf).ignored()).isEqualTo(new IgnoredActivities(0, 0, 2));
    }

    @Test
    void laterTheSameLocalDayIsAfterAsOf() {
        Instant asOf = local("2026-11-30T12:00", BERLIN);
        List<Activity> log = List.of(activity("morning", POST_LIKED, local("2026-11-30T09:00", BERLIN)),
                activity("afternoon", POST_LIKED, local("2026-11-30T15:00", BERLIN)));

        assertThat(score(BERLIN, log, asOf).ignored()).isEqualTo(new IgnoredActivities(0, 1, 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // zone, asOf, its local day
            "Asia/Kolkata, 2026-11-30T18:29:59Z, 2026-11-30",
            "Asia/Kolkata, 2026-11-30T18:30:00Z, 2026-12-01",
            "Pacific/Chatham, 2026-11-30T10:14:59Z, 2026-11-30",
            "Pacific/Chatham, 2026-11-30T10:15:00Z, 2026-12-01",
            "Pacific/Kiritimati, 2026-11-30T10:00:00Z, 2026-12-01",
            "Pacific/Pago_Pago, 2026-11-30T10:00:00Z, 2026-11-29",
            "America/St_Johns, 2026-12-01T03:29:59Z, 2026-11-30"})
    void asOfDateIsTheLocalDay(String zone, Instant asOf, LocalDate day) {
        ScoringContext c = ScoringContext.of(in(ZoneId.of(zone)), List.of(), asOf);

        assertThat(c.asOfDate()).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // a day with a DST transition in Berlin: first and last instants of the local day
            "2026-03-29, 2026-03-29T00:00, 2026-03-29T23:59:59",
            "2026-10-25, 2026-10-25T00:00, 2026-10-25T23:59:59"})
    void daysWithADstTransitionHoldTheirWholeLocalDay(LocalDate day, String first, String last) {
        SsiCalculator.Builder oneDay = SsiCalculator.builder().window(Duration.ofDays(1));
        Instant asOf = SsiCalculator.endOfDay(day, BERLIN);
        List<Activity> log = List.of(
                activity("first", POST_LIKED, local(first, BERLIN)),
                activity("last", POST_LIKED, local(last, BERLIN)),
                activity("before", POST_LIKED, local(first, BERLIN).minusNanos(1)),
                activity("after", POST_LIKED, local(last, BERLIN).plusSeconds(1)));

        ScoringContext c = Fixtures.contextOf(oneDay, in(BERLIN), log, asOf);
        SsiScore s = oneDay.rules(List.of(TestRule.weeklyRate("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 25,
                POST_LIKED))).build().score(in(BERLIN), log, asOf);

        assertThat(c.asOfDate()).isEqualTo(day);
        assertThat(c.count(POST_LIKED)).isEqualTo(2);
        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(0, 1, 1));
    }

    /**
     * The engine places activities on days through a precomputed table of the zone's offsets.
     * Over a ten-year window with random instants, its days must agree with java.time's for
     * every activity, whatever the zone's history.
     */
    @ParameterizedTest(name = "{0} as of {1}")
    @CsvSource({
            "UTC, 2026-11-30T18:00:00Z",
            "Europe/Berlin, 2026-11-30T18:00:00Z",
            "America/New_York, 2026-03-08T12:00:00Z",
            "Australia/Sydney, 2026-10-04T12:00:00Z",
            "Australia/Lord_Howe, 2026-04-05T12:00:00Z",
            "America/Santiago, 2026-09-06T12:00:00Z",
            "Europe/Moscow, 2015-06-01T00:00:00Z",
            "Africa/Casablanca, 2026-05-01T00:00:00Z",
            "Pacific/Apia, 2015-01-01T00:00:00Z",
            "Europe/Berlin, 1950-01-01T00:00:00Z",
            "Asia/Kolkata, 0001-12-31T00:00:00Z",
            "Pacific/Kiritimati, 9999-12-31T23:59:59.999999999Z",
            "Pacific/Pago_Pago, 9999-12-31T23:59:59.999999999Z"})
    void activitiesFallOnTheirLocalDayThroughoutTheZonesHistory(ZoneId zone, Instant asOf) {
        int windowDays = 3650;
        Random random = new Random(zone.hashCode() ^ asOf.hashCode());
        LocalDate asOfDate = asOf.atZone(zone).toLocalDate();
        LocalDate firstDay = asOfDate.minusDays(windowDays - 1);
        List<Activity> log = new ArrayList<>();
        Set<LocalDate> activeDays = new HashSet<>();
        int before = 0;
        int after = 0;
        long span = Duration.ofDays(windowDays + 20).getSeconds();
        for (int i = 0; i < 1500; i++) {
            Instant at;
            if (i % 4 == 0) {
                // Close to a local midnight, where a wrong offset shows.
                LocalDate d = asOfDate.minusDays(random.nextInt(windowDays + 10) - 3);
                at = d.atStartOfDay(zone).toInstant().plusSeconds(random.nextInt(7201) - 3600);
            } else {
                at = asOf.minusSeconds((long) (random.nextDouble() * span) - 86_400 * 5L);
            }
            if (at.isBefore(Instant.parse("0001-01-01T00:00:00Z"))
                    || at.isAfter(Instant.parse("9999-12-31T23:59:59.999999999Z"))) {
                continue;
            }
            log.add(activity("a" + i, POST_LIKED, at));
            LocalDate day = at.atZone(zone).toLocalDate();
            if (at.isAfter(asOf)) {
                after++;
            } else if (day.isBefore(firstDay)) {
                before++;
            } else {
                activeDays.add(day);
            }
        }
        SsiCalculator.Builder tenYears = SsiCalculator.builder().window(Duration.ofDays(windowDays));

        ScoringContext c = Fixtures.contextOf(tenYears, in(zone), log, asOf);
        SsiScore s = tenYears.rules(List.of(TestRule.constant("find.x", Pillar.FIND_RIGHT_PEOPLE, 1, 0))).build()
                .score(in(zone), log, asOf);

        assertThat(c.asOfDate()).isEqualTo(asOfDate);
        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(0, after, before));
        assertThat(c.count(POST_LIKED)).isEqualTo(log.size() - after - before);
        assertThat(c.activeDays(Set.of(POST_LIKED))).isEqualTo(activeDays.size());
    }

    /**
     * The weekly rate against a model written from its definition: per local day, the capped
     * count weighted by {@code 0.5^(age / halfLife)}, summed, and divided by what a steady rate
     * of one a week would sum to.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTC", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe"})
    void weeklyRateIsTheCappedRecencyWeightedCountOfLocalDays(ZoneId zone) {
        Instant asOf = Instant.parse("2026-10-20T12:00:00Z");
        LocalDate asOfDate = asOf.atZone(zone).toLocalDate();
        Random random = new Random(7);
        List<Activity> log = new ArrayList<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            Instant at = asOf.minusSeconds(random.nextInt(100 * 86_400));
            if (random.nextInt(20) == 0) {
                at = asOf.minusSeconds(86_400L * random.nextInt(90));
            }
            log.add(activity("a" + i, POST_LIKED, at));
            perDay.merge(at.atZone(zone).toLocalDate(), 1, Integer::sum);
        }
        double weighted = 0;
        double steady = 0;
        for (int age = 0; age < 90; age++) {
            double w = Math.pow(0.5, age / 30.0);
            weighted += Math.min(20, perDay.getOrDefault(asOfDate.minusDays(age), 0)) * w;
            steady += w / 7;
        }

        ScoringContext c = ScoringContext.of(in(zone), log, asOf, Fixtures.PLAIN);

        assertThat(c.weeklyRate(POST_LIKED)).isCloseTo(weighted / steady, within(1e-9));
        assertThat(perDay.values()).anySatisfy(n -> assertThat(n).isGreaterThan(20));
    }
}
