package io.ssi.core;

import io.ssi.core.internal.Checks;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calendars that skip a day, and the edges of time: a history holds one score per day that
 * exists in the member's zone, each equal to the score as of the end of that day; it reaches
 * the first and last days {@code score()} accepts; and the batch call throws only what it
 * documents.
 */
final class CalendarEdgesTest {

    private static final SsiCalculator PROBES = Probes.calculator().build();

    private static MemberProfile in(ZoneId zone) {
        return MemberProfile.builder("m").timeZone(zone).targetAccounts(Probes.ACCOUNTS).build();
    }

    /** Activity every 7 hours, with contacts and engagement, over the 120 days before {@code end}. */
    private static List<Activity> busyLog(Instant end) {
        List<Activity> log = new ArrayList<>();
        ActivityType[] types = {POST_LIKED, POST_PUBLISHED, CONNECTION_REQUEST_ACCEPTED};
        for (int i = 0; i < 120 * 24 / 7; i++) {
            Instant at = end.minusSeconds(7L * 3600 * i + 1);
            if (at.isBefore(Checks.EARLIEST)) {
                break;
            }
            ActivityType type = types[i % types.length];
            Activity.Builder b = Activity.builder(type, at).id("row-" + i).engagement(type == POST_PUBLISHED ? i % 9 : 0);
            if (type == CONNECTION_REQUEST_ACCEPTED) {
                b.contact(Contact.builder("c-" + i).accountId("acme").build());
            }
            log.add(b.build());
        }
        return log;
    }

