package io.ssi.core;

import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.ssi.core.ActivityType.CONNECTION_INVITE_ACCEPTED;
import static io.ssi.core.ActivityType.CONNECTION_REQUEST_ACCEPTED;
import static io.ssi.core.ActivityType.POST_COMMENTED;
import static io.ssi.core.ActivityType.POST_LIKED;
import static io.ssi.core.ActivityType.POST_PUBLISHED;
import static io.ssi.core.ActivityType.PROFILE_VIEWED;
import static io.ssi.core.ActivityType.PROFILE_VIEW_RECEIVED;
import static io.ssi.core.ActivityType.WELCOME_MESSAGE_SENT;
import static io.ssi.core.BadInput.npe;
import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.activity;
import static io.ssi.core.Fixtures.daily;
import static io.ssi.core.Fixtures.daysBefore;
import static io.ssi.core.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The aggregates the engine hands to rules. Small logs with exact expectations:
 * steady weekly rates, the daily cap, recency weighting, contact facets, new connections and
 * welcomes, multi-threading, active days, and the builder options that change them.
 */
final class ScoringContextTest {

    private static final MemberProfile ACME_MEMBER = MemberProfile.builder("m")
            .targetAccounts(Set.of("acme", "globex")).build();

    private static ScoringContext context(List<Activity> log) {
        return ScoringContext.of(ACME_MEMBER, log, AS_OF, Fixtures.PLAIN);
    }

    private static ScoringContext context(SsiCalculator.Builder options, List<Activity> log) {
        return Fixtures.contextOf(options, ACME_MEMBER, log, AS_OF);
    }

    // ---- steady rates

    @ParameterizedTest(name = "{0} a day")
    @ValueSource(ints = {1, 2, 3, 20})
    void steadyDailyActivityGivesItsWeeklyRate(int perDay) {
        ScoringContext c = context(daily(POST_COMMENTED, perDay, AS_OF, 90));

        assertThat(c.weeklyRate(POST_COMMENTED)).isCloseTo(7.0 * perDay, within(1e-9));
        assertThat(c.count(POST_COMMENTED)).isEqualTo(90 * perDay);
        assertThat(c.weeklyRate(POST_LIKED)).isZero();
    }

