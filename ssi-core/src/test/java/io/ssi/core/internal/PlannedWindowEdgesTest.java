package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.Seniority;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntFunction;

import static io.ssi.core.internal.PlannedWindowTest.AS_OF;
import static io.ssi.core.internal.PlannedWindowTest.PROFILE;
import static io.ssi.core.internal.PlannedWindowTest.activities;
import static io.ssi.core.internal.PlannedWindowTest.assertIdentical;
import static io.ssi.core.internal.PlannedWindowTest.assertSame;
import static io.ssi.core.internal.PlannedWindowTest.contacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cases of a what-if that random plans seldom draw: plans whose parts cannot simply be
 * added up (an id twice, a zone that skips a day), contacts that plans and the log share or
 * that moved to another account, and the edges of the window. Each plan must give the context
 * of scoring the log with the plan's activities in it.
 */
final class PlannedWindowEdgesTest {

    private static final ScoringOptions OPTIONS = ScoringOptions.defaults();
    private static final List<Activity> LOG = activities(new Random(11), contacts(new Random(11)), "row-", 80);

    /** The plan added to the score's window gives what scoring the longer log gives. */
    private static void check(MemberProfile profile, Instant asOf, List<Activity> log,
                                            List<Activity> plan) {
        Window window = Contexts.slideTo(profile, log, asOf, OPTIONS);
        WindowContext base = window.snapshot(asOf);
        PlannedWindow planned = new PlannedWindow(window, base);
        PlannedWindow.Plan made = planned.plan(plan);
        if (!planned.consistent()) {
            planned = planned.indexedOnly();
            made = planned.plan(plan);
        }
        PlannedWindow.State state = planned.state();
        state.add(made, 1);
        List<Activity> longer = new ArrayList<>(log);
        longer.addAll(plan);
        WindowContext expected = Contexts.of(profile, longer, asOf, OPTIONS);
        assertSame(state.snapshot(profile), expected);
        for (ActivityType t : ActivityType.values()) {
            assertThat(state.snapshot(profile).engagement(t)).as("engagement %s", t).isEqualTo(expected.engagement(t));
        }
        // And to the last bit what indexing the plan's activities as a log gives.
        PlannedWindow indexing = new PlannedWindow(window, base).indexedOnly();
        PlannedWindow.Plan whole = indexing.plan(new ArrayList<>(plan));
        PlannedWindow.State indexed = indexing.state();
        indexed.add(whole, 1);
        assertIdentical(state.snapshot(profile), indexed.snapshot(profile));
    }

    private static IntFunction<Instant> noon(MemberProfile profile, Instant asOf, int days) {
        ZoneId zone = profile.timeZone();
        LocalDate last = LocalDate.ofInstant(asOf, zone);
        return d -> {
            Instant at = last.minusDays(days - 1L - d).atTime(LocalTime.NOON).atZone(zone).toInstant();
            return at.isAfter(asOf) ? asOf : at;
        };
    }

