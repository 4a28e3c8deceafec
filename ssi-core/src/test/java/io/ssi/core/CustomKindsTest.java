package io.ssi.core;

import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Kinds of activity that {@link ActivityType} lacks (calls, emails, Smart Link views), as
 * {@link ActivityType#CUSTOM} rows with a kind, counted for plugin rules in the one pass.
 */
final class CustomKindsTest {

    private static final String[] KINDS = {"call", "email", "smart-link-view", "inmail-declined"};
    private static final Contact VP = Contact.builder("vp").seniority(Seniority.VP).accountId("acme").build();

    /** A plugin rule: a point per call a week, up to 5, and one per decision maker called. */
    private static final ScoringRule CALLS = TestRule.measuring("plugin.calls", Pillar.BUILD_RELATIONSHIPS, 5,
            c -> c.customWeeklyRate("call"));

    private static Activity call(String id, long daysAgo, Contact contact) {
        Activity.Builder b = Activity.custom("call", daysBefore(AS_OF, daysAgo).minusMillis(3)).id(id);
        if (contact != null) {
            b.contact(contact);
        }
        return b.build();
    }

    /** Every custom aggregate, kind by kind and facet by facet, in a fixed order. */
    private static final List<ScoringRule> PROBES = probes();

    private static List<ScoringRule> probes() {
        List<ScoringRule> rules = new ArrayList<>();
        for (String kind : KINDS) {
            for (ContactFacet f : ContactFacet.values()) {
                String id = kind + "." + f.ordinal();
                rules.add(TestRule.measuring("probe.count." + id, Pillar.ENGAGE_WITH_INSIGHTS, 1e9,
                        c -> c.customCount(kind, f)));
                rules.add(TestRule.measuring("probe.rate." + id, Pillar.ENGAGE_WITH_INSIGHTS, 1e9,
                        c -> c.customWeeklyRate(kind, f)));
            }
        }
        rules.add(TestRule.measuring("probe.custom", Pillar.ENGAGE_WITH_INSIGHTS, 1e9,
                c -> c.count(ActivityType.CUSTOM)));
        return rules;
    }

    /** A log of custom rows of every kind, with duplicate ids, near-duplicates and rows outside the window. */
    private static List<Activity> log(long seed, int rows) {
        Random random = new Random(seed);
        List<Activity> log = new ArrayList<>();
        Contact[] contacts = {VP, Contact.builder("peer").degree(3).colleague(true).build(), null};
        for (int i = 0; i < rows; i++) {
            Instant at = daysBefore(AS_OF, random.nextInt(110) - 5).plusSeconds(random.nextInt(86_400))
                    .plusNanos(random.nextInt(1_000));
            Activity.Builder b = Activity.custom(KINDS[random.nextInt(KINDS.length)], at).id("c-" + i);
            Contact c = contacts[random.nextInt(contacts.length)];
            if (c != null) {
                b.contact(c);
            }
            Activity a = b.build();
            log.add(a);
            int again = random.nextInt(6);
            if (again == 0) {
                log.add(a);
            } else if (again == 1) {
                Activity.Builder copy = Activity.custom(a.kind().orElseThrow(), a.at()).id("copy-" + i);
                a.contact().ifPresent(copy::contact);
                log.add(copy.build());
            } else if (again == 2) {
                // The same id and instant, another kind: which one counts must not depend on order.
                log.add(Activity.custom(KINDS[random.nextInt(KINDS.length)], a.at()).id(a.id()).build());
            }
        }
        return log;
    }

    @Test
    void aPluginRuleCountsACustomKindThroughTheCalculator() {
        List<Activity> log = new ArrayList<>();
        for (int d = 0; d < 200; d++) {
            log.add(call("call-" + d, d, d % 2 == 0 ? VP : null));
            log.add(Activity.custom("email", daysBefore(AS_OF, d).minusMillis(5)).id("email-" + d).build());
        }
        SsiCalculator calc = SsiCalculator.builder().rules(List.of(CALLS)).build();

        SsiScore s = calc.score(Fixtures.member(), log, AS_OF);
        ScoringContext c = Fixtures.contextOf(SsiCalculator.builder(), Fixtures.member(), log, AS_OF);

        assertThat(s.pillar(Pillar.BUILD_RELATIONSHIPS).points()).isCloseTo(5.0, offset(1e-9));
        assertThat(c.customWeeklyRate("call")).isCloseTo(7.0, offset(1e-9));
        assertThat(c.customCount("call")).isEqualTo(90);
        assertThat(c.customCount("call", ContactFacet.DECISION_MAKER)).isEqualTo(45);
        assertThat(c.customCount("call", ContactFacet.TARGET_ACCOUNT)).isZero();
        assertThat(c.customCount("email")).isEqualTo(90);
        assertThat(c.customCount("meeting")).isZero();
        assertThat(c.customWeeklyRate("meeting")).isZero();
        assertThat(c.count(ActivityType.CUSTOM)).isEqualTo(180);
        // Custom rows feed no standard aggregate but their own type's.
        for (ActivityType t : ActivityType.values()) {
            if (t != ActivityType.CUSTOM) {
                assertThat(c.count(t)).as("%s", t).isZero();
            }
        }
        assertThat(c.activeDays(Set.of(ActivityType.values()))).isEqualTo(90);
    }

    @Test
    void customKindsFollowTheTaperAndTheDailyCap() {
        List<Activity> log = new ArrayList<>();
        for (int d = 0; d < 120; d++) {
            for (int k = 0; k < 3; k++) {
                log.add(Activity.custom("call", daysBefore(AS_OF, d).minusSeconds(k + 1)).id("call-" + d + "-" + k)
                        .build());
            }
        }
        ScoringOptions options = ScoringOptions.defaults().withTaper(Duration.ofDays(30)).withDailyCap(2);

        ScoringContext c = ScoringContext.of(Fixtures.member(), log, AS_OF, options);

        assertThat(c.customWeeklyRate("call")).isCloseTo(14.0, offset(1e-9));
        assertThat(c.customCount("call")).isEqualTo(270);
    }

    @Test
    void duplicatesOrderAndNearDuplicatesHoldForCustomRows() {
        SsiCalculator calc = SsiCalculator.builder().rules(PROBES).build();
        qt().withExamples(Examples.of(40))
                .forAll(longs().all(), integers().between(0, 200)).checkAssert((seed, rows) -> {
            List<Activity> log = log(seed, rows);
            List<Activity> shuffled = new ArrayList<>(log);
            Collections.shuffle(shuffled, new Random(seed));
            SsiScore s = calc.score(Fixtures.member(), log, AS_OF);

            assertThat(calc.score(Fixtures.member(), shuffled, AS_OF)).isEqualTo(s);
            double counted = s.contributions().stream().filter(r -> r.ruleId().equals("probe.custom")).findFirst()
                    .orElseThrow().evidence().measured();
            assertThat(counted + s.ignored().total()).isEqualTo(log.size());
        });
    }

    @Test
    void aCallAndAnEmailAtOneInstantToOneContactAreNoNearDuplicates() {
        Instant at = daysBefore(AS_OF, 1).plusMillis(1);
        List<Activity> log = List.of(Activity.custom("call", at).id("1").contact(VP).build(),
                Activity.custom("email", at).id("2").contact(VP).build(),
                Activity.custom("email", at).id("3").contact(VP).build());

        SsiScore s = SsiCalculator.builder().rules(PROBES).build().score(Fixtures.member(), log, AS_OF);

        assertThat(s.ignored().suspectedDuplicates()).isEqualTo(1);
    }

    @Test
    void aHistoryOfCustomKindsEqualsItsDays() {
        List<Activity> log = log(5, 300);
        SsiCalculator calc = SsiCalculator.builder().rules(PROBES).taper(Duration.ofDays(20)).build();
        LocalDate to = LocalDate.of(2026, 11, 30);

        List<SsiScore> days = calc.history(Fixtures.member(), log, to.minusDays(20), to);

        for (SsiScore day : days) {
            SsiScore alone = calc.score(Fixtures.member(), log, day.asOf());
            for (int i = 0; i < alone.contributions().size(); i++) {
                assertThat(day.contributions().get(i).evidence().measured())
                        .isCloseTo(alone.contributions().get(i).evidence().measured(), offset(1e-9));
            }
        }
    }

    /** A rule of a pillar that reads one activity type and awards its weekly custom-kind rate of calls. */
    private static ScoringRule reading(String id, Pillar pillar, ActivityType type) {
        return TestRule.returning(id, pillar, 5, (r, c) -> {
            double rate = c.customWeeklyRate("call");
            return RuleContribution.of(r, Math.min(5, rate), Evidence.of(rate, 5, "calls a week", "{measured}"));
        }).reading(type);
    }

    @Test
    void aRuleThatReadsCustomKindsIsKeptOnlyWhereTheSourceObservesThem() {
        List<ScoringRule> rules = new ArrayList<>(List.of(reading("plugin.calls", Pillar.ENGAGE_WITH_INSIGHTS,
                ActivityType.CUSTOM)));
        for (Pillar p : Pillar.values()) {
            rules.add(reading("other." + p.ordinal(), p, ActivityType.MESSAGE_SENT));
        }
        Coverage withCalls = Coverage.of(Set.of(ActivityType.MESSAGE_SENT, ActivityType.CUSTOM));
        Coverage withoutCalls = Coverage.of(Set.of(ActivityType.MESSAGE_SENT));

        assertThat(SsiCalculator.builder().rules(rules).coverage(withCalls).build().rules())
                .extracting(ScoringRule::id).contains("plugin.calls");
        assertThat(SsiCalculator.builder().rules(rules).coverage(withoutCalls).build().rules())
                .extracting(ScoringRule::id).doesNotContain("plugin.calls");
        assertThat(Coverage.full().activityTypes()).contains(ActivityType.CUSTOM);
    }

    @Test
    void aKindIsOnlyForCustomActivitiesAndIsNamed() {
        assertThatThrownBy(() -> Activity.builder(ActivityType.MESSAGE_SENT, AS_OF).id("1").kind("call").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind is only for CUSTOM activities, but was \"call\" on a MESSAGE_SENT");
        assertThatThrownBy(() -> Activity.custom(" ", AS_OF).id("1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kind");
        assertThatThrownBy(() -> Activity.custom("x".repeat(101), AS_OF).id("1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind must be at most 100 characters, but was 101");
        assertThat(Activity.builder(ActivityType.CUSTOM, AS_OF).id("1").build().kind()).isEmpty();
        assertThat(Activity.custom("call", AS_OF).id("1").build().type()).isEqualTo(ActivityType.CUSTOM);
        assertThat(new Activity("1", ActivityType.POST_LIKED, AS_OF, java.util.Optional.empty(), 0).kind()).isEmpty();
    }
}
