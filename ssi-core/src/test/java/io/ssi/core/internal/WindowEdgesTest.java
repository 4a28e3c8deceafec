package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.DataQuality;
import io.ssi.core.IgnoredActivities;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.Seniority;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The sliding window at its edges: which days it may step to, when it may be read, and what it
 * reports as left out, of trust lowered and of connections not welcomed, on the day a row enters
 * the window and on the day it leaves it.
 */
final class WindowEdgesTest {

    private static final MemberProfile MEMBER = MemberProfile.builder("m").timeZone(ZoneId.of("UTC")).build();
    /** Ten days more than one default window. */
    private static final int DAYS = 100;
    private static final Instant CUTOFF = Instant.parse("2026-11-30T23:59:59Z");
    private static final long FIRST_DAY = ActivityIndex.localDay(MEMBER, CUTOFF) - (DAYS - 1);

    private static Instant noonOf(int dayIndex) {
        return Instant.ofEpochSecond((FIRST_DAY + dayIndex) * 86_400L + 43_200L);
    }

    private static Window window(List<Activity> log) {
        return window(log, ScoringOptions.defaults());
    }

    private static Window window(List<Activity> log, ScoringOptions options) {
        return new Window(ActivityIndex.build(MEMBER, log, FIRST_DAY, DAYS, CUTOFF, true), options);
    }

