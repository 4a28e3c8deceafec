package io.ssi.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Near-duplicates: rows with another id but the same type, instant and contact count once by
 * default and are reported as suspected duplicates; rows without a contact compare only with
 * the same engagement and off a whole minute; a builder option counts every id again.
 */
final class NearDuplicatesTest {

    private static final String[] ZONES = {"UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu"};
    private static final Contact ANN = Contact.builder("ann").seniority(Seniority.VP).accountId("acme").build();

    private static MemberProfile member(long seed) {
        return MemberProfile.builder("m").timeZone(ZoneId.of(ZONES[(int) Math.floorMod(seed, ZONES.length)]))
                .targetAccounts(Set.of("acme", "globex")).build();
    }

    private static List<Activity> log(long seed, int rows) {
        return LogGenerator.log(seed, rows, daysBefore(AS_OF, 105), AS_OF.plusSeconds(3 * 86_400));
    }

    private static Activity copy(Activity a, String id) {
        Activity.Builder b = Activity.builder(a.type(), a.at()).id(id).engagement(a.engagement());
        a.contact().ifPresent(b::contact);
        return b.build();
    }

    private static SsiScore score(SsiCalculator calc, MemberProfile member, List<Activity> log) {
        return calc.score(member, log, AS_OF);
    }

    @Test
    void aRowAgainUnderANewIdChangesNoFigureAndIsOneMoreSuspectedDuplicate() {
        SsiCalculator calc = Probes.calculator().build();
        qt().withExamples(Examples.of(60))
                .forAll(longs().all(), integers().between(1, 250), integers().between(0, 10_000))
                .checkAssert((seed, rows, pick) -> {
                    List<Activity> log = log(seed, rows);
                    // A row whose id is its own, so that it is the row its id counts.
                    Map<String, Integer> ids = new HashMap<>();
                    log.forEach(a -> ids.merge(a.id(), 1, Integer::sum));
                    List<Activity> own = log.stream().filter(a -> ids.get(a.id()) == 1)
                            .filter(a -> a.contact().isPresent() || a.at().getNano() != 0).toList();
                    if (own.isEmpty()) {
                        return;
                    }
                    Activity row = own.get(pick % own.size());
                    List<Activity> again = new ArrayList<>(log);
                    again.add(pick % (again.size() + 1), copy(row, "copy-of-" + row.id()));

                    SsiScore before = score(calc, member(seed), log);
                    SsiScore after = score(calc, member(seed), again);

                    assertThat(after.contributions()).isEqualTo(before.contributions());
                    assertThat(after.total()).isEqualTo(before.total());
                    IgnoredActivities was = before.ignored();
                    assertThat(after.ignored()).isEqualTo(new IgnoredActivities(was.duplicates(), was.afterAsOf(),
                            was.beforeWindow(), was.suspectedDuplicates() + 1));
                });
    }

    @Test
    void orderNeverChangesTheScoreWithNearDuplicates() {
        qt().withExamples(Examples.of(30)).forAll(longs().all(), integers().between(0, 300), integers().between(1, 120))
                .checkAssert((seed, rows, windowDays) -> {
                    SsiCalculator calc = Probes.calculator().window(Duration.ofDays(windowDays)).build();
                    List<Activity> log = new ArrayList<>(log(seed, rows));
                    Random random = new Random(seed);
                    // Near-duplicates that disagree on what the key leaves out: which one counts must not
                    // depend on the order.
                    for (int i = 0; i < rows / 10; i++) {
                        Activity a = log.get(random.nextInt(log.size()));
                        Activity.Builder b = Activity.builder(a.type(), a.at()).id("variant-" + i)
                                .engagement(random.nextInt(40));
                        a.contact().ifPresent(c -> b.contact(Contact.builder(c.id()).seniority(Seniority.CXO)
                                .degree(random.nextInt(4)).build()));
                        log.add(b.build());
                    }
                    List<Activity> shuffled = new ArrayList<>(log);
                    Collections.shuffle(shuffled, random);

                    assertThat(score(calc, member(seed), shuffled)).isEqualTo(score(calc, member(seed), log));
                });
    }

