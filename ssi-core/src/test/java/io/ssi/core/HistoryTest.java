package io.ssi.core;

import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.Fixtures.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A daily history slides one window instead of rescoring, and each of its
 * days must equal the single score as of the end of that day in the member's time zone.
 */
final class HistoryTest {

    private static final double EPSILON = 1e-9;

    private static MemberProfile in(ZoneId zone) {
        return MemberProfile.builder("m").timeZone(zone).targetAccounts(Set.of("acme", "globex")).build();
    }

    /** Fails on days whose window holds an odd number of likes, so failures come and go. */
    private static final ScoringRule FLAKY = TestRule.returning("engage.flaky", Pillar.ENGAGE_WITH_INSIGHTS, 5,
            (r, c) -> {
                if (c.count(POST_LIKED) % 2 == 1) {
                    throw new IllegalStateException("odd");
                }
                return RuleContribution.of(r, 1, Evidence.of(1, 1, "", ""));
            });

    /**
     * Compares two scores figure by figure. Mismatches are collected and asserted once, because
     * hundreds of probe figures over hundreds of days are too many for one assertion each.
     */
    private static void assertSameScore(SsiScore actual, SsiScore expected) {
        String day = expected.asOf().toString();
        assertThat(actual.asOf()).isEqualTo(expected.asOf());
        assertThat(actual.memberId()).isEqualTo(expected.memberId());
        assertThat(actual.modelVersion()).isEqualTo(expected.modelVersion());
        assertThat(actual.ignored()).as(day).isEqualTo(expected.ignored());
        assertThat(actual.failures()).as(day).isEqualTo(expected.failures());
        List<String> mismatches = new ArrayList<>();
        compare(mismatches, "total", actual.total(), expected.total());
        for (Pillar p : Pillar.values()) {
            PillarScore a = actual.pillar(p);
            PillarScore e = expected.pillar(p);
            compare(mismatches, p.toString(), a.points(), e.points());
            if (a.complete() != e.complete()) {
                mismatches.add(p + " complete " + a.complete() + " instead of " + e.complete());
            }
            if (a.contributions().size() != e.contributions().size()) {
                mismatches.add(p + " has " + a.contributions().size() + " contributions instead of "
                        + e.contributions().size());
                continue;
            }
            for (int i = 0; i < e.contributions().size(); i++) {
                RuleContribution ac = a.contributions().get(i);
                RuleContribution ec = e.contributions().get(i);
                if (!ac.ruleId().equals(ec.ruleId())) {
                    mismatches.add(ac.ruleId() + " instead of " + ec.ruleId());
                }
                compare(mismatches, ec.ruleId() + " points", ac.points(), ec.points());
                compare(mismatches, ec.ruleId() + " measured", ac.evidence().measured(), ec.evidence().measured());
            }
        }
        assertThat(mismatches).as("differences on %s", day).isEmpty();
    }

    private static void compare(List<String> mismatches, String what, double actual, double expected) {
        if (!(Math.abs(actual - expected) <= EPSILON)) {
            mismatches.add(what + ": " + actual + " instead of " + expected);
        }
    }

