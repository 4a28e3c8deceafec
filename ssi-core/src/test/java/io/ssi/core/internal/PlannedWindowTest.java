package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.Examples;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.Seniority;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The advisor's what-ifs add planned activity to a score's sums instead of indexing the log
 * again: the context they give must be the one scoring the log with the plans in it gives.
 */
final class PlannedWindowTest {

    static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    private static final String[] ACCOUNTS = {"acme", "globex", "initech", "umbrella"};
    private static final ScoringOptions PLAIN = ScoringOptions.defaults();
    private static final ScoringOptions TAPERED = PLAIN.withTaper(Duration.ofDays(30));
    static final MemberProfile PROFILE = MemberProfile.builder("m")
            .targetAccounts(Set.of("acme", "initech", "planned-only")).build();

    @Test
    void plansAddedToTheSumsGiveTheContextOfTheLogWithThePlansInIt() {
        qt().withExamples(Examples.of(60)).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            ScoringOptions options = random.nextBoolean() ? PLAIN : TAPERED;
            List<Contact> contacts = contacts(random);
            List<Activity> log = activities(random, contacts, "row-", 1 + random.nextInt(250));
            List<Activity> a = activities(random, contacts, "plan-a-", random.nextInt(60));
            List<Activity> b = activities(random, contacts, "plan-b-", random.nextInt(60));

            Window window = Contexts.slideTo(PROFILE, log, AS_OF, options);
            PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
            PlannedWindow.Plan planA = planned.plan(a);
            PlannedWindow.Plan planB = planned.plan(b);
            PlannedWindow.State state = planned.state();

            assertSame(state.snapshot(PROFILE), Contexts.of(PROFILE, log, AS_OF, options));
            state.add(planA, 1);
            assertSame(state.snapshot(PROFILE), Contexts.of(PROFILE, concat(log, a), AS_OF, options));
            state.add(planB, 1);
            assertSame(state.snapshot(PROFILE), Contexts.of(PROFILE, concat(concat(log, a), b), AS_OF, options));
            state.add(planA, -1);
            assertSame(state.snapshot(PROFILE), Contexts.of(PROFILE, concat(log, b), AS_OF, options));
        });
    }

    @Test
    void describedPlansAddUpToWhatIndexingTheirActivitiesGives() {
        qt().withExamples(Examples.of(60)).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            ScoringOptions options = random.nextBoolean() ? PLAIN : TAPERED;
            List<Contact> contacts = contacts(random);
            List<Activity> log = activities(random, contacts, "row-", 1 + random.nextInt(200));
            Window window = Contexts.slideTo(PROFILE, log, AS_OF, options);
            WindowContext base = window.snapshot(AS_OF);
            int[] numbers = {0};
            List<List<Activity>> parts = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                parts.add(described(random, contacts, numbers, base.windowDays()));
            }
            if (random.nextBoolean()) {
                parts.add(List.copyOf(activities(random, contacts, "plain-", random.nextInt(20))));
            }
            PlanList plan = new PlanList(parts);

            PlannedWindow counting = new PlannedWindow(window, base);
            PlannedWindow.Plan countedPlan = counting.plan(plan);
            assertThat(counting.consistent()).isTrue();
            PlannedWindow indexing = new PlannedWindow(window, base).indexedOnly();
            PlannedWindow.Plan indexedPlan = indexing.plan(new ArrayList<>(plan));
            PlannedWindow.State counted = counting.state();
            PlannedWindow.State indexed = indexing.state();
            counted.add(countedPlan, 1);
            indexed.add(indexedPlan, 1);
            // The same to the last bit (and indexing a plan is what scoring the longer log gives,
            // above, but for near-duplicates: planned activities all count).
            assertIdentical(counted.snapshot(PROFILE), indexed.snapshot(PROFILE));
        });
    }

    @Test
    void plansCountedOneAfterAnotherOnOneWindowEachGiveWhatIndexingThemGives() {
        qt().withExamples(Examples.of(30)).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<Contact> contacts = contacts(random);
            List<Activity> log = activities(random, contacts, "row-", 1 + random.nextInt(200));
            Window window = Contexts.slideTo(PROFILE, log, AS_OF, random.nextBoolean() ? PLAIN : TAPERED);
            WindowContext base = window.snapshot(AS_OF);
            int[] numbers = {0};
            List<PlanList> plans = new ArrayList<>();
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                List<List<Activity>> parts = new ArrayList<>();
                for (int k = random.nextInt(3); k >= 0; k--) {
                    parts.add(described(random, contacts, numbers, base.windowDays()));
                }
                plans.add(new PlanList(parts));
            }
            // One planned window counts every plan, as the advisor's does; each is checked once all are made.
            PlannedWindow counting = new PlannedWindow(window, base);
            List<PlannedWindow.Plan> counted = new ArrayList<>();
            for (PlanList plan : plans) {
                counted.add(counting.plan(plan));
            }
            assertThat(counting.consistent()).isTrue();
            for (int i = 0; i < plans.size(); i++) {
                PlannedWindow indexing = new PlannedWindow(window, base).indexedOnly();
                PlannedWindow.Plan indexedPlan = indexing.plan(new ArrayList<>(plans.get(i)));
                PlannedWindow.State indexed = indexing.state();
                indexed.add(indexedPlan, 1);
                PlannedWindow.State state = counting.state();
                state.add(counted.get(i), 1);
                assertIdentical(state.snapshot(PROFILE), indexed.snapshot(PROFILE));
            }
        });
    }

    /** Planned activity described by its rate, with contacts of the log, new ones, or none. */
    static PlannedActivities described(Random random, List<Contact> contacts, int[] numbers, int days) {
        ActivityType[] types = ActivityType.values();
        ActivityType type = random.nextInt(3) == 0
                ? List.of(ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.CONNECTION_INVITE_ACCEPTED,
                ActivityType.WELCOME_MESSAGE_SENT).get(random.nextInt(3))
                : types[random.nextInt(types.length - 1)];
        int n = random.nextInt(random.nextBoolean() ? 12 : 300);
        int engagement = random.nextInt(40);
        int[] ids = new int[n];
        IntFunction<Instant> at = d -> {
            Instant noon = LocalDate.ofInstant(AS_OF, PROFILE.timeZone()).minusDays(days - 1L - d)
                    .atTime(LocalTime.NOON).atZone(PROFILE.timeZone()).toInstant();
            return noon.isAfter(AS_OF) ? AS_OF : noon;
        };
        if (random.nextBoolean()) {
            int[] people = new int[n];
            for (int k = 0; k < n; k++) {
                people[k] = numbers[0]++;
                ids[k] = numbers[0]++;
            }
            String[] accounts = {"acme", "globex", "planned-only"};
            Optional<String> account = random.nextBoolean() ? Optional.empty()
                    : Optional.of(accounts[random.nextInt(accounts.length)]);
            return PlannedActivities.withNewContacts(type, engagement, days, at, ids, people,
                    Seniority.values()[random.nextInt(Seniority.values().length)], random.nextInt(4), account);
        }
        Contact[] who = new Contact[n];
        for (int k = 0; k < n; k++) {
            int c = random.nextInt(contacts.size() + 3);
            who[k] = c < contacts.size() ? contacts.get(c) : null;
            ids[k] = numbers[0]++;
        }
        return PlannedActivities.withContacts(type, engagement, days, at, ids, who);
    }

    /**
     * A context of the engine answers a type's active days by a look-up where it has counts per
     * type: those counts must be the days its masks give, as a walk over them counts.
     */
    static void assertCountsOfActiveDays(ScoringContext context) {
        if (!(context instanceof WindowContext w) || w.activeByType() == null) {
            return;
        }
        for (ActivityType t : ActivityType.values()) {
            int walked = 0;
            for (int d = 0; d < w.windowDays(); d++) {
                walked += (w.dayMask()[w.firstDayIndex() + d] >>> t.ordinal()) & 1;
            }
            assertThat(w.activeByType()[t.ordinal()]).as("counted active days of %s", t).isEqualTo(walked);
        }
    }

    /** Every answer equal, numbers to the last bit. */
    static void assertIdentical(ScoringContext actual, ScoringContext expected) {
        for (ActivityType t : ActivityType.values()) {
            for (ContactFacet f : ContactFacet.values()) {
                assertThat(actual.count(t, f)).as("count %s %s", t, f).isEqualTo(expected.count(t, f));
                assertThat(Double.doubleToLongBits(actual.weeklyRate(t, f))).as("rate %s %s", t, f)
                        .isEqualTo(Double.doubleToLongBits(expected.weeklyRate(t, f)));
            }
            assertThat(Double.doubleToLongBits(actual.weeklyEngagement(t))).as("engagement %s", t)
                    .isEqualTo(Double.doubleToLongBits(expected.weeklyEngagement(t)));
            assertThat(actual.engagement(t)).isEqualTo(expected.engagement(t));
            assertThat(actual.distinctContacts(t)).as("distinct %s", t).isEqualTo(expected.distinctContacts(t));
            assertThat(actual.activeDays(Set.of(t))).isEqualTo(expected.activeDays(Set.of(t)));
            assertThat(actual.activeDaysOf(t)).as("active days of %s", t).isEqualTo(expected.activeDaysOf(t));
            // A walk over the masks, weighted by each day's age: the days themselves must agree.
            assertThat(Double.doubleToLongBits(actual.weeklyActiveDays(Set.of(t)))).as("weekly active days %s", t)
                    .isEqualTo(Double.doubleToLongBits(expected.weeklyActiveDays(Set.of(t))));
        }
        assertCountsOfActiveDays(actual);
        assertCountsOfActiveDays(expected);
        assertThat(actual.newConnections()).isEqualTo(expected.newConnections());
        assertThat(actual.welcomedNewConnections()).isEqualTo(expected.welcomedNewConnections());
        for (String account : List.of("acme", "globex", "initech", "umbrella", "planned-only", "nowhere")) {
            assertThat(actual.newConnectionsAt(account)).as("at %s", account)
                    .isEqualTo(expected.newConnectionsAt(account));
        }
        for (int atLeast = 0; atLeast <= 3; atLeast++) {
            assertThat(actual.targetAccountsWithNewConnections(atLeast))
                    .isEqualTo(expected.targetAccountsWithNewConnections(atLeast));
            assertThat(actual.accountsWithNewConnections(atLeast + 1))
                    .isEqualTo(expected.accountsWithNewConnections(atLeast + 1));
        }
    }

    @Test
    void aPlanNamingANewContactOfADescribedPartIsIndexedInstead() {
        List<Activity> log = activities(new Random(9), contacts(new Random(9)), "row-", 40);
        Window window = Contexts.slideTo(PROFILE, log, AS_OF, PLAIN);
        PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
        PlannedActivities views = PlannedActivities.withNewContacts(ActivityType.PROFILE_VIEWED, 0, 90,
                d -> AS_OF, new int[] {1, 3}, new int[] {0, 2}, Seniority.VP, 2, Optional.empty());
        planned.plan(new PlanList(List.of(views)));
        assertThat(planned.consistent()).isTrue();
        // A plain activity that names one of those contacts: counting would count it twice.
        Activity again = Activity.builder(ActivityType.PROFILE_VIEWED, AS_OF).id("again")
                .contact(views.get(0).contact().orElseThrow()).build();
        planned.plan(new PlanList(List.of(List.of(again))));
        assertThat(planned.consistent()).isFalse();
        assertThat(PlannedWindow.plannedNumber("ssi-planned-contact-12", "ssi-planned-contact-")).isEqualTo(12);
        assertThat(PlannedWindow.plannedNumber("ssi-planned-contact-012", "ssi-planned-contact-")).isEqualTo(-1);
        assertThat(PlannedWindow.plannedNumber("ssi-planned-contact-", "ssi-planned-contact-")).isEqualTo(-1);
        assertThat(PlannedWindow.plannedNumber("ssi-planned-12", "ssi-planned-contact-")).isEqualTo(-1);
        assertThat(PlannedWindow.plannedNumber("ssi-planned-x1", "ssi-planned-")).isEqualTo(-1);
    }

    @Test
    void aWhatIfKeepsTheProfileItIsGiven() {
        List<Activity> log = activities(new Random(3), contacts(new Random(3)), "row-", 50);
        Window window = Contexts.slideTo(PROFILE, log, AS_OF, PLAIN);
        PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
        MemberProfile changed = PROFILE.toBuilder().skills(40).build();
        assertThat(planned.state().snapshot(changed).profile()).isSameAs(changed);
    }

    @Test
    void theRecorderAnswersEveryMethodOfTheContextItself() throws NoSuchMethodException {
        // A method left to the interface's default would not ask the wrapped context, which may
        // answer it otherwise; nor would its answer be recorded.
        for (Method m : ScoringContext.class.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            assertThat(Reads.Recorder.class.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass())
                    .as(m.toString()).isEqualTo(Reads.Recorder.class);
        }
    }

    @Test
    void readsAnswerTheSameOnlyWhereWhatWasReadIsTheSame() {
        List<Activity> log = activities(new Random(5), contacts(new Random(5)), "row-", 120);
        ScoringContext before = Contexts.of(PROFILE, log, AS_OF, PLAIN);
        List<Activity> more = new ArrayList<>(log);
        more.add(Activity.builder(ActivityType.POST_COMMENTED, AS_OF.minusSeconds(3600)).id("extra").build());
        ScoringContext after = Contexts.of(PROFILE, more, AS_OF, PLAIN);

        Reads.Recorder comments = Reads.recorder(before);
        comments.weeklyRate(ActivityType.POST_COMMENTED);
        Reads.Recorder likes = Reads.recorder(before);
        likes.weeklyRate(ActivityType.POST_LIKED);
        likes.count(ActivityType.POST_LIKED, ContactFacet.DECISION_MAKER);
        likes.profile();
        Reads.Recorder days = Reads.recorder(before);
        days.activeDays(EnumSet.of(ActivityType.POST_COMMENTED, ActivityType.POST_LIKED));

        assertThat(comments.reads().sameIn(before)).isTrue();
        assertThat(comments.reads().sameIn(after)).isFalse();
        assertThat(likes.reads().sameIn(after)).isTrue();
        assertThat(likes.reads().sameIn(Contexts.of(PROFILE.toBuilder().skills(3).build(), log, AS_OF, PLAIN)))
                .isFalse();
        assertThat(days.reads().size()).isEqualTo(1);
        assertThat(days.reads().sameIn(before)).isTrue();
    }

    static void assertSame(ScoringContext actual, ScoringContext expected) {
        for (ActivityType t : ActivityType.values()) {
            for (ContactFacet f : ContactFacet.values()) {
                assertThat(actual.count(t, f)).as("count %s %s", t, f).isEqualTo(expected.count(t, f));
                assertThat(actual.weeklyRate(t, f)).as("rate %s %s", t, f)
                        .isCloseTo(expected.weeklyRate(t, f), within(1e-9));
            }
            assertThat(actual.weeklyEngagement(t)).as("engagement %s", t)
                    .isCloseTo(expected.weeklyEngagement(t), within(1e-9));
            assertThat(actual.distinctContacts(t)).as("distinct %s", t).isEqualTo(expected.distinctContacts(t));
            assertThat(actual.activeDays(Set.of(t))).as("active days %s", t).isEqualTo(expected.activeDays(Set.of(t)));
            assertThat(actual.activeDaysOf(t)).as("active days of %s", t).isEqualTo(expected.activeDaysOf(t));
            assertThat(actual.weeklyActiveDays(Set.of(t))).as("weekly active days %s", t)
                    .isCloseTo(expected.weeklyActiveDays(Set.of(t)), within(1e-9));
        }
        Set<ActivityType> all = EnumSet.allOf(ActivityType.class);
        assertThat(actual.activeDays(all)).isEqualTo(expected.activeDays(all));
        assertCountsOfActiveDays(actual);
        assertThat(actual.newConnections()).as("new connections").isEqualTo(expected.newConnections());
        assertThat(actual.welcomedNewConnections()).as("welcomed").isEqualTo(expected.welcomedNewConnections());
        for (String account : List.of("acme", "globex", "initech", "umbrella", "planned-only", "nowhere")) {
            assertThat(actual.newConnectionsAt(account)).as("at %s", account)
                    .isEqualTo(expected.newConnectionsAt(account));
        }
        for (int atLeast = 0; atLeast <= 3; atLeast++) {
            assertThat(actual.targetAccountsWithNewConnections(atLeast)).as("threaded %d", atLeast)
                    .isEqualTo(expected.targetAccountsWithNewConnections(atLeast));
        }
    }

    static List<Contact> contacts(Random random) {
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Contact.Builder c = Contact.builder("contact-" + i)
                    .seniority(Seniority.values()[random.nextInt(Seniority.values().length)])
                    .degree(1 + random.nextInt(3)).colleague(random.nextInt(5) == 0);
            int account = random.nextInt(ACCOUNTS.length + 2);
            if (account < ACCOUNTS.length) {
                c.accountId(ACCOUNTS[account]);
            } else if (account == ACCOUNTS.length) {
                c.accountId("planned-only");
            }
            contacts.add(c.build());
        }
        return contacts;
    }

    /** Rows over the window and a little before it, some on the same day past the daily cap. */
    static List<Activity> activities(Random random, List<Contact> contacts, String prefix, int rows) {
        ActivityType[] types = ActivityType.values();
        List<Activity> list = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            ActivityType type = random.nextInt(3) == 0
                    ? List.of(ActivityType.CONNECTION_REQUEST_ACCEPTED, ActivityType.CONNECTION_INVITE_ACCEPTED,
                    ActivityType.WELCOME_MESSAGE_SENT).get(random.nextInt(3))
                    : types[random.nextInt(types.length)];
            Instant at = AS_OF.minusSeconds(random.nextInt(95 * 86_400));
            int burst = random.nextInt(12) == 0 ? 25 : 1;
            for (int b = 0; b < burst; b++) {
                // Each plan's rows lie a millisecond or two off the log's whole seconds: a what-if
                // counts every planned row, while indexing would count a planned row with the
                // type, instant and contact of a logged one once (seed -532101597240635504 drew
                // two such rows before the offset).
                Instant when = at.minusSeconds(b).plusMillis(prefix.startsWith("plan-a") ? 1 : prefix.startsWith("plan-b") ? 2 : 0);
                Activity.Builder a = Activity.builder(type, when).id(prefix + i + "-" + b);
                int who = random.nextInt(contacts.size() + 10);
                if (who < contacts.size()) {
                    a.contact(contacts.get(who));
                } else if (who < contacts.size() + 5) {
                    a.contact(Contact.builder(prefix + "new-" + who).accountId("planned-only").build());
                }
                if (type.isContent()) {
                    a.engagement(random.nextInt(40));
                }
                list.add(a.build());
            }
        }
        return list;
    }

    private static List<Activity> concat(List<Activity> a, List<Activity> b) {
        List<Activity> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
