package io.ssi.rules.hardening;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.BatchResult;
import io.ssi.core.Cohort;
import io.ssi.core.Contact;
import io.ssi.core.MemberInput;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.PillarScore;
import io.ssi.core.Recommendation;
import io.ssi.core.RuleContribution;
import io.ssi.core.RuleEvaluationException;
import io.ssi.core.Seniority;
import io.ssi.core.SsiAdvisor;
import io.ssi.core.SsiCalculator;
import io.ssi.core.SsiScore;
import io.ssi.core.Trend;
import io.ssi.core.TrendPolicy;
import io.ssi.core.spi.ScoringRule;
import io.ssi.rules.Examples;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import static io.ssi.rules.hardening.PrivacyTableTest.CONTACT;
import static io.ssi.rules.hardening.PrivacyTableTest.HEADLINE;
import static io.ssi.rules.hardening.PrivacyTableTest.JOB_TITLE;
import static io.ssi.rules.hardening.PrivacyTableTest.SUMMARY;
import static io.ssi.rules.hardening.PrivacyTableTest.assertNoMarker;
import static io.ssi.rules.hardening.PrivacyTableTest.assertThrowableClean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeded random, often invalid, profiles, logs and options thrown at every public entry point:
 * score, history, advise, scoreAll, Cohort and TrendPolicy. Only documented exceptions may
 * come out, each with a message; results stay in bounds; and no message, cause, stack trace or
 * {@code toString()} carries the markers in the headline, summary, job title and contact ids.
 * A failure names the seed and the round, so it can be replayed.
 */
final class FuzzTest {