    @Test
    void everyRowIsCountedOnceSomewhere() {
        qt().withExamples(Examples.of(40))
                .forAll(longs().all(), integers().between(0, 300)).checkAssert((seed, rows) -> {
            List<Activity> log = log(seed, rows);
            SsiCalculator calc = SsiCalculator.builder().rules(List.of(TestRule.measuring("test.all",
                    Pillar.FIND_RIGHT_PEOPLE, 1e9, c -> {
                        int n = 0;
                        for (ActivityType t : ActivityType.values()) {
                            n += c.count(t);
                        }
                        return n;
                    }))).build();
            SsiScore s = score(calc, member(seed), log);

            assertThat(s.contributions().get(0).evidence().measured() + s.ignored().total()).isEqualTo(log.size());
        });
    }

    @Test
    void sameTypeInstantAndContactCountOnceWhateverElseDiffers() {
        Instant at = daysBefore(AS_OF, 3);
        Activity first = Activity.builder(ActivityType.MESSAGE_SENT, at).id("a").contact(ANN).build();
        Activity reimported = Activity.builder(ActivityType.MESSAGE_SENT, at).id("b")
                .contact(Contact.builder("ann").seniority(Seniority.DIRECTOR).build()).build();
        Activity otherContact = Activity.builder(ActivityType.MESSAGE_SENT, at).id("c")
                .contact(Contact.builder("bob").build()).build();
        Activity otherType = Activity.builder(ActivityType.INMAIL_SENT, at).id("d").contact(ANN).build();
        Activity otherInstant = Activity.builder(ActivityType.MESSAGE_SENT, at.plusNanos(1)).id("e").contact(ANN).build();

        SsiScore s = Fixtures.calculator(TestRule.measuring("test.messages", Pillar.ENGAGE_WITH_INSIGHTS, 1e9,
                c -> c.count(ActivityType.MESSAGE_SENT))).score(Fixtures.member(),
                List.of(first, reimported, otherContact, otherType, otherInstant), AS_OF);

        assertThat(s.contributions().get(0).evidence().measured()).isEqualTo(3);
        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(0, 0, 0, 1));
    }

    @Test
    void withoutAContactRowsMustAlsoAgreeOnEngagementAndHaveAnExactInstant() {
        Instant exact = daysBefore(AS_OF, 2).plusMillis(1_234);
        List<Activity> log = List.of(
                Activity.builder(ActivityType.POST_PUBLISHED, exact).id("p1").engagement(12).build(),
                Activity.builder(ActivityType.POST_PUBLISHED, exact).id("p2").engagement(12).build(),
                Activity.builder(ActivityType.POST_PUBLISHED, exact).id("p3").engagement(40).build(),
                // Known only by their date: distinct posts of one day, all at noon, all count.
                Activity.builder(ActivityType.POST_PUBLISHED, LocalDate.of(2026, 11, 20), ZoneId.of("Asia/Kathmandu"))
                        .id("d1").build(),
                Activity.builder(ActivityType.POST_PUBLISHED, LocalDate.of(2026, 11, 20), ZoneId.of("Asia/Kathmandu"))
                        .id("d2").build());
        MemberProfile kathmandu = MemberProfile.builder("m").timeZone(ZoneId.of("Asia/Kathmandu")).build();

        SsiScore s = Fixtures.calculator(TestRule.measuring("test.posts", Pillar.PROFESSIONAL_BRAND, 1e9,
                c -> c.count(ActivityType.POST_PUBLISHED))).score(kathmandu, log, AS_OF);

        assertThat(s.contributions().get(0).evidence().measured()).isEqualTo(4);
        assertThat(s.ignored().suspectedDuplicates()).isEqualTo(1);
    }

    @Test
    void dateOnlyRowsOfOneTypeAndContactOnOneDayCountOnce() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate day = LocalDate.of(2026, 11, 20);
        List<Activity> log = List.of(
                Activity.builder(ActivityType.MESSAGE_SENT, day, berlin).id("m1").contact(ANN).build(),
                Activity.builder(ActivityType.MESSAGE_SENT, day, berlin).id("m2").contact(ANN).build());

        SsiScore s = Fixtures.calculator(TestRule.weeklyRate("engage.messages", Pillar.ENGAGE_WITH_INSIGHTS, 25,
                ActivityType.MESSAGE_SENT)).score(MemberProfile.builder("m").timeZone(berlin).build(), log, AS_OF);

        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(0, 0, 0, 1));
    }

    @Test
    void aRowThatIsBothADuplicateAndANearDuplicateIsCountedAsTheDuplicate() {
        Activity a = Activity.builder(ActivityType.PROFILE_VIEWED, daysBefore(AS_OF, 1)).id("x").contact(ANN).build();
        Activity b = copy(a, "y");
        // Ignored rows are near-duplicates too: a re-import of a row after asOf is not also "after asOf".
        Activity late = Activity.builder(ActivityType.PROFILE_VIEWED, AS_OF.plusSeconds(60)).id("late").contact(ANN)
                .build();

        SsiScore s = Fixtures.calculator(TestRule.constant("find.a", Pillar.FIND_RIGHT_PEOPLE, 5, 1))
                .score(Fixtures.member(), List.of(a, b, a, b, late, copy(late, "late-again")), AS_OF);

        assertThat(s.ignored()).isEqualTo(new IgnoredActivities(2, 1, 0, 2));
    }

    @Test
    void theBuilderOptionCountsEveryIdAndIsPartOfTheFingerprint() {
        Activity a = Activity.builder(ActivityType.POST_COMMENTED, daysBefore(AS_OF, 1)).id("x").contact(ANN).build();
        List<Activity> log = List.of(a, copy(a, "y"), copy(a, "z"));
        TestRule comments = TestRule.measuring("engage.comments", Pillar.ENGAGE_WITH_INSIGHTS, 1e9,
                c -> c.count(ActivityType.POST_COMMENTED));
        SsiCalculator once = SsiCalculator.builder().rules(List.of(comments)).build();
        SsiCalculator every = SsiCalculator.builder().rules(List.of(comments)).nearDuplicates(false).build();

        assertThat(once.score(Fixtures.member(), log, AS_OF).total()).isEqualTo(1);
        assertThat(once.score(Fixtures.member(), log, AS_OF).ignored().suspectedDuplicates()).isEqualTo(2);
        assertThat(every.score(Fixtures.member(), log, AS_OF).total()).isEqualTo(3);
        assertThat(every.score(Fixtures.member(), log, AS_OF).ignored()).isEqualTo(IgnoredActivities.NONE);
        assertThat(every.fingerprint()).isNotEqualTo(once.fingerprint());
        assertThat(every.options().signature()).contains(", near-duplicates counted");
        assertThat(once.options().signature()).isEqualTo(ScoringOptions.defaults().signature())
                .doesNotContain("near-duplicates");
        assertThat(SsiCalculator.builder().rules(List.of(comments)).nearDuplicates(true).build().fingerprint())
                .isEqualTo(once.fingerprint());
    }

    @Test
    void aHistoryReportsTheSameSuspectedDuplicatesAsEachDay() {
        List<Activity> log = log(17, 400);
        MemberProfile member = member(17);
        SsiCalculator calc = Probes.calculator().build();
        LocalDate from = LocalDate.of(2026, 11, 20);

        List<SsiScore> days = calc.history(member, log, from, from.plusDays(5));

        assertThat(days.get(0).ignored().suspectedDuplicates()).isPositive();
        for (SsiScore day : days) {
            assertThat(day.ignored()).isEqualTo(calc.score(member, log, day.asOf()).ignored());
        }
    }
}