    @Test
    void fiveWeekdaysAWeekGiveARateOfFiveWhateverTheWeekday() {
        double sum = 0;
        for (int phase = 0; phase < 7; phase++) {
            List<Activity> log = new ArrayList<>();
            for (int d = 0; d < 90; d++) {
                if ((d + phase) % 7 < 5) {
                    log.add(activity("c" + d, POST_COMMENTED, daysBefore(AS_OF, d)));
                }
            }
            double rate = context(log).weeklyRate(POST_COMMENTED);
            assertThat(rate).as("phase %d", phase).isCloseTo(5.0, within(0.15));
            sum += rate;
        }
        // Over the seven phases every day of the window is active five times in seven.
        assertThat(sum / 7).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void countInWindowTurnsAWeeklyRateIntoTheWindowsCount() {
        assertThat(context(List.of()).countInWindow(7)).isCloseTo(90.0, within(1e-12));
        assertThat(context(SsiCalculator.builder().window(Duration.ofDays(28)), List.of()).countInWindow(3))
                .isCloseTo(12.0, within(1e-12));
    }

    @Test
    void anEmptyLogHasNothing() {
        ScoringContext c = context(List.of());

        for (ActivityType t : ActivityType.values()) {
            assertThat(c.count(t)).isZero();
            assertThat(c.weeklyRate(t)).isZero();
            assertThat(c.weeklyEngagement(t)).isZero();
            assertThat(c.distinctContacts(t)).isZero();
        }
        assertThat(c.activeDays(EnumSet.allOf(ActivityType.class))).isZero();
        assertThat(c.weeklyActiveDays(EnumSet.allOf(ActivityType.class))).isZero();
        assertThat(c.newConnections()).isZero();
        assertThat(c.welcomedNewConnections()).isZero();
        assertThat(c.newConnectionsAt("acme")).isZero();
    }

    // ---- daily cap

    @Test
    void dailyCapLimitsWeightedRatesButNotRawCounts() {
        ScoringContext burst = context(daily(POST_LIKED, 500, AS_OF, 1));
        ScoringContext atCap = context(daily(POST_LIKED, 20, AS_OF, 1));
        ScoringContext half = context(daily(POST_LIKED, 10, AS_OF, 1));

        assertThat(burst.count(POST_LIKED)).isEqualTo(500);
        assertThat(burst.weeklyRate(POST_LIKED)).isEqualTo(atCap.weeklyRate(POST_LIKED));
        assertThat(half.weeklyRate(POST_LIKED)).isCloseTo(atCap.weeklyRate(POST_LIKED) / 2, within(1e-12));
        assertThat(burst.dailyCap()).isEqualTo(20);
    }

    @Test
    void dailyCapAppliesPerDayAndPerType() {
        List<Activity> log = new ArrayList<>(daily(POST_LIKED, 25, AS_OF, 90));
        log.addAll(daily(POST_COMMENTED, 25, AS_OF, 1));

        ScoringContext c = context(log);

        assertThat(c.weeklyRate(POST_LIKED)).isCloseTo(7.0 * 20, within(1e-9));
        assertThat(c.count(POST_LIKED)).isEqualTo(90 * 25);
        assertThat(c.weeklyRate(POST_COMMENTED)).isEqualTo(context(daily(POST_COMMENTED, 20, AS_OF, 1))
                .weeklyRate(POST_COMMENTED));
    }

    @Test
    void dailyCapOptionChangesTheCap() {
        SsiCalculator.Builder capFive = SsiCalculator.builder().dailyCap(5);

        ScoringContext c = context(capFive, daily(POST_LIKED, 12, AS_OF, 90));

        assertThat(c.dailyCap()).isEqualTo(5);
        assertThat(c.weeklyRate(POST_LIKED)).isCloseTo(35.0, within(1e-9));
        assertThat(c.count(POST_LIKED)).isEqualTo(90 * 12);
    }

    // ---- recency

    @Test
    void activityHalfLifeOldWeighsHalf() {
        double today = context(List.of(activity("a", POST_LIKED, AS_OF))).weeklyRate(POST_LIKED);
        double monthOld = context(List.of(activity("a", POST_LIKED, daysBefore(AS_OF, 30)))).weeklyRate(POST_LIKED);
        double twoMonthsOld = context(List.of(activity("a", POST_LIKED, daysBefore(AS_OF, 60)))).weeklyRate(POST_LIKED);

        assertThat(monthOld / today).isCloseTo(0.5, within(1e-12));
        assertThat(twoMonthsOld / today).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void ageIsCountedInWholeDaysOfTheMembersCalendar() {
        double earlyToday = context(List.of(activity("a", POST_LIKED, Instant.parse("2026-11-30T00:00:01Z"))))
                .weeklyRate(POST_LIKED);
        double lateToday = context(List.of(activity("a", POST_LIKED, AS_OF))).weeklyRate(POST_LIKED);
        double lateYesterday = context(List.of(activity("a", POST_LIKED, Instant.parse("2026-11-29T23:59:59Z"))))
                .weeklyRate(POST_LIKED);

        assertThat(earlyToday).isEqualTo(lateToday);
        assertThat(lateYesterday / lateToday).isCloseTo(Math.pow(0.5, 1 / 30.0), within(1e-12));
    }

    @Test
    void halfLifeOptionChangesTheDecay() {
        SsiCalculator.Builder fifteen = SsiCalculator.builder().halfLife(Duration.ofDays(15));

        double today = context(fifteen, List.of(activity("a", POST_LIKED, AS_OF))).weeklyRate(POST_LIKED);
        double monthOld = context(fifteen, List.of(activity("a", POST_LIKED, daysBefore(AS_OF, 30))))
                .weeklyRate(POST_LIKED);

        assertThat(monthOld / today).isCloseTo(0.25, within(1e-12));
        assertThat(context(fifteen, List.of()).halfLifeDays()).isEqualTo(15.0);
        assertThat(context(SsiCalculator.builder().halfLife(Duration.ofHours(36)), List.of()).halfLifeDays())
                .isEqualTo(1.5);
    }

    @Test
    void aSteadyRateReadsTheSameWhateverTheHalfLife() {
        for (int days : new int[] {1, 7, 30, 365}) {
            ScoringContext c = context(SsiCalculator.builder().halfLife(Duration.ofDays(days)),
                    daily(POST_COMMENTED, 1, AS_OF, 90));
            assertThat(c.weeklyRate(POST_COMMENTED)).as("half-life %d days", days).isCloseTo(7.0, within(1e-9));
        }
    }

    @Test
    void inactivityLowersTheRateGradually() {
        double previous = Double.MAX_VALUE;
        for (int idle = 0; idle <= 60; idle += 10) {
            List<Activity> log = new ArrayList<>();
            for (int d = idle; d < 90; d++) {
                log.add(activity("c" + d, POST_COMMENTED, daysBefore(AS_OF, d)));
            }
            double rate = context(log).weeklyRate(POST_COMMENTED);
            assertThat(rate).as("%d idle days", idle).isLessThan(previous).isGreaterThan(0);
            previous = rate;
        }
    }

    // ---- the window option

    @Test
    void windowOptionChangesWhatCounts() {
        SsiCalculator.Builder month = SsiCalculator.builder().window(Duration.ofDays(30));
        List<Activity> log = new ArrayList<>(daily(POST_COMMENTED, 1, AS_OF, 30));
        log.add(activity("old", POST_COMMENTED, daysBefore(AS_OF, 45)));

        ScoringContext c = context(month, log);

        assertThat(c.windowDays()).isEqualTo(30);
        assertThat(c.count(POST_COMMENTED)).isEqualTo(30);
        assertThat(c.weeklyRate(POST_COMMENTED)).isCloseTo(7.0, within(1e-9));
        assertThat(context(log).count(POST_COMMENTED)).isEqualTo(31);
        assertThat(month.build().score(ACME_MEMBER, log, AS_OF).ignored().beforeWindow()).isEqualTo(1);
    }

    @Test
    void aOneDayWindowHoldsOnlyAsOfsDay() {
        SsiCalculator.Builder day = SsiCalculator.builder().window(Duration.ofDays(1));
        List<Activity> log = List.of(activity("today", POST_LIKED, Instant.parse("2026-11-30T00:00:00Z")),
                activity("yesterday", POST_LIKED, Instant.parse("2026-11-29T23:59:59Z")));

        ScoringContext c = context(day, log);

        assertThat(c.count(POST_LIKED)).isEqualTo(1);
        assertThat(c.weeklyRate(POST_LIKED)).isCloseTo(7.0, within(1e-12));
        assertThat(c.activeDays(Set.of(POST_LIKED))).isEqualTo(1);
    }

    @Test
    void contextDescribesItsWindow() {
        ScoringContext c = context(List.of());

        assertThat(c.profile()).isEqualTo(ACME_MEMBER);
        assertThat(c.asOf()).isEqualTo(AS_OF);
        assertThat(c.asOfDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(c.windowDays()).isEqualTo(90);
        assertThat(c.halfLifeDays()).isEqualTo(30.0);
        assertThat(c.dailyCap()).isEqualTo(20);
    }

    @Test
    void standAloneContextEqualsTheEnginesWithDefaultOptions() {
        List<Activity> log = LogGenerator.log(5, 600, daysBefore(AS_OF, 100), AS_OF.plusSeconds(86_400));
        SsiCalculator probes = Probes.calculator().build();

        // The probes read every aggregate; a stand-alone context must agree on each.
        SsiScore engine = probes.score(ACME_MEMBER, log, AS_OF);
        ScoringContext alone = ScoringContext.of(ACME_MEMBER, log, AS_OF);
        for (io.ssi.core.spi.ScoringRule rule : probes.rules()) {
            RuleContribution expected = rule.evaluate(alone);
            assertThat(engine.pillar(rule.pillar()).contributions()).as(rule.id()).contains(expected);
        }
    }

    // ---- facets

    static Stream<Arguments> facets() {
        EnumSet<ContactFacet> none = EnumSet.noneOf(ContactFacet.class);
        return Stream.of(
                Arguments.of(Contact.builder("c").seniority(Seniority.VP).build(), EnumSet.of(ContactFacet.DECISION_MAKER)),
                Arguments.of(Contact.builder("c").seniority(Seniority.CXO).build(), EnumSet.of(ContactFacet.DECISION_MAKER)),
                Arguments.of(Contact.builder("c").seniority(Seniority.OWNER).build(),
                        EnumSet.of(ContactFacet.DECISION_MAKER)),
                Arguments.of(Contact.builder("c").seniority(Seniority.PARTNER).build(),
                        EnumSet.of(ContactFacet.DECISION_MAKER)),
                Arguments.of(Contact.builder("c").seniority(Seniority.DIRECTOR).build(), none),
                Arguments.of(Contact.builder("c").seniority(Seniority.UNKNOWN).build(), none),
                Arguments.of(Contact.builder("c").degree(3).build(), EnumSet.of(ContactFacet.OUT_OF_NETWORK)),
                Arguments.of(Contact.builder("c").degree(2).build(), none),
                Arguments.of(Contact.builder("c").degree(0).build(), none),
                Arguments.of(Contact.builder("c").accountId("acme").build(), EnumSet.of(ContactFacet.TARGET_ACCOUNT)),
                Arguments.of(Contact.builder("c").accountId("initech").build(), none),
                Arguments.of(Contact.builder("c").colleague(true).build(), EnumSet.of(ContactFacet.COLLEAGUE)),
                Arguments.of(Contact.builder("c").seniority(Seniority.CXO).degree(3).accountId("globex").colleague(true)
                        .build(), EnumSet.complementOf(EnumSet.of(ContactFacet.ANY))));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("facets")
    void contactFacetsCountOnlyContactsWithTheQuality(Contact contact, Set<ContactFacet> expected) {
        ScoringContext c = context(List.of(activity("v", PROFILE_VIEWED, AS_OF, contact),
                activity("x", PROFILE_VIEWED, AS_OF)));
        double perActivity = c.weeklyRate(PROFILE_VIEWED) / 2;

        assertThat(c.count(PROFILE_VIEWED, ContactFacet.ANY)).isEqualTo(2);
        for (ContactFacet f : EnumSet.complementOf(EnumSet.of(ContactFacet.ANY))) {
            int n = expected.contains(f) ? 1 : 0;
            assertThat(c.count(PROFILE_VIEWED, f)).as("%s", f).isEqualTo(n);
            assertThat(c.weeklyRate(PROFILE_VIEWED, f)).as("%s", f).isCloseTo(n * perActivity, within(1e-12));
        }
        assertThat(c.count(PROFILE_VIEWED)).isEqualTo(c.count(PROFILE_VIEWED, ContactFacet.ANY));
        assertThat(c.weeklyRate(PROFILE_VIEWED)).isEqualTo(c.weeklyRate(PROFILE_VIEWED, ContactFacet.ANY));
    }

    @Test
    void facetsAreCappedPerDayOnTheirOwn() {
        Contact vp = Contact.builder("vp").seniority(Seniority.VP).build();
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            log.add(activity("v" + i, PROFILE_VIEWED, AS_OF.minusSeconds(i), i < 25 ? vp : Fixtures.contact("x" + i)));
        }

        ScoringContext c = context(log);

        assertThat(c.count(PROFILE_VIEWED, ContactFacet.DECISION_MAKER)).isEqualTo(25);
        assertThat(c.weeklyRate(PROFILE_VIEWED, ContactFacet.DECISION_MAKER)).isEqualTo(c.weeklyRate(PROFILE_VIEWED));
    }

    @Test
    void distinctContactsCountsEachContactOncePerType() {
        List<Activity> log = List.of(
                activity("1", PROFILE_VIEWED, AS_OF, Fixtures.contact("ann")),
                activity("2", PROFILE_VIEWED, daysBefore(AS_OF, 3), Fixtures.contact("ann")),
                activity("3", PROFILE_VIEWED, daysBefore(AS_OF, 4), Contact.builder("bob").seniority(Seniority.VP).build()),
                activity("4", PROFILE_VIEWED, AS_OF),
                activity("5", POST_LIKED, AS_OF, Fixtures.contact("carl")),
                activity("6", PROFILE_VIEWED, daysBefore(AS_OF, 100), Fixtures.contact("dora")));

        ScoringContext c = context(log);

        assertThat(c.distinctContacts(PROFILE_VIEWED)).isEqualTo(2);
        assertThat(c.distinctContacts(POST_LIKED)).isEqualTo(1);
        assertThat(c.count(PROFILE_VIEWED)).isEqualTo(4);
    }

    // ---- connections and welcomes

    private static Contact at(String id, String account) {
        return Contact.builder(id).accountId(account).build();
    }

    @Test
    void newConnectionsAreDistinctContactsPlusAnonymousConnections() {
        List<Activity> log = List.of(
                activity("1", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 1), Fixtures.contact("ann")),
                activity("2", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 2), Fixtures.contact("ann")),
                activity("3", CONNECTION_INVITE_ACCEPTED, daysBefore(AS_OF, 3), Fixtures.contact("ann")),
                activity("4", CONNECTION_INVITE_ACCEPTED, daysBefore(AS_OF, 4), Fixtures.contact("bob")),
                activity("5", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 5)),
                activity("6", CONNECTION_INVITE_ACCEPTED, daysBefore(AS_OF, 6)),
                activity("7", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 95), Fixtures.contact("carl")),
                activity("8", ActivityType.CONNECTION_REQUEST_SENT, daysBefore(AS_OF, 1), Fixtures.contact("dora")));