    @Test
    void theWindowStepsOnlyForwardAndOnlyInsideTheRange() {
        Window window = window(List.of());
        assertThat(window.end()).isEqualTo(-1);
        window.advanceTo(-1);
        assertThat(window.end()).isEqualTo(-1);
        assertThatThrownBy(() -> window.advanceTo(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dayIndex must be between -1 and 99, but was -2");
        assertThatThrownBy(() -> window.advanceTo(DAYS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dayIndex must be between -1 and 99, but was 100");
        window.advanceTo(50);
        assertThat(window.end()).isEqualTo(50);
        window.advanceTo(50);
        assertThat(window.end()).isEqualTo(50);
        assertThatThrownBy(() -> window.advanceTo(49)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dayIndex must be between 50 and 99, but was 49");
        window.advanceTo(DAYS - 1);
        assertThat(window.end()).isEqualTo(DAYS - 1);
    }

    @Test
    void aWindowIsReadOnlyOnceItIsFull() {
        Window window = window(List.of());
        window.advanceTo(88);
        assertThatThrownBy(() -> window.snapshot(noonOf(88))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the window is not yet full: end 88");
        assertThatThrownBy(() -> window.view(noonOf(88))).isInstanceOf(IllegalStateException.class)
                .hasMessage("the window is not yet full: end 88");
        window.advanceTo(89);
        assertThat(window.snapshot(noonOf(89)).windowDays()).isEqualTo(90);
        assertThat(window.view(noonOf(89)).windowDays()).isEqualTo(90);
    }

    @Test
    void whatIsLeftOutMovesWithTheWindow() {
        List<Activity> log = new ArrayList<>();
        log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(-3)).id("before-range").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(0)).id("day-0").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(9)).id("day-9").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(10)).id("day-10").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(90)).id("day-90a").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(90)).id("day-90b").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(99)).id("day-99").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(99)).id("day-99").build());
        log.add(Activity.builder(ActivityType.POST_LIKED, CUTOFF.plusSeconds(1)).id("after-cutoff").build());
        Window window = window(log);
        window.advanceTo(89);
        // After day 89: the cutoff's row and the three placed on days 90 and 99.
        assertThat(window.ignored()).isEqualTo(new IgnoredActivities(1, 4, 1, 0));
        assertThat(window.snapshot(noonOf(89)).count(ActivityType.POST_LIKED)).isEqualTo(3);
        window.advanceTo(90);
        // Day 0 has left the window; the two of day 90 have entered it.
        assertThat(window.ignored()).isEqualTo(new IgnoredActivities(1, 2, 2, 0));
        window.advanceTo(99);
        // Days 0 to 9 have left it.
        assertThat(window.ignored()).isEqualTo(new IgnoredActivities(1, 1, 3, 0));
        assertThat(window.snapshot(noonOf(99)).count(ActivityType.POST_LIKED)).isEqualTo(4);
    }

    @Test
    void aDayThatIgnoresAndTrustsAsTheDayBeforeSharesItsRecordsAndAMoveMakesNewOnes() {
        Contact unknown = Contact.builder("unknown").build();
        List<Activity> log = List.of(
                Activity.builder(ActivityType.MESSAGE_SENT, noonOf(0)).id("a").contact(unknown).build(),
                Activity.builder(ActivityType.POST_LIKED, noonOf(95)).id("b").build());
        Window window = window(log);
        window.advanceTo(89);
        IgnoredActivities ignored = window.ignored();
        DataQuality quality = window.dataQuality();
        // Nothing has moved: a history's day hands on the records of the day before.
        assertThat(window.ignored()).isSameAs(ignored);
        assertThat(window.dataQuality()).isSameAs(quality);
        window.advanceTo(90);
        // Day 0 and its contact have left: both records change, and are made anew.
        assertThat(window.ignored()).isNotSameAs(ignored).isEqualTo(new IgnoredActivities(0, 1, 1, 0));
        assertThat(window.dataQuality()).isNotSameAs(quality).isEqualTo(new DataQuality(0, 0, 0, false, 0, 0));
        DataQuality after = window.dataQuality();
        window.advanceTo(95);
        // Day 95's like enters, which only the ignored counts see.
        assertThat(window.ignored()).isEqualTo(new IgnoredActivities(0, 0, 1, 0));
        assertThat(window.dataQuality()).isSameAs(after);
    }

    @Test
    void dataQualityCountsTheRowsOfTheWindowAlone() {
        Contact unknown = Contact.builder("unknown").build();
        Contact known = Contact.builder("known").seniority(Seniority.DIRECTOR).degree(1).build();
        Contact noDegree = Contact.builder("no-degree").seniority(Seniority.DIRECTOR).build();
        List<Activity> log = List.of(
                Activity.builder(ActivityType.MESSAGE_SENT, noonOf(0)).id("a").contact(unknown).build(),
                Activity.builder(ActivityType.MESSAGE_SENT, noonOf(8)).id("b").contact(known).build(),
                Activity.builder(ActivityType.MESSAGE_SENT, noonOf(95)).id("c").contact(noDegree).build(),
                Activity.builder(ActivityType.POST_LIKED, noonOf(95)).id("d").build());
        Window window = window(log);
        window.advanceTo(89);
        assertThat(window.dataQuality()).isEqualTo(new DataQuality(2, 1, 1, false, 0, 0));
        window.advanceTo(95);
        // The unknown contact's day has left; the one without a degree has entered.
        assertThat(window.dataQuality()).isEqualTo(new DataQuality(2, 0, 1, false, 0, 0));
        window.advanceTo(99);
        assertThat(window.dataQuality()).isEqualTo(new DataQuality(1, 0, 1, false, 0, 0));
        Window defaulted = new Window(ActivityIndex.build(MemberProfile.builder("m").build(), log, FIRST_DAY, DAYS,
                CUTOFF, true), ScoringOptions.defaults());
        defaulted.advanceTo(89);
        assertThat(defaulted.dataQuality().timeZoneDefaulted()).isTrue();
    }

    @Test
    void unwelcomedConnectionsAreTheWindowsSortedAndLeaveWithIt() {
        List<Activity> log = new ArrayList<>();
        for (String id : List.of("c-3", "c-1", "c-2")) {
            log.add(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, noonOf(5))
                    .id("accept-" + id).contact(Contact.builder(id).build()).build());
        }
        log.add(Activity.builder(ActivityType.CONNECTION_INVITE_ACCEPTED, noonOf(50))
                .id("accept-c-0").contact(Contact.builder("c-0").build()).build());
        log.add(Activity.builder(ActivityType.WELCOME_MESSAGE_SENT, noonOf(6))
                .id("welcome-c-2").contact(Contact.builder("c-2").build()).build());
        // A welcome to someone who is no new connection names no one.
        log.add(Activity.builder(ActivityType.WELCOME_MESSAGE_SENT, noonOf(7))
                .id("welcome-c-9").contact(Contact.builder("c-9").build()).build());
        Window window = window(log);
        window.advanceTo(89);
        assertThat(window.unwelcomedNewConnections()).containsExactly("c-0", "c-1", "c-3");
        assertThat(window.snapshot(noonOf(89)).newConnections()).isEqualTo(4);
        assertThat(window.snapshot(noonOf(89)).welcomedNewConnections()).isEqualTo(1);
        window.advanceTo(95);
        // Day 5's connections have left the window; day 6's welcome is still in it.
        assertThat(window.unwelcomedNewConnections()).containsExactly("c-0");
        assertThat(window.snapshot(noonOf(95)).newConnections()).isEqualTo(1);
        assertThat(window.snapshot(noonOf(95)).welcomedNewConnections()).isZero();
    }

    /** A busy log over the range: days above the daily cap, engagement, contacts and accounts. */
    private static List<Activity> busyLog() {
        List<Activity> log = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            int likes = (d * 7) % 31;
            for (int i = 0; i < likes; i++) {
                log.add(Activity.builder(ActivityType.POST_LIKED, noonOf(d).plusSeconds(i)).id("like-" + d + "-" + i)
                        .build());
            }
            if (d % 3 == 0) {
                log.add(Activity.builder(ActivityType.POST_PUBLISHED, noonOf(d)).id("post-" + d)
                        .engagement(5 + d % 11).build());
            }
            if (d % 4 == 1) {
                Contact c = Contact.builder("c-" + d % 9).accountId("acct-" + d % 3).degree(2).build();
                log.add(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, noonOf(d)).id("acc-" + d)
                        .contact(c).build());
                log.add(Activity.builder(ActivityType.MESSAGE_SENT, noonOf(d).plusSeconds(60)).id("msg-" + d)
                        .contact(c).build());
            }
        }
        return log;
    }

    /**
     * The oracle of the sliding window: stepped to any day, it answers what a window built
     * afresh over exactly the days that end there answers, untapered and tapered.
     */
    @Test
    void aSlidWindowAnswersWhatAFreshWindowOfTheSameDaysAnswers() {
        List<Activity> log = busyLog();
        for (ScoringOptions options : List.of(ScoringOptions.defaults().withTaper(java.time.Duration.ZERO),
                ScoringOptions.defaults())) {
            Window sliding = window(log, options);
            for (int d : new int[] {89, 90, 91, 95, 99}) {
                sliding.advanceTo(d);
                Instant asOf = noonOf(d);
                Instant cutoff = Instant.ofEpochSecond((FIRST_DAY + d + 1) * 86_400L - 1);
                Window fresh = Window.full(ActivityIndex.build(MEMBER, log, FIRST_DAY + d - 89, 90, cutoff, true),
                        options);
                WindowContext a = sliding.snapshot(asOf);
                WindowContext b = fresh.snapshot(asOf);
                String as = options.taperDays() + " days of taper, day " + d;
                for (ActivityType t : List.of(ActivityType.POST_LIKED, ActivityType.POST_PUBLISHED,
                        ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.MESSAGE_SENT)) {
                    assertThat(a.count(t)).as(as).isEqualTo(b.count(t));
                    assertThat(a.weeklyRate(t)).as(as).isCloseTo(b.weeklyRate(t), within(1e-9));
                    assertThat(a.distinctContacts(t)).as(as).isEqualTo(b.distinctContacts(t));
                    assertThat(a.activeDays(java.util.Set.of(t))).as(as).isEqualTo(b.activeDays(java.util.Set.of(t)));
                }
                assertThat(a.engagement(ActivityType.POST_PUBLISHED)).as(as)
                        .isEqualTo(b.engagement(ActivityType.POST_PUBLISHED)).isPositive();
                assertThat(a.weeklyEngagement(ActivityType.POST_PUBLISHED)).as(as)
                        .isCloseTo(b.weeklyEngagement(ActivityType.POST_PUBLISHED), within(1e-9));
                assertThat(a.newConnections()).as(as).isEqualTo(b.newConnections());
                assertThat(a.newConnectionsAt("acct-1")).as(as).isEqualTo(b.newConnectionsAt("acct-1"));
                assertThat(sliding.ignored().beforeWindow()).as(as).isEqualTo(fresh.ignored().beforeWindow());
            }
        }
    }

    @Test
    void aSnapshotKeepsItsDayWhileTheWindowMovesOnAndAViewDoesNot() {
        List<Activity> log = new ArrayList<>(busyLog());
        // Late rows that move what the snapshot copies: a new contact messaged, a new contact
        // connected at acct-1, a post on a day without one.
        Contact fresh = Contact.builder("c-fresh").accountId("acct-1").build();
        log.add(Activity.builder(ActivityType.MESSAGE_SENT, noonOf(95)).id("late-msg").contact(fresh).build());
        log.add(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, noonOf(96)).id("late-acc").contact(fresh)
                .build());
        log.add(Activity.builder(ActivityType.POST_PUBLISHED, noonOf(98)).id("late-post").build());
        Window window = window(log, ScoringOptions.defaults().withTaper(java.time.Duration.ZERO));
        window.advanceTo(89);
        WindowContext snapshot = window.snapshot(noonOf(89));
        WindowContext view = window.view(noonOf(89));
        int likes = snapshot.count(ActivityType.POST_LIKED);
        double rate = snapshot.weeklyRate(ActivityType.POST_LIKED);
        int distinct = snapshot.distinctContacts(ActivityType.MESSAGE_SENT);
        int atAccount = snapshot.newConnectionsAt("acct-1");
        // The log's first account, the first the index names.
        assertThat(atAccount).isPositive();
        assertThat(snapshot.newConnectionsAt("acct-unknown")).isZero();
        int active = snapshot.activeDays(java.util.Set.of(ActivityType.POST_PUBLISHED));
        long engagement = snapshot.engagement(ActivityType.POST_PUBLISHED);
        window.advanceTo(99);
        WindowContext later = window.snapshot(noonOf(99));
        assertThat(later.count(ActivityType.POST_LIKED)).isNotEqualTo(likes);
        assertThat(later.distinctContacts(ActivityType.MESSAGE_SENT)).isNotEqualTo(distinct);
        assertThat(later.newConnectionsAt("acct-1")).isNotEqualTo(atAccount);
        assertThat(later.activeDays(java.util.Set.of(ActivityType.POST_PUBLISHED))).isNotEqualTo(active);
        assertThat(snapshot.count(ActivityType.POST_LIKED)).isEqualTo(likes);
        assertThat(snapshot.weeklyRate(ActivityType.POST_LIKED)).isEqualTo(rate);
        assertThat(snapshot.distinctContacts(ActivityType.MESSAGE_SENT)).isEqualTo(distinct);
        assertThat(snapshot.newConnectionsAt("acct-1")).isEqualTo(atAccount);
        assertThat(snapshot.activeDays(java.util.Set.of(ActivityType.POST_PUBLISHED))).isEqualTo(active);
        assertThat(snapshot.engagement(ActivityType.POST_PUBLISHED)).isEqualTo(engagement);
        // A view reads the window's own sums: it has moved on with them.
        assertThat(view.count(ActivityType.POST_LIKED)).isEqualTo(later.count(ActivityType.POST_LIKED));
    }
}
