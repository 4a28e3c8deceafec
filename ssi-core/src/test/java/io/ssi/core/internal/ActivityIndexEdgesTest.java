package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.ssi.core.internal.IdTableUnitTest.onAFreshThread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Where the index places a row: on its local day by a table of the zone's offsets, which must
 * agree with the zone's rules at every transition, inside the range and out of it; and which
 * rows it compares as near-duplicates, in zones whose offsets are not whole minutes.
 */
final class ActivityIndexEdgesTest {

    @Test
    void aRowIsPlacedOnTheDayTheZoneGivesItAtEveryTransitionOfTheRange() {
        // Sao Paulo ended summer time at local midnight, back to 23:00 of the day before: the
        // transition's own second lies on the earlier day.
        for (String zone : List.of("America/Sao_Paulo", "Europe/Berlin", "Pacific/Apia", "Australia/Lord_Howe")) {
            MemberProfile member = MemberProfile.builder("m").timeZone(ZoneId.of(zone)).build();
            Instant asOf = Instant.parse("2018-06-30T12:00:00Z");
            long firstDay = ActivityIndex.localDay(member, asOf) - 729;
            ActivityIndex index = ActivityIndex.build(member, List.of(), firstDay, 730, asOf, true);
            Instant from = Instant.ofEpochSecond((firstDay - 3) * 86_400L);
            int seen = 0;
            for (ZoneOffsetTransition t = member.timeZone().getRules().nextTransition(from);
                 t != null && t.getInstant().isBefore(asOf.plusSeconds(5 * 86_400L));
                 t = member.timeZone().getRules().nextTransition(t.getInstant())) {
                for (long s = -1; s <= 1; s++) {
                    Instant at = t.getInstant().plusSeconds(s);
                    long expected = ActivityIndex.localDay(member, at);
                    if (expected >= firstDay && expected < firstDay + 730) {
                        assertThat(index.localDay(at)).as("%s at %s", zone, at).isEqualTo(expected);
                        seen++;
                    } else if (expected < firstDay) {
                        assertThat(index.localDay(at)).as("%s at %s", zone, at).isLessThan(firstDay);
                    } else {
                        assertThat(index.localDay(at)).as("%s at %s", zone, at).isGreaterThanOrEqualTo(firstDay + 730);
                    }
                }
            }
            assertThat(seen).as(zone).isPositive();
            // Far outside the range, a day on the correct side of it.
            assertThat(index.localDay(Instant.parse("2100-01-01T00:00:00Z"))).isGreaterThanOrEqualTo(firstDay + 730);
            assertThat(index.localDay(Instant.parse("1900-01-01T00:00:00Z"))).isLessThan(firstDay);
        }
    }

    @Test
    void aSaoPauloRowAtTheEndOfSummerTimeCountsOnTheDayBefore() {
        MemberProfile member = MemberProfile.builder("m").timeZone(ZoneId.of("America/Sao_Paulo")).build();
        // Summer time ended at 2018-02-18T00:00-02:00, the clocks going back to 23:00 on the 17th.
        Instant end = Instant.parse("2018-02-18T02:00:00Z");
        Instant asOf = Instant.parse("2018-02-18T12:00:00Z");
        long lastDay = ActivityIndex.localDay(member, asOf);
        ActivityIndex index = ActivityIndex.build(member, List.of(Activity.builder(ActivityType.POST_LIKED, end)
                .id("at-the-change").build()), lastDay - 1, 2, asOf, true);
        index.seal();
        assertThat(index.counts[ActivityType.POST_LIKED.ordinal() * ActivityIndex.F]).containsExactly(1, 0);
    }