    private static void assertHistoryMatchesScores(SsiCalculator calc, MemberProfile profile, List<Activity> log,
                                                   LocalDate from, LocalDate to) {
        List<SsiScore> history = calc.history(profile, log, from, to);

        assertThat(history).hasSize((int) (to.toEpochDay() - from.toEpochDay() + 1));
        // Every day against its own score; in the mutation run, a share of the days spread over
        // the range, and the last (each score re-reads the whole log).
        int stride = Math.max(1, history.size() / Examples.of(history.size()));
        for (int i = 0; i < history.size(); i++) {
            LocalDate day = from.plusDays(i);
            Instant endOfDay = SsiCalculator.endOfDay(day, profile.timeZone());
            assertThat(history.get(i).asOf()).isEqualTo(endOfDay);
            if (i % stride == 0 || i == history.size() - 1) {
                assertSameScore(history.get(i), calc.score(profile, log, endOfDay));
            }
        }
    }

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource({
            "UTC, 2026-10-01, 2026-11-30",
            "Europe/Berlin, 2026-10-10, 2026-11-10",
            "America/New_York, 2026-10-20, 2026-11-15",
            "America/New_York, 2026-02-25, 2026-03-20",
            "Australia/Lord_Howe, 2026-03-25, 2026-04-15",
            "America/Santiago, 2026-08-25, 2026-09-15"})
    void everyDayEqualsTheScoreAsOfTheEndOfThatDay(ZoneId zone, LocalDate from, LocalDate to) {
        Instant start = from.minusDays(130).atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(5).atStartOfDay(zone).toInstant();
        List<Activity> log = LogGenerator.log(from.toEpochDay(), 1200, start, end);
        List<ScoringRule> rules = new ArrayList<>(Probes.all());
        rules.add(FLAKY);
        SsiCalculator calc = SsiCalculator.builder().rules(rules).build();

        assertHistoryMatchesScores(calc, in(zone), log, from, to);
    }

    @Test
    void historyWithOtherOptionsMatchesScoresWithThem() {
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 11, 15);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        List<Activity> log = LogGenerator.log(11, 900, from.minusDays(20).atStartOfDay(zone).toInstant(),
                to.plusDays(2).atStartOfDay(zone).toInstant());
        SsiCalculator calc = Probes.calculator().window(Duration.ofDays(7)).halfLife(Duration.ofHours(60))
                .dailyCap(2).build();