    @ParameterizedTest
    @CsvSource({"Pacific/Apia, 2011-12-30", "Pacific/Kwajalein, 1993-08-21", "Pacific/Enderbury, 1994-12-31",
            "Pacific/Kiritimati, 1994-12-31"})
    void aSkippedDayHasNoScoreAndEveryOtherDayEqualsItsScore(String zoneId, LocalDate skipped) {
        ZoneId zone = ZoneId.of(zoneId);
        assertThat(skipped.atStartOfDay(zone).toLocalDate()).as("the zone skips the day").isAfter(skipped);
        MemberProfile member = in(zone);
        List<Activity> log = busyLog(skipped.plusDays(8).atStartOfDay(zone).toInstant());
        LocalDate from = skipped.minusDays(6);
        LocalDate to = skipped.plusDays(6);

        List<SsiScore> days = PROBES.history(member, log, from, to);

        assertThat(days).hasSize(12);
        Set<Instant> instants = new HashSet<>();
        List<LocalDate> dates = new ArrayList<>();
        for (SsiScore day : days) {
            assertThat(instants.add(day.asOf())).as("two days share %s", day.asOf()).isTrue();
            LocalDate date = LocalDate.ofInstant(day.asOf(), zone);
            dates.add(date);
            assertThat(day.asOf()).isEqualTo(SsiCalculator.endOfDay(date, zone));
            assertEqualsSingleScore(day, PROBES.score(member, log, day.asOf()));
        }
        List<LocalDate> expected = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!d.equals(skipped)) {
                expected.add(d);
            }
        }
        assertThat(dates).containsExactlyElementsOf(expected);
        assertThat(TrendPolicy.standard().trend(days, 7).direction()).isNotNull();
        assertThat(TrendPolicy.standard().trends(days)).hasSize(3);
    }

    /** A day of a history equals the single score as of its end, to floating-point rounding. */
    private static void assertEqualsSingleScore(SsiScore day, SsiScore single) {
        assertThat(day.asOf()).isEqualTo(single.asOf());
        assertThat(day.ignored()).as("%s", day.asOf()).isEqualTo(single.ignored());
        assertThat(day.contributions()).hasSameSizeAs(single.contributions());
        for (int i = 0; i < single.contributions().size(); i++) {
            RuleContribution expected = single.contributions().get(i);
            RuleContribution actual = day.contributions().get(i);
            assertThat(actual.ruleId()).isEqualTo(expected.ruleId());
            assertThat(actual.points()).as("%s on %s", expected.ruleId(), day.asOf())
                    .isCloseTo(expected.points(), Offset.offset(1e-9));
            assertThat(actual.evidence().measured()).as("%s on %s", expected.ruleId(), day.asOf())
                    .isCloseTo(expected.evidence().measured(), Offset.offset(1e-9));
        }
    }

    @ParameterizedTest
    @CsvSource({"Pacific/Apia, 2011-12-30", "Pacific/Kwajalein, 1993-08-21"})
    void aHistoryOfOnlyTheSkippedDayIsEmpty(String zoneId, LocalDate skipped) {
        MemberProfile member = in(ZoneId.of(zoneId));
        assertThat(PROBES.history(member, List.of(), skipped, skipped)).isEmpty();
    }

    @Test
    void aYearOfHistoryAcrossTheSkippedDayIsReadByTheTrendPolicy() {
        ZoneId apia = ZoneId.of("Pacific/Apia");
        LocalDate to = LocalDate.of(2012, 3, 31);
        List<SsiScore> days = PROBES.history(in(apia), busyLog(to.atStartOfDay(apia).toInstant()), to.minusDays(364), to);
        assertThat(days).hasSize(364);
        assertThat(TrendPolicy.standard().trends(days)).extracting(Trend::days).containsExactly(7, 30, 90);
    }

    /** The first and the last local day whose end {@code score()} accepts, in a zone. */
    private static LocalDate[] acceptedDays(ZoneId zone) {
        LocalDate first = LocalDate.of(0, 12, 28);
        while (SsiCalculator.endOfDay(first, zone).isBefore(Checks.EARLIEST)) {
            first = first.plusDays(1);
        }
        LocalDate last = LocalDate.of(10_000, 1, 3);
        while (SsiCalculator.endOfDay(last, zone).isAfter(Checks.LATEST)) {
            last = last.minusDays(1);
        }
        return new LocalDate[] {first, last};
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Etc/GMT-14", "Etc/GMT+12", "Europe/Berlin", "America/St_Johns"})
    void aHistoryReachesTheFirstAndLastDaysThatScoreAccepts(String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        MemberProfile member = in(zone);
        LocalDate[] edges = acceptedDays(zone);
        LocalDate first = edges[0];
        LocalDate last = edges[1];
        List<Activity> early = busyLog(SsiCalculator.endOfDay(first.plusDays(2), zone));
        List<Activity> late = busyLog(SsiCalculator.endOfDay(last, zone));

        List<SsiScore> start = PROBES.history(member, early, first, first.plusDays(2));
        List<SsiScore> end = PROBES.history(member, late, last.minusDays(2), last);

        assertThat(start).hasSize(3);
        assertThat(end).hasSize(3);
        assertThat(start.get(0).asOf()).isEqualTo(SsiCalculator.endOfDay(first, zone));
        assertThat(end.get(2).asOf()).isEqualTo(SsiCalculator.endOfDay(last, zone));
        for (SsiScore day : start) {
            assertEqualsSingleScore(day, PROBES.score(member, early, day.asOf()));
        }
        for (SsiScore day : end) {
            assertEqualsSingleScore(day, PROBES.score(member, late, day.asOf()));
        }

        LocalDate before = first.minusDays(1);
        LocalDate after = last.plusDays(1);
        assertThatThrownBy(() -> PROBES.history(member, early, before, first))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from").hasMessageContaining(before.toString()).hasMessageContaining(zoneId);
        assertThatThrownBy(() -> PROBES.history(member, late, last, after))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to").hasMessageContaining(after.toString()).hasMessageContaining(zoneId);
        assertThatThrownBy(() -> PROBES.score(member, early, SsiCalculator.endOfDay(before, zone)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHistoryFarOutsideTheSupportedYearsNamesTheDates() {
        MemberProfile member = in(ZoneId.of("UTC"));
        assertThatThrownBy(() -> PROBES.history(member, List.of(), LocalDate.MIN, LocalDate.MIN.plusDays(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(LocalDate.MIN.toString());
        assertThatThrownBy(() -> PROBES.history(member, List.of(), LocalDate.MAX.minusDays(3), LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(LocalDate.MAX.minusDays(3).toString());
    }

    @Test
    void theEndOfTheLastDateJavaKnowsIsAClearIllegalArgument() {
        assertThatThrownBy(() -> SsiCalculator.endOfDay(LocalDate.MAX, ZoneId.of("UTC")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day").hasMessageContaining(LocalDate.MAX.toString());
        assertThat(SsiCalculator.endOfDay(LocalDate.MAX.minusDays(1), ZoneId.of("UTC")))
                .isEqualTo(LocalDate.MAX.atStartOfDay(ZoneId.of("UTC")).toInstant().minusNanos(1));
        assertThat(SsiCalculator.endOfDay(LocalDate.MIN, ZoneId.of("Etc/GMT-14")))
                .isEqualTo(LocalDate.MIN.atTime(LocalTime.MAX).atZone(ZoneId.of("Etc/GMT-14")).toInstant());
    }

    @Test
    void anExecutorThatRejectsWorkGivesTheDocumentedRejection() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.shutdown();
        List<MemberInput> members = List.of(MemberInput.of(in(ZoneId.of("UTC")), List.of()));
        assertThatThrownBy(() -> PROBES.scoreAll(members, m -> m, Fixtures.AS_OF, pool))
                .isExactlyInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("executor rejected").hasMessageContaining("index 0");
    }

    @Test
    void aVirtualMachineErrorIsThrownAsItselfNotWrapped() {
        List<String> rows = List.of("a", "b");
        OutOfMemoryError error = new OutOfMemoryError("simulated");
        assertThatThrownBy(() -> PROBES.scoreAll(rows, r -> {
            throw error;
        }, Fixtures.AS_OF, Runnable::run)).isSameAs(error);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> PROBES.scoreAll(rows, r -> {
                throw error;
            }, Fixtures.AS_OF, pool)).isSameAs(error);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCollectionThatOverReportsItsSizeIsNotTrusted() {
        MemberInput one = MemberInput.of(in(ZoneId.of("UTC")), List.of());
        AbstractCollection<MemberInput> lying = new AbstractCollection<>() {
            @Override
            public Iterator<MemberInput> iterator() {
                return List.of(one, one).iterator();
            }

            @Override
            public int size() {
                return Integer.MAX_VALUE;
            }
        };
        assertThat(PROBES.scoreAll(lying, Fixtures.AS_OF)).hasSize(2).allMatch(BatchResult::succeeded);
    }
}