    @Test
    void rowsPastTheRangeButBeforeTheCutoffCountAsAfterIt() {
        MemberProfile member = MemberProfile.builder("m").build();
        Instant asOf = Instant.parse("2026-11-30T18:00:00Z");
        long firstDay = ActivityIndex.localDay(member, asOf) - 39;
        // A range of ten days whose cutoff lies thirty days past it.
        List<Activity> log = new ArrayList<>();
        log.add(Activity.builder(ActivityType.POST_LIKED, Instant.ofEpochSecond((firstDay + 9) * 86_400L + 5)).id("in").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, Instant.ofEpochSecond((firstDay + 10) * 86_400L)).id("next").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, Instant.ofEpochSecond((firstDay + 20) * 86_400L)).id("later").build());
        ActivityIndex index = ActivityIndex.build(member, log, firstDay, 10, asOf, true);
        index.seal();
        assertThat(index.afterCutoff).isEqualTo(2);
        assertThat(index.beforeRange).isZero();
        assertThat(Arrays.stream(index.dayTotals).sum()).isEqualTo(1);
        assertThat(index.dayTotals[9]).isEqualTo(1);
    }

    /**
     * Abidjan kept its local mean time, 16 minutes 8 seconds behind UTC, until 1912: a row on a
     * whole minute of its clock lies on second 8 in UTC. Rows without a contact are compared as
     * near-duplicates only off their zone's whole minutes, inside the range and before it.
     */
    @Test
    void wholeMinutesAreTheMembersClocksEvenWhenItsOffsetHasSeconds() {
        MemberProfile member = MemberProfile.builder("m").timeZone(ZoneId.of("Africa/Abidjan")).build();
        ZoneId zone = member.timeZone();
        // A range inside the old offset, and one after it with the row before the range.
        for (String[] at : new String[][] {{"1911-12-20T18:00:00", "1911-11-10T12:00:00"},
                {"1912-06-30T18:00:00", "1911-06-10T12:00:00"}}) {
            Instant asOf = LocalDateTime.parse(at[0]).atZone(zone).toInstant();
            long firstDay = ActivityIndex.localDay(member, asOf) - 89;
            Instant onTheMinute = LocalDateTime.parse(at[1]).atZone(zone).toInstant();
            assertThat(onTheMinute.getEpochSecond() % 60).isNotZero();
            List<Activity> log = List.of(
                    Activity.builder(ActivityType.POST_LIKED, onTheMinute).id("a").build(),
                    Activity.builder(ActivityType.POST_LIKED, onTheMinute).id("b").build(),
                    Activity.builder(ActivityType.POST_SHARED, onTheMinute.plusSeconds(1)).id("c").build(),
                    Activity.builder(ActivityType.POST_SHARED, onTheMinute.plusSeconds(1)).id("d").build());
            ActivityIndex index = ActivityIndex.build(member, log, firstDay, 90, asOf, true);
            // The two on the member's whole minute may be two rows of one day; the two a second
            // later are one row twice.
            assertThat(index.nearDuplicates).as(at[1]).isEqualTo(1);
        }
    }

    @Test
    void aWhatIfCopyKeepsTheEngagementOfTheIndexItCopies() {
        MemberProfile member = MemberProfile.builder("m").build();
        Instant asOf = Instant.parse("2026-11-30T18:00:00Z");
        long firstDay = ActivityIndex.localDay(member, asOf) - 89;
        ActivityIndex index = ActivityIndex.build(member, List.of(Activity.builder(ActivityType.POST_PUBLISHED,
                asOf.minusSeconds(86_400 * 3)).id("post").engagement(40).build()), firstDay, 90, asOf, true);
        ActivityIndex copy = index.whatIfCopy(member);
        copy.addFresh(Activity.builder(ActivityType.POST_PUBLISHED, asOf.minusSeconds(86_400)).id("more")
                .engagement(2).build());
        Window original = Window.full(index, ScoringOptions.defaults());
        Window copied = Window.full(copy, ScoringOptions.defaults());
        assertThat(copied.snapshot(asOf).engagement(ActivityType.POST_PUBLISHED)).isEqualTo(42);
        assertThat(original.snapshot(asOf).engagement(ActivityType.POST_PUBLISHED)).isEqualTo(40);
    }

    @Test
    void aFailedBuildHandsTheThreadsTablesBack() {
        onAFreshThread(() -> {
            MemberProfile member = MemberProfile.builder("m").build();
            Instant asOf = Instant.parse("2026-11-30T18:00:00Z");
            List<Activity> broken = new ArrayList<>();
            broken.add(Activity.builder(ActivityType.POST_LIKED, asOf).id("x").build());
            broken.add(null);
            assertThatThrownBy(() -> ActivityIndex.buildForOneScore(member, broken,
                    ActivityIndex.localDay(member, asOf) - 89, 90, asOf, true, Integer.MAX_VALUE))
                    .isInstanceOf(NullPointerException.class);
            IndexScratch scratch = IndexScratch.acquire();
            assertThat(scratch).as("the thread's tables are free again").isNotNull();
            scratch.abandon();
        });
    }
}