    private static final long SEED = 0x55151L;
    private static final int ROUNDS = Examples.of(2_000);
    private static final Instant BASE = Instant.parse("2026-11-30T17:00:00Z");
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("Pacific/Apia"), ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/St_Johns"),
            ZoneId.of("Etc/GMT+12"), ZoneId.of("Australia/Lord_Howe"));
    private static final ActivityType[] TYPES = ActivityType.values();

    /** The calculators under test: the standard model with varied options, and a quoting plugin. */
    private final List<SsiCalculator> calculators = new ArrayList<>();
    private final List<SsiAdvisor> advisors = new ArrayList<>();

    private Random random;
    private String where;
    private int documentedFailures;

    @Test
    void randomInputsGiveOnlyDocumentedExceptionsAndResultsInBounds() {
        random = new Random(SEED);
        buildCalculators();
        List<List<SsiScore>> byCalculator = new ArrayList<>();
        for (int i = 0; i < calculators.size(); i++) {
            byCalculator.add(new ArrayList<>());
        }
        for (int round = 0; round < ROUNDS; round++) {
            where = "seed " + SEED + ", round " + round;
            int c = random.nextInt(calculators.size());
            SsiCalculator calc = calculators.get(c);
            MemberProfile profile = attempt(this::profile);
            List<Activity> log = log();
            if (profile == null) {
                continue;
            }
            Instant asOf = random.nextInt(50) == 0 ? extremeInstant() : BASE.plus(Duration.ofMinutes(random.nextInt(
                    200_000) - 100_000));
            SsiScore score = attempt(() -> calc.score(profile, log, asOf));
            if (score == null) {
                continue;
            }
            checkScore(score);
            byCalculator.get(c).add(score);
            if (round % 10 == 0) {
                history(calc, profile, log, asOf);
            }
            if (round % 25 == 0) {
                advise(advisors.get(c), score, profile, log);
            }
            if (round % 60 == 0) {
                batch(calc);
            }
            if (round % 25 == 0) {
                cohort(byCalculator.get(c));
            }
        }
        // Thousands of rounds, and many of them invalid on purpose: the fuzzer must reach both sides.
        int scored = byCalculator.stream().mapToInt(List::size).sum();
        assertThat(documentedFailures).as("invalid inputs tried (%d scored)", scored).isGreaterThan(ROUNDS / 10);
        assertThat(scored).as("scores computed (%d invalid inputs)", documentedFailures).isGreaterThan(ROUNDS / 2);
    }

    private void buildCalculators() {
        calculators.add(SsiCalculator.standard());
        calculators.add(SsiCalculator.builder().discoverRules().window(Duration.ofDays(7)).halfLife(Duration.ofDays(2))
                .dailyCap(1).build());
        calculators.add(SsiCalculator.builder().discoverRules().window(Duration.ofDays(365))
                .halfLife(Duration.ofHours(5)).dailyCap(500).build());
        calculators.add(SsiCalculator.builder().rules(PrivacyTableTest.withPlugin()).build());
        calculators.add(SsiCalculator.builder().rules(PrivacyTableTest.withPlugin()).strict(true).build());
        for (SsiCalculator calc : calculators) {
            advisors.add(SsiAdvisor.builder().discoverGenerators().calculator(calc).build());
        }
        // The builders' own validation, with random bad options.
        for (int i = 0; i < 50; i++) {
            attempt(() -> SsiCalculator.builder().discoverRules().window(Duration.ofHours(random.nextInt(100_000) - 10))
                    .halfLife(Duration.ofMinutes(random.nextInt(6_000_000) - 100)).dailyCap(random.nextInt(5) - 2)
                    .build());
            attempt(() -> TrendPolicy.builder().threshold(random.nextInt(5) - 1, random.nextDouble() * 4 - 1)
                    .defaultThreshold(random.nextBoolean() ? Double.NaN : random.nextDouble()).build());
        }
    }

    /** Runs a call; a documented exception is checked and counted, anything else fails the test. */
    private <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException | NullPointerException | IllegalStateException
                 | RuleEvaluationException e) {
            documentedFailures++;
            assertThat(e.getMessage()).as(where + ": the message of " + e).isNotBlank();
            assertThrowableClean(where, e);
            return null;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(where + ": undocumented " + e, e);
        }
    }

    private int count() {
        int k = random.nextInt(200);
        return k == 0 ? -random.nextInt(5) - 1 : k < 10 ? Integer.MAX_VALUE - random.nextInt(300)
                : k < 60 ? 0 : random.nextInt(2_000);
    }

    private MemberProfile profile() {
        int connections = count();
        MemberProfile.Builder b = MemberProfile.builder(random.nextInt(40) == 0 ? " " : "member-" + random.nextInt(30))
                .timeZone(ZONES.get(random.nextInt(ZONES.size())))
                .headline(random.nextInt(3) == 0 ? "" : HEADLINE.substring(0, 10 + random.nextInt(HEADLINE.length() - 10)))
                .summary(random.nextInt(3) == 0 ? "" : SUMMARY).jobTitle(JOB_TITLE)
                .hasPhoto(random.nextBoolean()).hasBackgroundPhoto(random.nextBoolean())
                .experienceEntries(count()).educationEntries(count()).skills(count()).endorsements(count())
                .recommendationsReceived(count()).featuredItems(count()).mediaItems(count()).followers(count())
                .connections(connections)
                .decisionMakerConnections(random.nextInt(40) == 0 ? count() : Math.max(0, connections / 10))
                .colleagueConnections(random.nextInt(40) == 0 ? count() : Math.max(0, connections / 20));
        Set<String> accounts = new HashSet<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            accounts.add("account-" + random.nextInt(8));
        }
        return b.targetAccounts(accounts).build();
    }

    private List<Activity> log() {
        List<Activity> log = new ArrayList<>();
        int n = random.nextInt(20) == 0 ? random.nextInt(300) : random.nextInt(30);
        for (int i = 0; i < n; i++) {
            int id = random.nextInt(8) == 0 && i > 0 ? random.nextInt(i) : i; // duplicates, often conflicting
            Activity a = attempt(() -> activity(id));
            if (a != null) {
                log.add(a);
            }
        }
        return log;
    }

    private Activity activity(int id) {
        ActivityType type = TYPES[random.nextInt(TYPES.length)];
        Instant at = BASE.minus(Duration.ofMinutes(random.nextInt(400 * 24 * 60) - 10 * 24 * 60));
        Activity.Builder b = Activity.builder(type, at).id(random.nextInt(100) == 0 ? "" : "row-" + id)
                .engagement(random.nextInt(30) == 0 ? -1 : type.isContent() ? random.nextInt(60) : 0);
        if (random.nextInt(3) > 0) {
            Contact.Builder c = Contact.builder(CONTACT + "-" + random.nextInt(25))
                    .seniority(Seniority.values()[random.nextInt(Seniority.values().length)])
                    .degree(random.nextInt(40) == 0 ? 4 : random.nextInt(4)).colleague(random.nextInt(5) == 0);
            if (random.nextBoolean()) {
                c.accountId("account-" + random.nextInt(8));
            }
            b.contact(c.build());
        }
        return b.build();
    }

    private Instant extremeInstant() {
        return switch (random.nextInt(4)) {
            case 0 -> Instant.MIN;
            case 1 -> Instant.parse("0001-01-01T00:00:00Z").minusNanos(1);
            case 2 -> Instant.parse("9999-12-31T23:59:59.999999999Z");
            default -> Instant.parse("0001-01-01T00:00:00Z");
        };
    }

    private void checkScore(SsiScore s) {
        assertThat(s.total()).as(where).isBetween(0.0, 100.0);
        double sum = 0;
        for (Pillar p : Pillar.values()) {
            PillarScore ps = s.pillar(p);
            assertThat(ps.points()).as(where).isBetween(0.0, 25.0);
            sum += ps.points();
            for (RuleContribution c : ps.contributions()) {
                assertThat(c.points()).as(where + " " + c.ruleId()).isBetween(0.0, c.maxPoints());
                assertNoMarker(where, c.explanation());
            }
        }
        assertThat(s.total()).as(where).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.ignored().total()).as(where).isNotNegative();
        assertNoMarker(where, s.toString());
        assertNoMarker(where, s.failures().toString());
    }

    private void history(SsiCalculator calc, MemberProfile profile, List<Activity> log, Instant asOf) {
        LocalDate to = LocalDate.ofInstant(asOf, profile.timeZone());
        int span = random.nextInt(12) == 0 ? -random.nextInt(3) - 1 : random.nextInt(20);
        List<SsiScore> days = attempt(() -> calc.history(profile, log, to.minusDays(span), to));
        if (days == null) {
            return;
        }
        assertThat(days.size()).as(where).isBetween(Math.max(0, span - 1), span + 1);
        Set<Instant> instants = new HashSet<>();
        for (SsiScore d : days) {
            checkScore(d);
            assertThat(instants.add(d.asOf())).as(where + ": two days at " + d.asOf()).isTrue();
        }
        if (days.isEmpty()) {
            return;
        }
        List<SsiScore> read = new ArrayList<>(days);
        if (random.nextInt(4) == 0) {
            Collections.shuffle(read, random); // a history out of order: the policy may refuse it, with a reason
        }
        List<Trend> trends = attempt(() -> TrendPolicy.standard().trends(read));
        if (trends != null) {
            for (Trend t : trends) {
                assertThat(Math.abs(t.totalChange())).as(where).isLessThanOrEqualTo(100.0);
                assertNoMarker(where, t.toString());
            }
        }
        attempt(() -> TrendPolicy.standard().trend(read, random.nextInt(100) - 5));
    }

    private void advise(SsiAdvisor advisor, SsiScore score, MemberProfile profile, List<Activity> log) {
        List<Activity> inputs = random.nextInt(8) == 0 && !log.isEmpty() ? log.subList(0, log.size() / 2) : log;
        List<Recommendation> recs = attempt(() -> advisor.advise(score, profile, inputs));
        if (recs == null) {
            return;
        }
        double[] gains = new double[Pillar.values().length];
        for (Recommendation r : recs) {
            assertThat(r.expectedGain()).as(where).isBetween(SsiAdvisor.MIN_GAIN, 25.0);
            gains[r.pillar().ordinal()] += r.expectedGain();
            assertNoMarker(where, r.toString());
            assertThat(r.message()).as(where).doesNotContain(CONTACT).isNotBlank();
        }
        for (Pillar p : Pillar.values()) {
            assertThat(gains[p.ordinal()]).as(where + " " + p)
                    .isLessThanOrEqualTo(25 - score.pillar(p).points() + 1e-6);
        }
    }

    private void batch(SsiCalculator calc) {
        List<Integer> rows = new ArrayList<>();
        for (int i = random.nextInt(6); i >= 0; i--) {
            rows.add(i);
        }
        Instant asOf = BASE.minus(Duration.ofDays(random.nextInt(30)));
        List<BatchResult> results = attempt(() -> calc.scoreAll(rows, r -> MemberInput.of(profile(), log()), asOf,
                Runnable::run));
        assertThat(results).as(where).isNotNull().hasSameSizeAs(rows);
        for (BatchResult r : results) {
            r.score().ifPresent(this::checkScore);
            r.failure().ifPresent(e -> {
                assertThat(e.getMessage()).as(where).isNotBlank();
                assertThrowableClean(where, e);
            });
            assertNoMarker(where, r.toString());
        }
    }

    private void cohort(List<SsiScore> scores) {
        List<SsiScore> members = new ArrayList<>();
        for (SsiScore s : scores) {
            if (random.nextInt(3) == 0) {
                members.add(s);
            }
        }
        int minimum = random.nextInt(15) - 1;
        Cohort cohort = attempt(() -> Cohort.builder("team-" + random.nextInt(9)).minimumSize(minimum)
                .addAll(members).build());
        if (cohort == null) {
            return;
        }
        assertNoMarker(where, cohort.toString());
        cohort.statistics().ifPresent(stats -> {
            assertThat(stats.averageTotal()).as(where).isBetween(0.0, 100.0);
            assertThat(stats.leaderboard()).as(where).hasSize(cohort.size());
            assertNoMarker(where, stats.leaderboard().toString());
        });
    }
}
