package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.Examples;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import static io.ssi.core.internal.PlannedWindowTest.AS_OF;
import static io.ssi.core.internal.PlannedWindowTest.PROFILE;
import static io.ssi.core.internal.PlannedWindowTest.activities;
import static io.ssi.core.internal.PlannedWindowTest.assertIdentical;
import static io.ssi.core.internal.PlannedWindowTest.contacts;
import static io.ssi.core.internal.PlannedWindowTest.described;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * How the advisor walks a pillar's what-ifs: it follows the best suggestion, then measures each
 * candidate on top of what it follows, and skips every rule whose reads the candidate cannot
 * move. Following and measuring must give what adding the plans to a state gives, to the last
 * bit, and a plan's footprint must name exactly what adding it moves.
 */
final class PlannedWindowFollowTest {

    private static final ScoringOptions PLAIN = ScoringOptions.defaults();
    private static final ScoringOptions TAPERED = PLAIN.withTaper(Duration.ofDays(30));

    /** A log, its full window, and a few plans made on it (plain lists and described parts). */
    private record Setup(Window window, WindowContext base, PlannedWindow planned, List<PlannedWindow.Plan> plans,
                         List<List<Activity>> activities) {
    }

    private static Setup setup(Random random) {
        ScoringOptions options = random.nextBoolean() ? PLAIN : TAPERED;
        List<Contact> contacts = contacts(random);
        List<Activity> log = activities(random, contacts, "row-", 1 + random.nextInt(150));
        Window window = Contexts.slideTo(PROFILE, log, AS_OF, options);
        WindowContext base = window.snapshot(AS_OF);
        int[] numbers = {0};
        List<List<Activity>> lists = new ArrayList<>();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            if (random.nextBoolean()) {
                lists.add(List.copyOf(activities(random, contacts, "plan-" + i + "-", random.nextInt(30))));
            } else {
                List<List<Activity>> parts = new ArrayList<>();
                for (int k = random.nextInt(2); k >= 0; k--) {
                    parts.add(described(random, contacts, numbers, base.windowDays()));
                }
                lists.add(new PlanList(parts));
            }
        }
        PlannedWindow planned = new PlannedWindow(window, base);
        List<PlannedWindow.Plan> plans = new ArrayList<>();
        for (List<Activity> l : lists) {
            plans.add(planned.plan(l));
        }
        if (!planned.consistent()) {
            // As the advisor does: the plans are made again, each indexed as a log.
            planned = planned.indexedOnly();
            plans.clear();
            for (List<Activity> l : lists) {
                plans.add(planned.plan(l));
            }
        }
        return new Setup(window, base, planned, plans, lists);
    }

    @Test
    void followingPlansAndMeasuringACandidateGiveWhatAddingThemGivesToTheLastBit() {
        qt().withExamples(Examples.of(40)).forAll(longs().all()).checkAssert(seed -> {
            Setup s = setup(new Random(seed));
            MemberProfile changed = PROFILE.toBuilder().skills(7).build();
            PlannedWindow.State followed = s.planned().state();
            PlannedWindow.State added = s.planned().state();
            List<PlannedWindow.Plan> plans = s.plans();

            assertIdentical(followed.followedSnapshot(PROFILE), added.snapshot(PROFILE));
            for (int i = 0; i < plans.size(); i++) {
                for (int j = i; j < plans.size(); j++) {
                    WindowContext with = followed.snapshotWith(plans.get(j), changed);
                    assertThat(with.profile()).isSameAs(changed);
                    // Rules ask a type's active days in every what-if: a look-up, not a walk.
                    assertThat(with.activeByType()).isNotNull();
                    added.add(plans.get(j), 1);
                    assertIdentical(with, added.snapshot(PROFILE));
                    added.add(plans.get(j), -1);
                }
                // Measuring a candidate leaves nothing of it behind.
                assertIdentical(followed.followedSnapshot(PROFILE), added.snapshot(PROFILE));
                followed.follow(plans.get(i));
                added.add(plans.get(i), 1);
                WindowContext now = followed.followedSnapshot(changed);
                assertThat(now.profile()).isSameAs(changed);
                assertThat(now.activeByType()).isNotNull();
                assertIdentical(now, added.snapshot(PROFILE));
            }
            // The followed sums are the state's own: reading them twice gives the same.
            assertIdentical(followed.followedSnapshot(PROFILE), followed.followedSnapshot(PROFILE));
            assertIdentical(followed.snapshot(PROFILE), added.snapshot(PROFILE));
        });
    }

    /**
     * A candidate is measured again and again while the plans followed since name no contact:
     * what its contact events add is then kept from its first what-if, and must still give what
     * adding it gives, leaving the state as it was.
     */
    @Test
    void aCandidateMeasuredAgainWhileNoPlanWithContactsIsFollowedGivesWhatAddingItGives() {
        qt().withExamples(Examples.of(40)).forAll(longs().all()).checkAssert(seed -> {
            Setup s = setup(new Random(seed));
            PlannedWindow.State followed = s.planned().state();
            PlannedWindow.State added = s.planned().state();
            List<PlannedWindow.Plan> plans = s.plans();
            // Plans of activity with no contact, and one that adds nothing, to follow in between.
            List<PlannedWindow.Plan> quiet = List.of(s.planned().plan(List.of()),
                    s.planned().plan(List.of(Activity.builder(ActivityType.POST_LIKED, AS_OF).id("quiet-1").build())));
            // Quiet plans, then a plan of the setup (with contacts, as a rule), then quiet ones
            // again: what is kept from a first what-if must hold both before any contact is
            // followed and after, when what a candidate's events add depends on those followed.
            for (int round = 0; round < 5; round++) {
                for (PlannedWindow.Plan candidate : plans) {
                    for (int again = 0; again < 2; again++) {
                        WindowContext with = followed.snapshotWith(candidate, PROFILE);
                        added.add(candidate, 1);
                        assertIdentical(with, added.snapshot(PROFILE));
                        added.add(candidate, -1);
                    }
                }
                assertIdentical(followed.followedSnapshot(PROFILE), added.snapshot(PROFILE));
                if (round < 4) {
                    PlannedWindow.Plan next = round == 2 ? plans.get(0) : quiet.get(round % 2);
                    followed.follow(next);
                    added.add(next, 1);
                }
            }
        });
    }

    @Test
    void aStateMadeInTheArraysOfOneDoneWithStartsAsAFreshOne() {
        qt().withExamples(Examples.of(40)).forAll(longs().all()).checkAssert(seed -> {
            Setup s = setup(new Random(seed));
            List<PlannedWindow.Plan> plans = s.plans();
            // A state that followed plans and measured candidates, as a pillar leaves it.
            PlannedWindow.State done = s.planned().state();
            for (int i = 0; i < plans.size(); i++) {
                for (int j = i; j < plans.size(); j++) {
                    done.snapshotWith(plans.get(j), PROFILE);
                }
                done.follow(plans.get(i));
            }
            PlannedWindow.State reused = s.planned().state(done);
            PlannedWindow.State fresh = s.planned().state();
            assertIdentical(reused.followedSnapshot(PROFILE), fresh.followedSnapshot(PROFILE));
            assertIdentical(reused.snapshot(PROFILE), fresh.snapshot(PROFILE));
            for (int i = plans.size() - 1; i >= 0; i--) {
                for (int j = 0; j < plans.size(); j++) {
                    assertIdentical(reused.snapshotWith(plans.get(j), PROFILE),
                            fresh.snapshotWith(plans.get(j), PROFILE));
                }
                reused.follow(plans.get(i));
                fresh.follow(plans.get(i));
                assertIdentical(reused.followedSnapshot(PROFILE), fresh.followedSnapshot(PROFILE));
                assertIdentical(reused.snapshot(PROFILE), fresh.snapshot(PROFILE));
            }
            // And again, from a state that was itself made from one done with.
            PlannedWindow.State again = s.planned().state(reused);
            PlannedWindow.State another = s.planned().state();
            for (PlannedWindow.Plan p : plans) {
                assertIdentical(again.snapshotWith(p, PROFILE), another.snapshotWith(p, PROFILE));
                again.follow(p);
                another.follow(p);
                assertIdentical(again.snapshot(PROFILE), another.snapshot(PROFILE));
            }
        });
    }

    @Test
    void aSnapshotWithTheSamePlanTwiceCountsItTwice() {
        Setup s = setup(new Random(17));
        PlannedWindow.Plan plan = s.plans().get(0);
        PlannedWindow.State twice = s.planned().state();
        twice.add(plan, 1);
        twice.add(plan, 1);
        PlannedWindow.State once = s.planned().state();
        once.follow(plan);
        assertIdentical(once.snapshotWith(plan, PROFILE), twice.snapshot(PROFILE));
        for (ActivityType t : ActivityType.values()) {
            assertThat(twice.snapshot(PROFILE).count(t)).isEqualTo(
                    2 * once.followedSnapshot(PROFILE).count(t) - s.base().count(t));
        }
    }

    /** One read of a context, and whether a plan of the given activities can move its answer. */
    private record Read(String name, Consumer<ScoringContext> read, Predicate<Moved> moves) {
    }

    /** What a plan's activities in the window touch, from the activities themselves. */
    private record Moved(Set<String> slots, Set<ActivityType> days, Set<ActivityType> distinct,
                         Set<ActivityType> engagement, boolean connections) {
    }

    private static List<Read> reads() {
        List<Read> reads = new ArrayList<>();
        for (ActivityType t : ActivityType.values()) {
            for (ContactFacet f : ContactFacet.values()) {
                reads.add(new Read("count " + t + " " + f, c -> c.count(t, f), m -> m.slots().contains(t + " " + f)));
                reads.add(new Read("rate " + t + " " + f, c -> c.weeklyRate(t, f),
                        m -> m.slots().contains(t + " " + f)));
            }
            reads.add(new Read("count " + t, c -> c.count(t), m -> m.slots().contains(t + " ANY")));
            reads.add(new Read("rate " + t, c -> c.weeklyRate(t), m -> m.slots().contains(t + " ANY")));
            reads.add(new Read("weekly engagement " + t, c -> c.weeklyEngagement(t), m -> m.engagement().contains(t)));
            reads.add(new Read("engagement " + t, c -> c.engagement(t), m -> m.engagement().contains(t)));
            reads.add(new Read("distinct " + t, c -> c.distinctContacts(t), m -> m.distinct().contains(t)));
            reads.add(new Read("active days " + t, c -> c.activeDays(Set.of(t)), m -> m.days().contains(t)));
            reads.add(new Read("weekly active days " + t, c -> c.weeklyActiveDays(Set.of(t)),
                    m -> m.days().contains(t)));
        }
        Set<ActivityType> pair = EnumSet.of(ActivityType.POST_LIKED, ActivityType.MESSAGE_SENT);
        reads.add(new Read("active days of two", c -> c.activeDays(pair),
                m -> m.days().stream().anyMatch(pair::contains)));
        reads.add(new Read("new connections", ScoringContext::newConnections, Moved::connections));
        reads.add(new Read("welcomed", ScoringContext::welcomedNewConnections, Moved::connections));
        for (String account : List.of("acme", "globex", "planned-only", "nowhere")) {
            reads.add(new Read("at " + account, c -> c.newConnectionsAt(account), Moved::connections));
        }
        for (int k = 1; k <= 2; k++) {
            int atLeast = k;
            reads.add(new Read("target accounts " + k, c -> c.targetAccountsWithNewConnections(atLeast),
                    Moved::connections));
            reads.add(new Read("accounts " + k, c -> c.accountsWithNewConnections(atLeast), Moved::connections));
        }
        // Planned activity never changes the profile, the instant or the window's options.
        reads.add(new Read("profile", ScoringContext::profile, m -> false));
        reads.add(new Read("as of", ScoringContext::asOf, m -> false));
        reads.add(new Read("window", c -> c.countInWindow(3), m -> false));
        return reads;
    }

    private static Moved moved(List<Activity> plan, ActivityIndex index) {
        Set<String> slots = new java.util.HashSet<>();
        Set<ActivityType> days = EnumSet.noneOf(ActivityType.class);
        Set<ActivityType> distinct = EnumSet.noneOf(ActivityType.class);
        Set<ActivityType> engagement = EnumSet.noneOf(ActivityType.class);
        boolean connections = false;
        for (Activity a : plan) {
            long day = ActivityIndex.localDay(PROFILE, a.at());
            if (a.at().isAfter(index.cutoff) || day < index.firstDay || day >= index.firstDay + index.days) {
                continue;
            }
            ActivityType t = a.type();
            slots.add(t + " ANY");
            days.add(t);
            if (t.isContent() && a.engagement() > 0) {
                engagement.add(t);
            }
            connections |= t == ActivityType.CONNECTION_REQUEST_ACCEPTED || t == ActivityType.CONNECTION_INVITE_ACCEPTED
                    || t == ActivityType.WELCOME_MESSAGE_SENT;
            if (a.contact().isPresent()) {
                Contact c = a.contact().get();
                distinct.add(t);
                if (c.isDecisionMaker()) {
                    slots.add(t + " DECISION_MAKER");
                }
                if (c.degree() == 3) {
                    slots.add(t + " OUT_OF_NETWORK");
                }
                if (c.accountId().isPresent() && PROFILE.targetAccounts().contains(c.accountId().get())) {
                    slots.add(t + " TARGET_ACCOUNT");
                }
                if (c.colleague()) {
                    slots.add(t + " COLLEAGUE");
                }
            }
        }
        return new Moved(slots, days, distinct, engagement, connections);
    }

    @Test
    void aPlansFootprintMeetsExactlyTheReadsItsActivitiesTouch() {
        List<Read> reads = reads();
        qt().withExamples(Examples.of(30)).forAll(longs().all()).checkAssert(seed -> {
            Setup s = setup(new Random(seed));
            for (int i = 0; i < s.plans().size(); i++) {
                PlannedWindow.Plan plan = s.plans().get(i);
                Moved moved = moved(s.activities().get(i), s.window().index());
                PlannedWindow.State state = s.planned().state();
                state.add(plan, 1);
                WindowContext with = state.snapshot(PROFILE);
                for (Read r : reads) {
                    Reads.Recorder recorder = Reads.recorder(s.base());
                    r.read().accept(recorder);
                    boolean meets = recorder.reads().footprint().meets(plan.footprint());
                    assertThat(meets).as("%s, plan %d of seed %d", r.name(), i, seed)
                            .isEqualTo(r.moves().test(moved));
                    assertThat(plan.footprint().meets(recorder.reads().footprint())).as("symmetric").isEqualTo(meets);
                    if (!meets) {
                        // What the advisor relies on to skip the rule: the answer did not move.
                        assertThat(recorder.reads().sameIn(with)).as("%s unmoved", r.name()).isTrue();
                    }
                }
            }
        });
    }

    @Test
    void anEmptyPartMovesNothingAndAnonymousConnectionsMoveTheConnections() {
        List<Activity> log = activities(new Random(8), contacts(new Random(8)), "row-", 60);
        Window window = Contexts.slideTo(PROFILE, log, AS_OF, PLAIN);
        WindowContext base = window.snapshot(AS_OF);
        PlannedWindow planned = new PlannedWindow(window, base);
        java.util.function.IntFunction<java.time.Instant> noon = d -> AS_OF.minus(Duration.ofDays(89 - d));
        PlannedActivities none = PlannedActivities.withNewContacts(ActivityType.CONNECTION_INVITE_ACCEPTED, 0, 90,
                noon, new int[0], new int[0], io.ssi.core.Seniority.VP, 3, java.util.Optional.of("acme"));
        PlannedActivities welcomes = PlannedActivities.withContacts(ActivityType.WELCOME_MESSAGE_SENT, 0, 90, noon,
                new int[] {1, 2, 3}, new Contact[3]);
        List<Activity> anonymous = List.of(Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED,
                AS_OF.minusSeconds(500).plusMillis(1)).id("anonymous").build());
        PlannedWindow.Plan empty = planned.plan(new PlanList(List.of(none)));
        PlannedWindow.Plan welcoming = planned.plan(new PlanList(List.of(welcomes)));
        PlannedWindow.Plan connecting = planned.plan(anonymous);
        PlannedWindow.Plan connectingToo = planned.plan(new PlanList(List.of(anonymous)));
        for (Read r : reads()) {
            Reads.Recorder recorder = Reads.recorder(base);
            r.read().accept(recorder);
            Footprint read = recorder.reads().footprint();
            assertThat(read.meets(empty.footprint())).as(r.name()).isFalse();
            assertThat(read.meets(welcoming.footprint())).as(r.name())
                    .isEqualTo(r.moves().test(moved(welcomes, window.index())));
            assertThat(read.meets(connecting.footprint())).as(r.name())
                    .isEqualTo(r.moves().test(moved(anonymous, window.index())));
            assertThat(read.meets(connectingToo.footprint())).as(r.name())
                    .isEqualTo(r.moves().test(moved(anonymous, window.index())));
        }
    }

    @Test
    void aFootprintMeetsAnotherOnlyWhereBothTouchTheSameThing() {
        int slot = ActivityType.POST_LIKED.ordinal() * ActivityIndex.F;
        Footprint likes = new Footprint();
        likes.slot(slot);
        Footprint shares = new Footprint();
        shares.slot(ActivityType.POST_SHARED.ordinal() * ActivityIndex.F);
        Footprint high = new Footprint();
        int last = ActivityIndex.T * ActivityIndex.F - 1;
        high.slot(last);
        Footprint alsoHigh = new Footprint();
        alsoHigh.slot(last);
        assertThat(likes.meets(shares)).isFalse();
        assertThat(likes.meets(likes.copy())).isTrue();
        assertThat(high.meets(alsoHigh)).isTrue();
        assertThat(high.meets(likes)).isFalse();
        // A slot past the built-in ones (a custom kind's) cannot be placed: it meets anything.
        Footprint custom = new Footprint();
        custom.slot(ActivityIndex.T * ActivityIndex.F);
        assertThat(custom.meets(new Footprint())).isTrue();
        assertThat(new Footprint().meets(custom)).isTrue();
        assertThat(new Footprint().meets(new Footprint())).isFalse();

        Footprint days = new Footprint();
        days.days(1 << 3);
        Footprint otherDays = new Footprint();
        otherDays.days(1 << 4);
        assertThat(days.meets(otherDays)).isFalse();
        otherDays.days(1 << 3);
        assertThat(days.meets(otherDays)).isTrue();

        Footprint distinct = new Footprint();
        distinct.distinct(2);
        Footprint engagement = new Footprint();
        engagement.engagement(2);
        assertThat(distinct.meets(engagement)).isFalse();
        Footprint distinctToo = new Footprint();
        distinctToo.distinct(2);
        assertThat(distinct.meets(distinctToo)).isTrue();
        Footprint engagementToo = new Footprint();
        engagementToo.engagement(2);
        assertThat(engagement.meets(engagementToo)).isTrue();

        Footprint connections = new Footprint();
        connections.flag(Footprint.CONNECTIONS);
        Footprint profile = new Footprint();
        profile.profile(Footprint.WHOLE_PROFILE);
        assertThat(connections.meets(profile)).isFalse();
        // The profile's parts meet only where they overlap.
        Footprint skills = new Footprint();
        skills.profile(1L << io.ssi.core.Coverage.ProfileFact.SKILLS.ordinal());
        Footprint photo = new Footprint();
        photo.profile(1L << io.ssi.core.Coverage.ProfileFact.PHOTO.ordinal());
        assertThat(skills.meets(photo)).isFalse();
        assertThat(skills.meets(profile)).isTrue();
        assertThat(photo.meets(profile)).isTrue();
        assertThat(connections.meets(connections.copy())).isTrue();
        Footprint all = new Footprint();
        all.flag(Footprint.ALL);
        assertThat(all.meets(new Footprint())).isTrue();
        assertThat(new Footprint().meets(all)).isTrue();

        // Adding keeps every kind of thing touched.
        Footprint sum = new Footprint();
        sum.add(high);
        sum.add(days);
        sum.add(distinct);
        sum.add(engagement);
        sum.add(connections);
        for (Footprint part : List.of(high, days, distinct, engagement, connections)) {
            assertThat(sum.meets(part)).isTrue();
        }
        assertThat(sum.meets(likes)).isFalse();
        assertThat(sum.meets(profile)).isFalse();
        Footprint copy = sum.copy();
        copy.add(likes);
        assertThat(copy.meets(likes)).isTrue();
        assertThat(sum.meets(likes)).as("a copy is its own").isFalse();
    }

    @Test
    void aPlannedWindowNeedsTheFullWindowOfOneScore() {
        List<Activity> log = activities(new Random(4), contacts(new Random(4)), "row-", 30);
        Window window = Contexts.slideTo(PROFILE, log, AS_OF, PLAIN);
        WindowContext base = window.snapshot(AS_OF);
        long firstDay = window.index().firstDay;
        // A window that stops short of its index's last day.
        Window short_ = new Window(ActivityIndex.build(PROFILE, log, firstDay, 90, AS_OF, false), PLAIN);
        short_.advanceTo(80);
        // A base of another window's length.
        WindowContext month = Contexts.of(PROFILE, log, AS_OF, PLAIN.withWindow(Duration.ofDays(30)));
        // A base whose window starts past its index's first day, as a history's later days do.
        Window later = new Window(ActivityIndex.build(PROFILE, log, firstDay - 10, 100, AS_OF, false), PLAIN);
        later.advanceTo(99);
        WindowContext laterBase = later.snapshot(AS_OF);
        assertThat(laterBase.windowDays()).isEqualTo(90);
        for (Runnable wrong : List.<Runnable>of(() -> new PlannedWindow(short_, base),
                () -> new PlannedWindow(window, month), () -> new PlannedWindow(window, laterBase))) {
            assertThatThrownBy(wrong::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("a planned window needs the full window of one score, but the index has");
        }
        assertThatThrownBy(() -> new PlannedWindow(short_, base)).hasMessageEndingWith(
                "has 90 days and the window ends on day 80");

        PlannedWindow planned = new PlannedWindow(window, base);
        Activity custom = Activity.custom("demo", AS_OF.minusSeconds(60)).id("k").build();
        assertThatThrownBy(() -> planned.plan(List.of(custom)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("planned activities must not have a custom kind, but one had 4 characters of kind");
        assertThatThrownBy(() -> planned.plan(new PlanList(List.of(List.of(custom)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