        assertHistoryMatchesScores(calc, in(zone), log, from, to);
    }

    @ParameterizedTest(name = "window {0}d, half-life {1}h, taper {2}d")
    @CsvSource({"90, 720, 30", "90, 720, 90", "7, 60, 7", "30, 240, 1", "90, 720, 0", "7, 60, 0"})
    void historyWithATaperMatchesScoresWithIt(int window, int halfLifeHours, int taper) {
        LocalDate from = LocalDate.of(2026, 9, 20);
        LocalDate to = LocalDate.of(2026, 11, 20);
        ZoneId zone = ZoneId.of("America/New_York");
        List<Activity> log = LogGenerator.log(window * 31L + taper, 1500, from.minusDays(120).atStartOfDay(zone)
                .toInstant(), to.plusDays(2).atStartOfDay(zone).toInstant());
        SsiCalculator calc = Probes.calculator().window(Duration.ofDays(window))
                .halfLife(Duration.ofHours(halfLifeHours)).taper(Duration.ofDays(taper)).build();

        assertHistoryMatchesScores(calc, in(zone), log, from, to);
    }

    @Test
    void aLongTaperedHistoryDoesNotDriftAndEmptiesWhenActivityStops() {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2026, 2, 1);
        List<Activity> log = LogGenerator.log(5, 2500, Instant.parse("2024-10-01T00:00:00Z"),
                Instant.parse("2025-08-01T00:00:00Z"));
        SsiCalculator calc = Probes.calculator().taper(Duration.ofDays(45)).build();

        assertHistoryMatchesScores(calc, in(ZoneOffset.UTC), log, from, to);
        SsiScore last = calc.history(in(ZoneOffset.UTC), log, to, to).get(0);
        assertThat(last.contributions()).allSatisfy(c -> assertThat(c.evidence().measured()).isZero());
    }

    @Test
    void aLongHistoryDoesNotDriftAndEmptiesWhenActivityStops() {
        // Activity in the first months only: by the end the window is empty and every rate must be exactly 0.
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2026, 2, 1);
        List<Activity> log = LogGenerator.log(3, 2500, Instant.parse("2024-10-01T00:00:00Z"),
                Instant.parse("2025-08-01T00:00:00Z"));
        SsiCalculator calc = Probes.calculator().build();

        assertHistoryMatchesScores(calc, in(ZoneOffset.UTC), log, from, to);
        SsiScore last = calc.history(in(ZoneOffset.UTC), log, to, to).get(0);
        assertThat(last.contributions()).allSatisfy(c -> assertThat(c.evidence().measured()).isZero());
    }

    @Test
    void oneDayHistoryIsTheScoreAtTheEndOfTheDay() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        List<Activity> log = LogGenerator.log(8, 300, Instant.parse("2026-09-01T00:00:00Z"),
                Instant.parse("2026-12-02T00:00:00Z"));
        SsiCalculator calc = Probes.calculator().build();

        List<SsiScore> history = calc.history(in(zone), log, day, day);

        assertThat(history).hasSize(1);
        assertThat(history.get(0).asOf()).isEqualTo(Instant.parse("2026-11-30T18:29:59.999999999Z"));
        assertSameScore(history.get(0), calc.score(in(zone), log, SsiCalculator.endOfDay(day, zone)));
    }

    @Test
    void laterDaysAreAfterAsOfForEarlierOnes() {
        LocalDate from = LocalDate.of(2026, 11, 1);
        List<Activity> log = List.of(activity("d2", POST_LIKED, Instant.parse("2026-11-02T10:00:00Z")),
                activity("d3", POST_LIKED, Instant.parse("2026-11-03T10:00:00Z")),
                activity("after-to", POST_LIKED, Instant.parse("2026-11-04T00:00:00Z")),
                activity("old", POST_LIKED, Instant.parse("2026-08-05T10:00:00Z")));
        SsiCalculator calc = Fixtures.calculator(TestRule.weeklyRate("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 25,
                POST_LIKED));

        List<SsiScore> history = calc.history(in(ZoneOffset.UTC), log, from, from.plusDays(2));

        assertThat(history).extracting(SsiScore::ignored).containsExactly(
                new IgnoredActivities(0, 3, 0), new IgnoredActivities(0, 2, 0), new IgnoredActivities(0, 1, 1));
    }

    @Test
    void endOfDayIsTheLastNanosecondOfTheLocalDay() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        assertThat(SsiCalculator.endOfDay(LocalDate.of(2026, 11, 30), ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-11-30T23:59:59.999999999Z"));
        assertThat(SsiCalculator.endOfDay(LocalDate.of(2026, 7, 1), berlin))
                .isEqualTo(Instant.parse("2026-07-01T21:59:59.999999999Z"));
        // The day clocks go back lasts 25 hours.
        assertThat(Duration.between(SsiCalculator.endOfDay(LocalDate.of(2026, 10, 24), berlin),
                SsiCalculator.endOfDay(LocalDate.of(2026, 10, 25), berlin))).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void whereClocksWentBackAcrossMidnightTheDaysRepeatedMinutesStillBelongToIt() {
        // Newfoundland ended DST at 00:01 until 2011: on 2010-11-07 at 00:01 NDT clocks went back to
        // 23:01 NST on the 6th, so the 6th's last hour happened twice, the second time after the 7th began.
        ZoneId stJohns = ZoneId.of("America/St_Johns");
        LocalDate sixth = LocalDate.of(2010, 11, 6);
        Instant repeated = Instant.parse("2010-11-07T03:00:00Z");
        List<Activity> log = List.of(activity("first-pass", POST_LIKED, Instant.parse("2010-11-07T02:00:00Z")),
                activity("second-pass", POST_LIKED, repeated),
                activity("seventh", POST_LIKED, Instant.parse("2010-11-07T12:00:00Z")));
        SsiCalculator calc = Probes.calculator().build();

        assertThat(repeated.atZone(stJohns).toLocalDate()).isEqualTo(sixth);
        assertThat(SsiCalculator.endOfDay(sixth, stJohns)).isEqualTo(Instant.parse("2010-11-07T03:29:59.999999999Z"));
        assertThat(calc.score(in(stJohns), log, SsiCalculator.endOfDay(sixth, stJohns)).ignored())
                .isEqualTo(new IgnoredActivities(0, 1, 0));
        assertHistoryMatchesScores(calc, in(stJohns), log, sixth.minusDays(1), sixth.plusDays(2));
    }

    @Test
    void historyIsUnmodifiable() {
        LocalDate day = LocalDate.of(2026, 11, 30);
        List<SsiScore> history = Fixtures.calculator(TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE, 5, 1))
                .history(in(ZoneOffset.UTC), List.of(), day, day.plusDays(1));

        assertThatThrownBy(history::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void fromAfterToIsRejected() {
        SsiCalculator calc = Fixtures.calculator(TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE, 5, 1));

        assertThatThrownBy(() -> calc.history(in(ZoneOffset.UTC), List.of(), LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must not be after to, but from was 2026-12-01 and to was 2026-11-30");
    }

    @Test
    void historyMaySpanAtMostMaxHistoryDays() {
        SsiCalculator calc = Fixtures.calculator(TestRule.weeklyRate("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 25,
                POST_LIKED));
        LocalDate from = LocalDate.of(2016, 1, 1);
        LocalDate longest = from.plusDays(SsiCalculator.MAX_HISTORY_DAYS - 1);
        List<Activity> log = List.of(activity("a", POST_LIKED, Instant.parse("2020-01-01T00:00:00Z")));

        assertThat(calc.history(in(ZoneOffset.UTC), log, from, longest)).hasSize(SsiCalculator.MAX_HISTORY_DAYS);
        assertThatThrownBy(() -> calc.history(in(ZoneOffset.UTC), log, from, longest.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + SsiCalculator.MAX_HISTORY_DAYS + " days")
                .hasMessageContaining(from + " to " + longest.plusDays(1))
                .hasMessageContaining("spans " + (SsiCalculator.MAX_HISTORY_DAYS + 1));
        assertThatThrownBy(() -> calc.history(in(ZoneOffset.UTC), log, LocalDate.MIN, LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + SsiCalculator.MAX_HISTORY_DAYS + " days");
    }

    @Test
    void aPillarNothingMovedIsTheDayBeforesAndTheOthersStillEqualTheirScores() {
        LocalDate from = LocalDate.of(2026, 9, 1);
        LocalDate to = LocalDate.of(2026, 11, 30);
        // Activity until mid-July only: the engage rule's rate moves daily (so it runs unrecorded
        // for stretches), then the window empties and it reads the same again every day.
        List<Activity> log = LogGenerator.log(9, 600, Instant.parse("2026-06-01T00:00:00Z"),
                Instant.parse("2026-07-15T00:00:00Z"));
        MemberProfile profile = in(ZoneOffset.UTC).toBuilder().connections(700).build();
        SsiCalculator calc = SsiCalculator.builder().rules(List.of(
                TestRule.measuring("brand.network", Pillar.PROFESSIONAL_BRAND, 10, c -> c.profile().connections()),
                TestRule.measuring("engage.likes", Pillar.ENGAGE_WITH_INSIGHTS, 10, c -> c.weeklyRate(POST_LIKED))))
                .build();

        List<SsiScore> days = calc.history(profile, log, from, to);

        for (int i = 1; i < days.size(); i++) {
            assertThat(days.get(i).pillar(Pillar.PROFESSIONAL_BRAND)).as("brand on day %d", i)
                    .isSameAs(days.get(0).pillar(Pillar.PROFESSIONAL_BRAND));
        }
        assertThat(days.get(10).pillar(Pillar.ENGAGE_WITH_INSIGHTS))
                .isNotEqualTo(days.get(11).pillar(Pillar.ENGAGE_WITH_INSIGHTS));
        assertThat(days.get(days.size() - 1).pillar(Pillar.ENGAGE_WITH_INSIGHTS))
                .isSameAs(days.get(days.size() - 2).pillar(Pillar.ENGAGE_WITH_INSIGHTS));
        assertHistoryMatchesScores(calc, profile, log, from, to);
    }
}