    private static int[] numbers(int from, int n) {
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = from + k;
        }
        return ids;
    }

    private static PlannedActivities anonymous(ActivityType type, int engagement, int from, int n) {
        return PlannedActivities.withContacts(type, engagement, 90, noon(PROFILE, AS_OF, 90), numbers(from, n),
                new Contact[n]);
    }

    private static Activity row(ActivityType type, String id, Instant at, Contact contact) {
        Activity.Builder b = Activity.builder(type, at).id(id);
        if (contact != null) {
            b.contact(contact);
        }
        return b.build();
    }

    @Test
    void aPlannedNumberIsTheDigitsAfterThePrefixWithoutLeadingZeros() {
        String p = "ssi-planned-";
        assertThat(PlannedWindow.plannedNumber(p + "0", p)).isZero();
        assertThat(PlannedWindow.plannedNumber(p + "9", p)).isEqualTo(9);
        assertThat(PlannedWindow.plannedNumber(p + "10", p)).isEqualTo(10);
        assertThat(PlannedWindow.plannedNumber(p + "123456789", p)).isEqualTo(123_456_789);
        assertThat(PlannedWindow.plannedNumber(p + "1234567890", p)).as("past nine digits").isEqualTo(-1);
        assertThat(PlannedWindow.plannedNumber(p + "1/", p)).isEqualTo(-1);
        assertThat(PlannedWindow.plannedNumber(p + "1:", p)).isEqualTo(-1);
        assertThat(PlannedWindow.plannedNumber(p + "/", p)).isEqualTo(-1);
        assertThat(PlannedWindow.plannedNumber("ssi-plan-1", p)).isEqualTo(-1);
    }

    @Test
    void theSameDescribedPartTwiceCountsItsActivitiesOnce() {
        PlannedActivities views = anonymous(ActivityType.PROFILE_VIEWED, 0, 0, 30);
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(views, views)));
        assertThat(views.materialised()).isTrue();
    }

    @Test
    void aPlainRowRepeatingAnIdCountsOnce() {
        Instant at = AS_OF.minusSeconds(86_400 * 3).plusMillis(5);
        Activity first = row(ActivityType.POST_LIKED, "again", at, null);
        Activity second = row(ActivityType.MESSAGE_SENT, "again", at.plusSeconds(60), null);
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(List.of(first), List.of(second))));
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(List.of(first, second),
                anonymous(ActivityType.POST_LIKED, 0, 0, 4))));
    }

    @Test
    void aPlainRowWithTheIdOfADescribedActivityCountsOnce() {
        PlannedActivities likes = anonymous(ActivityType.POST_LIKED, 0, 0, 20);
        Activity clash = row(ActivityType.MESSAGE_SENT, PlannedActivities.activityId(7),
                AS_OF.minusSeconds(3_600).plusMillis(3), null);
        Activity free = row(ActivityType.MESSAGE_SENT, PlannedActivities.activityId(70),
                AS_OF.minusSeconds(7_200).plusMillis(3), null);
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(likes, List.of(clash))));
        // The described part's first id.
        Activity first = row(ActivityType.MESSAGE_SENT, PlannedActivities.activityId(0),
                AS_OF.minusSeconds(3_000).plusMillis(3), null);
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(List.of(first), likes)));
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(List.of(free, clash), likes)));
        // An id past the described part's clashes with nothing.
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(anonymous(ActivityType.POST_LIKED, 0, 0, 20), List.of(free))));
    }

    @Test
    void countingAPlanMakesNoneOfItsDescribedActivities() {
        PlannedActivities likes = anonymous(ActivityType.POST_LIKED, 0, 0, 20);
        PlannedActivities views = anonymous(ActivityType.PROFILE_VIEWED, 0, 20, 20);
        Activity plain = row(ActivityType.MESSAGE_SENT, "plain", AS_OF.minusSeconds(600).plusMillis(1), null);
        Window window = Contexts.slideTo(PROFILE, LOG, AS_OF, OPTIONS);
        PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
        planned.plan(new PlanList(List.of(likes, List.of(plain), views)));
        planned.plan(new PlanList(List.of(likes)));
        assertThat(likes.materialised()).isFalse();
        assertThat(views.materialised()).isFalse();
        // A custom kind is refused wherever it stands among the parts.
        Activity custom = Activity.custom("demo", AS_OF.minusSeconds(60)).id("k").build();
        for (List<List<Activity>> parts : List.of(List.of(likes, List.of(custom)), List.of(List.of(plain),
                List.<Activity>of(custom)), List.of(likes, views, List.of(plain, custom)))) {
            assertThatThrownBy(() -> planned.plan(new PlanList(parts))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("custom kind");
        }
        assertThat(likes.materialised()).isFalse();
    }

    @Test
    void plannedRowsCountOnlyInsideTheWindow() {
        Window window = Contexts.slideTo(PROFILE, LOG, AS_OF, OPTIONS);
        ActivityIndex index = window.index();
        Instant firstDayStart = Instant.ofEpochSecond(index.firstDay * 86_400L);
        Contact someone = Contact.builder("someone").accountId("acme").build();
        List<Activity> rows = List.of(
                row(ActivityType.POST_LIKED, "first", firstDayStart.plusMillis(1), someone),
                row(ActivityType.POST_LIKED, "before", firstDayStart.minusMillis(1), someone),
                row(ActivityType.POST_LIKED, "last", AS_OF, someone),
                row(ActivityType.POST_LIKED, "after", AS_OF.plusMillis(1), someone));
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(rows)));
        PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
        PlannedWindow.Plan plan = planned.plan(new PlanList(List.of(rows)));
        PlannedWindow.State state = planned.state();
        state.add(plan, 1);
        assertThat(state.snapshot(PROFILE).count(ActivityType.POST_LIKED))
                .isEqualTo(window.snapshot(AS_OF).count(ActivityType.POST_LIKED) + 2);
    }

    @Test
    void aContactThatMovedToAnotherAccountConnectsThereToo() {
        Contact atAcme = Contact.builder("mover").accountId("acme").build();
        Contact atGlobex = Contact.builder("mover").accountId("globex").build();
        Contact atNew = Contact.builder("mover").accountId("planned-only").build();
        List<Activity> log = new ArrayList<>(LOG);
        log.add(row(ActivityType.CONNECTION_REQUEST_ACCEPTED, "mover-log", AS_OF.minusSeconds(86_400 * 5), atAcme));
        Instant at = AS_OF.minusSeconds(86_400 * 2).plusMillis(7);
        for (Contact c : List.of(atAcme, atGlobex, atNew)) {
            List<Activity> plan = List.of(row(ActivityType.CONNECTION_INVITE_ACCEPTED, "p-" + c.accountId().get(),
                    at, c), row(ActivityType.WELCOME_MESSAGE_SENT, "w-" + c.accountId().get(), at, c));
            check(PROFILE, AS_OF, log, new PlanList(List.of(plan)));
            check(PROFILE, AS_OF, log, plan);
        }
    }

    @Test
    void newContactsConnectAtTheirAccountsWhetherTheLogKnowsThemOrNot() {
        IntFunction<Instant> at = noon(PROFILE, AS_OF, 90);
        int next = 0;
        for (String account : List.of("acme", "planned-only", "umbrella")) {
            for (ActivityType type : List.of(ActivityType.CONNECTION_REQUEST_ACCEPTED,
                    ActivityType.CONNECTION_INVITE_ACCEPTED, ActivityType.WELCOME_MESSAGE_SENT)) {
                PlannedActivities fresh = PlannedActivities.withNewContacts(type, 0, 90, at, numbers(next, 6),
                        numbers(next, 6), Seniority.DIRECTOR, 3, Optional.of(account));
                PlannedActivities more = PlannedActivities.withNewContacts(type, 0, 90, at, numbers(next + 6, 3),
                        numbers(next + 6, 3), Seniority.ENTRY, 2, Optional.of("globex"));
                next += 9;
                check(PROFILE, AS_OF, LOG, new PlanList(List.of(fresh)));
                check(PROFILE, AS_OF, LOG, new PlanList(List.of(more, fresh)));
            }
        }
    }

    @Test
    void aConnectionToAContactTheLogWelcomedIsWelcomed() {
        for (Contact c : List.of(Contact.builder("welcomed").build(), contacts(new Random(11)).get(0))) {
            List<Activity> log = new ArrayList<>();
            // The log's first contact: the index's contact number 0.
            log.add(row(ActivityType.WELCOME_MESSAGE_SENT, "welcome", AS_OF.minusSeconds(86_400 * 6), c));
            log.addAll(LOG);
            List<Activity> plan = List.of(row(ActivityType.CONNECTION_REQUEST_ACCEPTED, "connect",
                    AS_OF.minusSeconds(86_400).plusMillis(1), c));
            check(PROFILE, AS_OF, log, new PlanList(List.of(plan)));
            check(PROFILE, AS_OF, log, plan);
        }
    }

    @Test
    void welcomesBeyondTheNewConnectionsWelcomeNoMoreThanThere() {
        PlannedActivities welcomes = anonymous(ActivityType.WELCOME_MESSAGE_SENT, 0, 0, 40);
        PlannedActivities connections = anonymous(ActivityType.CONNECTION_INVITE_ACCEPTED, 0, 40, 3);
        Contact named = Contact.builder("named").build();
        List<Activity> namedWelcome = List.of(row(ActivityType.WELCOME_MESSAGE_SENT, "named-w",
                AS_OF.minusSeconds(5_000).plusMillis(1), named), row(ActivityType.CONNECTION_REQUEST_ACCEPTED,
                "named-c", AS_OF.minusSeconds(9_000).plusMillis(1), named));
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(welcomes, connections)));
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(welcomes, connections, namedWelcome)));
        check(PROFILE, AS_OF, List.of(), new PlanList(List.of(welcomes, namedWelcome)));
    }

    @Test
    void engagementOnEveryDayOfTheWindowIsCounted() {
        for (ActivityType type : List.of(ActivityType.POST_PUBLISHED, ActivityType.GROUP_POST_PUBLISHED)) {
            PlannedActivities posts = anonymous(type, 5, 0, 180);
            check(PROFILE, AS_OF, LOG, new PlanList(List.of(posts)));
            // Readers of their own: one contact twice at one instant would be a near-duplicate.
            Contact[] who = new Contact[180];
            for (int k = 0; k < who.length; k++) {
                who[k] = Contact.builder("reader-" + k).seniority(Seniority.VP).build();
            }
            check(PROFILE, AS_OF, LOG, new PlanList(List.of(PlannedActivities.withContacts(type, 3, 90,
                    noon(PROFILE, AS_OF, 90), numbers(0, 180), who))));
        }
    }

    @Test
    void aLogOrAPlanNamingAPlannedContactIsIndexedInstead() {
        PlannedActivities fresh = PlannedActivities.withNewContacts(ActivityType.PROFILE_VIEWED, 0, 90,
                noon(PROFILE, AS_OF, 90), numbers(0, 4), numbers(0, 4), Seniority.VP, 2, Optional.empty());
        Contact planned0 = Contact.builder(PlannedActivities.contactId(0)).build();
        Contact planned99 = Contact.builder(PlannedActivities.contactId(99)).build();
        Instant at = AS_OF.minusSeconds(40_000).plusMillis(9);

        List<Activity> naming = new ArrayList<>(LOG);
        naming.add(row(ActivityType.MESSAGE_SENT, "log-names-0", at, planned0));
        assertThat(consistent(naming, new PlanList(List.of(fresh)))).isFalse();
        check(PROFILE, AS_OF, naming, new PlanList(List.of(fresh)));

        List<Activity> other = new ArrayList<>(LOG);
        other.add(row(ActivityType.MESSAGE_SENT, "log-names-99", at, planned99));
        assertThat(consistent(other, new PlanList(List.of(fresh)))).isTrue();
        check(PROFILE, AS_OF, other, new PlanList(List.of(fresh)));

        // A plain list (indexed as it is) naming a new contact of another plan's described part.
        Window window = Contexts.slideTo(PROFILE, LOG, AS_OF, OPTIONS);
        PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
        planned.plan(new PlanList(List.of(fresh)));
        planned.plan(List.of(row(ActivityType.MESSAGE_SENT, "names-0", at, planned0)));
        assertThat(planned.consistent()).isFalse();
        PlannedWindow apart = new PlannedWindow(window, window.snapshot(AS_OF));
        apart.plan(new PlanList(List.of(fresh)));
        apart.plan(List.of(row(ActivityType.MESSAGE_SENT, "names-99", at, planned99)));
        assertThat(apart.consistent()).isTrue();
    }

    private static boolean consistent(List<Activity> log, List<Activity> plan) {
        Window window = Contexts.slideTo(PROFILE, log, AS_OF, OPTIONS);
        PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
        planned.plan(plan);
        return planned.consistent();
    }

    /**
     * Samoa skipped 30 December 2011: a plan's activity for that day falls on the next, so a plan
     * over a window that holds the skip, anywhere in it, is indexed, not counted.
     */
    @Test
    void aPlanOverADayTheZoneSkippedLandsWhereIndexingPutsIt() {
        MemberProfile samoa = PROFILE.toBuilder().timeZone(ZoneId.of("Pacific/Apia")).build();
        ZoneId apia = samoa.timeZone();
        // The skip in the middle of the window, on its second day, and on its second-last day.
        for (LocalDate last : List.of(LocalDate.of(2012, 1, 25), LocalDate.of(2012, 3, 27),
                LocalDate.of(2011, 12, 31))) {
            Instant asOf = last.atTime(18, 0).atZone(apia).toInstant();
            List<Activity> log = List.of(row(ActivityType.POST_LIKED, "liked", asOf.minusSeconds(86_400 * 4), null));
            PlannedActivities views = PlannedActivities.withContacts(ActivityType.PROFILE_VIEWED, 0, 90,
                    noon(samoa, asOf, 90), numbers(0, 270), new Contact[270]);
            check(samoa, asOf, log, new PlanList(List.of(views)));
        }
    }

    /**
     * Every what-if reads one index of accounts, made once; a plan made after a what-if that
     * names an account no earlier plan named gets an index that holds it.
     */
    @Test
    void theWhatIfsShareTheirAccountsUntilAPlanNamesANewOne() {
        Window window = Contexts.slideTo(PROFILE, LOG, AS_OF, OPTIONS);
        WindowContext base = window.snapshot(AS_OF);
        PlannedWindow planned = new PlannedWindow(window, base);
        Instant at = AS_OF.minusSeconds(3_600).plusMillis(1);
        Contact known = Contact.builder("known").accountId("planned-first").build();
        PlannedWindow.Plan first = planned.plan(List.of(row(ActivityType.CONNECTION_REQUEST_ACCEPTED, "first", at,
                known)));
        PlannedWindow.State early = planned.state();
        early.add(first, 1);
        assertThat(early.snapshot(PROFILE).newConnectionsAt("planned-first")).isEqualTo(1);
        StringIndex accounts = planned.whatIfAccounts();
        assertThat(planned.state().snapshot(PROFILE).newConnectionsAt("planned-first")).isZero();
        assertThat(planned.whatIfAccounts()).isSameAs(accounts);

        Contact later = Contact.builder("later").accountId("planned-later").build();
        PlannedWindow.Plan second = planned.plan(List.of(row(ActivityType.CONNECTION_INVITE_ACCEPTED, "second", at,
                later)));
        PlannedWindow.State state = planned.state();
        state.add(second, 1);
        state.add(first, 1);
        WindowContext both = state.snapshot(PROFILE);
        assertThat(both.newConnectionsAt("planned-later")).isEqualTo(1);
        assertThat(both.newConnectionsAt("planned-first")).isEqualTo(1);
        assertThat(planned.whatIfAccounts()).isNotSameAs(accounts);
        assertThat(planned.whatIfAccounts().find("planned-later")).isEqualTo(window.index().accounts.size() + 1);
        // A state made before the later plan holds nothing at its account, the first one past its own.
        WindowContext before = early.snapshot(PROFILE);
        assertThat(before.newConnectionsAt("planned-later")).isZero();
        assertThat(before.newConnectionsAt("planned-first")).isEqualTo(1);
    }

    /** Two parts of one type without contacts add up on each day, and on the facets of new contacts. */
    @Test
    void partsOfOneTypeAddUp() {
        PlannedActivities likes = anonymous(ActivityType.POST_LIKED, 0, 0, 40);
        PlannedActivities more = anonymous(ActivityType.POST_LIKED, 0, 100, 13);
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(likes, more)));
        IntFunction<Instant> noon = noon(PROFILE, AS_OF, 90);
        PlannedActivities people = PlannedActivities.withNewContacts(ActivityType.PROFILE_VIEWED, 0, 90, noon,
                numbers(200, 30), numbers(300, 30), Seniority.VP, 3, Optional.of("acme"));
        PlannedActivities others = PlannedActivities.withNewContacts(ActivityType.PROFILE_VIEWED, 0, 90, noon,
                numbers(400, 7), numbers(500, 7), Seniority.VP, 3, Optional.of("acme"));
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(people, others)));
        check(PROFILE, AS_OF, LOG, new PlanList(List.of(anonymous(ActivityType.PROFILE_VIEWED, 0, 600, 9), people)));
    }

    /** A suggestion that only changes the profile plans nothing: one plan for all of them, which moves nothing. */
    @Test
    void emptyPlansAreOnePlanThatAddsNothing() {
        Window window = Contexts.slideTo(PROFILE, LOG, AS_OF, OPTIONS);
        WindowContext base = window.snapshot(AS_OF);
        PlannedWindow planned = new PlannedWindow(window, base);
        PlannedWindow.Plan none = planned.plan(new PlanList(List.of()));
        assertThat(planned.plan(List.of())).isSameAs(none);
        assertThat(planned.plan(new PlanList(List.of(anonymous(ActivityType.POST_LIKED, 0, 0, 0))))).isSameAs(none);
        PlannedWindow.Plan likes = planned.plan(new PlanList(List.of(anonymous(ActivityType.POST_LIKED, 0, 0, 9))));
        assertThat(likes).isNotSameAs(none);
        assertThat(planned.consistent()).isTrue();
        PlannedWindow.State state = planned.state();
        state.add(none, 1);
        assertIdentical(state.snapshot(PROFILE), base);
        assertIdentical(state.snapshotWith(none, PROFILE), base);
        state.follow(none);
        assertIdentical(state.followedSnapshot(PROFILE), base);
        assertThat(none.footprint().meets(likes.footprint())).isFalse();
        assertThat(state.snapshotWith(likes, PROFILE).count(ActivityType.POST_LIKED))
                .isEqualTo(base.count(ActivityType.POST_LIKED) + 9);
    }
}