        ScoringContext c = context(log);

        assertThat(c.newConnections()).isEqualTo(4);
        assertThat(c.distinctContacts(CONNECTION_REQUEST_ACCEPTED)).isEqualTo(1);
        assertThat(c.distinctContacts(CONNECTION_INVITE_ACCEPTED)).isEqualTo(2);
    }

    @Test
    void aWelcomeNamingAContactCountsOnlyForThatNewConnection() {
        List<Activity> log = List.of(
                activity("c1", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 10), Fixtures.contact("ann")),
                activity("c2", CONNECTION_INVITE_ACCEPTED, daysBefore(AS_OF, 10), Fixtures.contact("bob")),
                activity("c3", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 120), Fixtures.contact("dora")),
                activity("w1", WELCOME_MESSAGE_SENT, daysBefore(AS_OF, 9), Fixtures.contact("ann")),
                activity("w2", WELCOME_MESSAGE_SENT, daysBefore(AS_OF, 8), Fixtures.contact("ann")),
                activity("w3", WELCOME_MESSAGE_SENT, daysBefore(AS_OF, 9), Fixtures.contact("carl")),
                activity("w4", WELCOME_MESSAGE_SENT, daysBefore(AS_OF, 9), Fixtures.contact("dora")));

        ScoringContext c = context(log);

        assertThat(c.newConnections()).isEqualTo(2);
        assertThat(c.welcomedNewConnections()).isEqualTo(1);
    }

    @Test
    void aWelcomeWithoutContactCountsForOneUnwelcomedNewConnection() {
        List<Activity> connections = List.of(
                activity("c1", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 10), Fixtures.contact("ann")),
                activity("c2", CONNECTION_INVITE_ACCEPTED, daysBefore(AS_OF, 10), Fixtures.contact("bob")),
                activity("c3", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 10)),
                activity("wa", WELCOME_MESSAGE_SENT, daysBefore(AS_OF, 9), Fixtures.contact("ann")));

        assertThat(context(connections).welcomedNewConnections()).isEqualTo(1);
        assertThat(context(with(connections, 1)).welcomedNewConnections()).isEqualTo(2);
        assertThat(context(with(connections, 2)).welcomedNewConnections()).isEqualTo(3);
        assertThat(context(with(connections, 5)).welcomedNewConnections()).isEqualTo(3);
        assertThat(context(with(connections, 5)).newConnections()).isEqualTo(3);
    }

    private static List<Activity> with(List<Activity> log, int anonymousWelcomes) {
        List<Activity> all = new ArrayList<>(log);
        for (int i = 0; i < anonymousWelcomes; i++) {
            all.add(activity("anon-" + i, WELCOME_MESSAGE_SENT, daysBefore(AS_OF, 5)));
        }
        return all;
    }

    @Test
    void welcomesWithoutNewConnectionsCountForNothing() {
        List<Activity> log = List.of(activity("w1", WELCOME_MESSAGE_SENT, AS_OF),
                activity("w2", WELCOME_MESSAGE_SENT, AS_OF, Fixtures.contact("ann")));

        assertThat(context(log).welcomedNewConnections()).isZero();
    }

    @Test
    void aConnectionAndItsWelcomeCountOnlyWhileBothAreInTheWindow() {
        List<Activity> log = List.of(
                activity("c", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 10), Fixtures.contact("ann")),
                activity("w", WELCOME_MESSAGE_SENT, daysBefore(AS_OF, 92), Fixtures.contact("ann")));

        assertThat(context(log).newConnections()).isEqualTo(1);
        assertThat(context(log).welcomedNewConnections()).isZero();
    }

    @Test
    void newConnectionsAtAnAccountCountDistinctContactsConnectedInTheWindow() {
        List<Activity> log = List.of(
                activity("1", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 1), at("ann", "acme")),
                activity("2", CONNECTION_INVITE_ACCEPTED, daysBefore(AS_OF, 2), at("bob", "acme")),
                activity("3", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 3), at("carl", "acme")),
                activity("4", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 4), at("carl", "acme")),
                activity("5", CONNECTION_INVITE_ACCEPTED, daysBefore(AS_OF, 5), at("carl", "acme")),
                activity("6", PROFILE_VIEWED, daysBefore(AS_OF, 1), at("dora", "acme")),
                activity("7", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 91), at("erin", "acme")),
                activity("8", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 1), Fixtures.contact("frank")),
                activity("9", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 1), at("gina", "initech")),
                activity("10", CONNECTION_REQUEST_ACCEPTED, AS_OF.plusSeconds(1), at("hal", "acme")));

        ScoringContext c = context(log);

        assertThat(c.newConnectionsAt("acme")).isEqualTo(3);
        assertThat(c.newConnectionsAt("initech")).isEqualTo(1);
        assertThat(c.newConnectionsAt("globex")).isZero();
        assertThat(c.newConnectionsAt("unknown")).isZero();
    }

    // ---- active days

    @Test
    void activeDaysCountDistinctDaysWithOneOfTheTypes() {
        List<Activity> log = List.of(
                activity("1", POST_LIKED, AS_OF),
                activity("2", POST_LIKED, AS_OF.minusSeconds(60)),
                activity("3", POST_LIKED, daysBefore(AS_OF, 2)),
                activity("4", POST_COMMENTED, daysBefore(AS_OF, 2)),
                activity("5", POST_COMMENTED, daysBefore(AS_OF, 5)),
                activity("6", PROFILE_VIEW_RECEIVED, daysBefore(AS_OF, 7)),
                activity("7", POST_LIKED, daysBefore(AS_OF, 90)),
                activity("8", POST_LIKED, AS_OF.plusSeconds(60)));

        ScoringContext c = context(log);

        assertThat(c.activeDays(Set.of(POST_LIKED))).isEqualTo(2);
        assertThat(c.activeDays(Set.of(POST_LIKED, POST_COMMENTED))).isEqualTo(3);
        assertThat(c.activeDays(Set.of(POST_LIKED, POST_COMMENTED, PROFILE_VIEW_RECEIVED))).isEqualTo(4);
        assertThat(c.activeDays(Set.of())).isZero();
        assertThat(c.weeklyActiveDays(Set.of())).isZero();
    }

    @Test
    void weeklyActiveDaysCountDaysNotActivitiesAndTopOutAtSeven() {
        ScoringContext everyDay = context(daily(POST_LIKED, 5, AS_OF, 90));
        ScoringContext onlyToday = context(daily(POST_LIKED, 5, AS_OF, 1));
        ScoringContext oneToday = context(daily(POST_LIKED, 1, AS_OF, 1));

        assertThat(everyDay.weeklyActiveDays(Set.of(POST_LIKED))).isCloseTo(7.0, within(1e-9));
        assertThat(everyDay.activeDays(Set.of(POST_LIKED))).isEqualTo(90);
        // One day today weighs what one activity today does.
        assertThat(onlyToday.weeklyActiveDays(Set.of(POST_LIKED))).isCloseTo(oneToday.weeklyRate(POST_LIKED),
                within(1e-12));
        assertThat(oneToday.weeklyActiveDays(Set.of(POST_LIKED)))
                .isEqualTo(onlyToday.weeklyActiveDays(Set.of(POST_LIKED)));
    }

    @Test
    void weeklyActiveDaysAreRecencyWeighted() {
        double today = context(List.of(activity("a", POST_LIKED, AS_OF))).weeklyActiveDays(Set.of(POST_LIKED));
        double monthOld = context(List.of(activity("a", POST_LIKED, daysBefore(AS_OF, 30))))
                .weeklyActiveDays(Set.of(POST_LIKED));

        assertThat(monthOld / today).isCloseTo(0.5, within(1e-12));
    }

    // ---- engagement

    @Test
    void engagementCountsOnlyForContentAndIsRecencyWeighted() {
        List<Activity> log = List.of(
                Activity.builder(POST_PUBLISHED, AS_OF).id("p1").engagement(31).build(),
                Activity.builder(POST_PUBLISHED, daysBefore(AS_OF, 30)).id("p2").engagement(10).build(),
                Activity.builder(POST_LIKED, AS_OF).id("l1").engagement(1000).build(),
                Activity.builder(ActivityType.GROUP_POST_PUBLISHED, AS_OF).id("g1").engagement(4).build());

        ScoringContext c = context(log);
        double oneToday = context(List.of(activity("x", POST_PUBLISHED, AS_OF))).weeklyRate(POST_PUBLISHED);

        assertThat(c.weeklyEngagement(POST_PUBLISHED)).isCloseTo((31 + 10 * 0.5) * oneToday, within(1e-9));
        assertThat(c.weeklyEngagement(ActivityType.GROUP_POST_PUBLISHED)).isCloseTo(4 * oneToday, within(1e-12));
        assertThat(c.weeklyEngagement(POST_LIKED)).isZero();
    }

    // ---- null arguments

    static Stream<Arguments> nullArguments() {
        ScoringContext c = context(List.of());
        return Stream.of(
                npe("count", () -> c.count(null), "type"),
                npe("count of a facet without type", () -> c.count(null, ContactFacet.ANY), "type"),
                npe("count without facet", () -> c.count(POST_LIKED, null), "facet"),
                npe("weekly rate", () -> c.weeklyRate(null), "type"),
                npe("weekly rate without facet", () -> c.weeklyRate(POST_LIKED, null), "facet"),
                npe("weekly engagement", () -> c.weeklyEngagement(null), "contentType"),
                npe("active days", () -> c.activeDays(null), "types"),
                npe("weekly active days", () -> c.weeklyActiveDays(null), "types"),
                npe("distinct contacts", () -> c.distinctContacts(null), "type"),
                npe("new connections at", () -> c.newConnectionsAt(null), "accountId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nullArguments")
    void contextRejectsNullArguments(BadInput bad) {
        bad.assertRejected();
    }

    @Test
    void contextIsAnImmutableSnapshot() {
        List<Activity> log = new ArrayList<>(daily(POST_LIKED, 1, AS_OF, 10));
        ScoringContext c = context(log);
        double rate = c.weeklyRate(POST_LIKED);
        log.clear();
        context(daily(POST_LIKED, 5, AS_OF, 90));

        assertThat(c.weeklyRate(POST_LIKED)).isEqualTo(rate);
        assertThat(c.count(POST_LIKED)).isEqualTo(10);
    }

    // ---- accounts and plain engagement (standard-2's reads)

    @Test
    void accountsWithNewConnectionsCountEveryAccountTheLogNamesWhetherTargetOrNot() {
        List<Activity> log = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            log.add(activity("a" + k, CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, k + 1),
                    Contact.builder("a-contact-" + k).accountId("initech").build()));
        }
        log.add(activity("b", CONNECTION_INVITE_ACCEPTED, daysBefore(AS_OF, 2),
                Contact.builder("b-contact").accountId("hooli").build()));
        // Two rows for one contact are one connection.
        log.add(activity("b2", CONNECTION_REQUEST_ACCEPTED, daysBefore(AS_OF, 3),
                Contact.builder("b-contact").accountId("hooli").build()));
        ScoringContext c = context(log);
        assertThat(c.accountsWithNewConnections(1)).isEqualTo(2);
        assertThat(c.accountsWithNewConnections(2)).isEqualTo(1);
        assertThat(c.accountsWithNewConnections(3)).isEqualTo(1);
        assertThat(c.accountsWithNewConnections(4)).isZero();
        assertThat(c.targetAccountsWithNewConnections(3)).as("initech is no target account of the member").isZero();
        assertThatThrownBy(() -> c.accountsWithNewConnections(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("atLeast must be >= 1, but was 0");
    }

    @Test
    void plainEngagementSumsTheWindowUnweightedAndCapsEachItem() {
        List<Activity> log = List.of(
                Activity.builder(POST_PUBLISHED, daysBefore(AS_OF, 1)).id("p1").engagement(7).build(),
                Activity.builder(POST_PUBLISHED, daysBefore(AS_OF, 60)).id("p2").engagement(500).build(),
                Activity.builder(POST_PUBLISHED, daysBefore(AS_OF, 200)).id("old").engagement(9).build(),
                Activity.builder(POST_LIKED, daysBefore(AS_OF, 2)).id("l").engagement(40).build());
        assertThat(context(log).engagement(POST_PUBLISHED)).isEqualTo(507);
        assertThat(context(log).engagement(POST_LIKED)).isZero();
        ScoringContext capped = ScoringContext.of(ACME_MEMBER, log, AS_OF, Fixtures.PLAIN.withEngagementCap(20));
        assertThat(capped.engagement(POST_PUBLISHED)).isEqualTo(27);
        assertThat(ScoringContext.of(ACME_MEMBER, log, AS_OF).engagement(POST_PUBLISHED))
                .as("the default cap is 20 an item").isEqualTo(27);
    }
}
