package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.ssi.core.Fixtures.AS_OF;
import static io.ssi.core.Fixtures.daysBefore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The window's taper: weights fall smoothly to zero over the window's oldest days, so a rep who
 * stops declines day by day instead of losing what falls off the window's edge at once; steady
 * rates still read as themselves; no taper leaves everything as it was.
 */
final class TaperTest {

    private static final ActivityType[] BY_PILLAR = {ActivityType.POST_PUBLISHED, ActivityType.PROFILE_VIEWED,
            ActivityType.POST_COMMENTED, ActivityType.CONNECTION_REQUEST_SENT};

    /** The weight of an activity {@code age} days old, as ScoringContext documents it. */
    private static double weight(int age, int windowDays, double halfLifeDays, int taperDays) {
        double w = Math.pow(0.5, age / halfLifeDays);
        int k = age - (windowDays - taperDays);
        return k >= 0 ? w * (1 + Math.cos(Math.PI * k / taperDays)) / 2 : w;
    }

    @Test
    void weeklyRatesAreTheDocumentedTaperedWeightsOverTheSameWeightsOfASteadyRate() {
        qt().withExamples(Examples.of(60)).forAll(longs().all(), integers().between(1, 120), integers().between(0, 120),
                integers().between(1, 60)).checkAssert((seed, windowDays, taperPick, halfLifeDays) -> {
            int taperDays = taperPick % (windowDays + 1);
            Random random = new Random(seed);
            int cap = 1 + random.nextInt(4);
            List<Activity> log = new ArrayList<>();
            int[] perDay = new int[windowDays + 30];
            for (int i = 0; i < 400; i++) {
                int age = random.nextInt(perDay.length);
                perDay[age]++;
                log.add(Fixtures.activity("a" + i, ActivityType.POST_LIKED, daysBefore(AS_OF, age)));
            }
            ScoringOptions options = ScoringOptions.defaults().withWindow(Duration.ofDays(windowDays))
                    .withHalfLife(Duration.ofDays(halfLifeDays)).withDailyCap(cap)
                    .withTaper(Duration.ofDays(taperDays));
            double weighted = 0;
            double sumOfWeights = 0;
            for (int age = 0; age < windowDays; age++) {
                double w = weight(age, windowDays, halfLifeDays, taperDays);
                weighted += w * Math.min(cap, perDay[age]);
                sumOfWeights += w;
            }
            ScoringContext c = ScoringContext.of(Fixtures.member(), log, AS_OF, options);

            assertThat(c.taperDays()).isEqualTo(taperDays);
            assertThat(c.weeklyRate(ActivityType.POST_LIKED))
                    .isCloseTo(weighted / (sumOfWeights / 7), org.assertj.core.data.Offset.offset(1e-9));
        });
    }

    @Test
    void aSteadyRateStillReadsAsItself() {
        List<Activity> daily = Fixtures.daily(ActivityType.POST_COMMENTED, 2, AS_OF, 200);
        for (int taper : new int[]{0, 1, 30, 89, 90}) {
            ScoringOptions options = ScoringOptions.defaults().withTaper(Duration.ofDays(taper));
            ScoringContext c = ScoringContext.of(Fixtures.member(), daily, AS_OF, options);

            assertThat(c.weeklyRate(ActivityType.POST_COMMENTED)).as("taper %d", taper)
                    .isCloseTo(14.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(c.weeklyActiveDays(Set.of(ActivityType.POST_COMMENTED))).as("taper %d", taper)
                    .isCloseTo(7.0, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    /**
     * Per pillar, a rule linear in its type's rate and one that saturates at a tenth of the
     * steady rate (a rep at ten times the target, where principle 0 says more earns nothing):
     * the second stays full until the rep's last weeks are all that is left in the window.
     */
    private static List<ScoringRule> rules() {
        List<ScoringRule> rules = new ArrayList<>();
        for (Pillar p : Pillar.values()) {
            ActivityType t = BY_PILLAR[p.ordinal()];
            rules.add(TestRule.measuring("test.linear-" + p.ordinal(), p, 12.5,
                    c -> 12.5 * c.weeklyRate(t) / 21));
            rules.add(TestRule.measuring("test.saturating-" + p.ordinal(), p, 12.5,
                    c -> 12.5 * c.weeklyRate(t) / 2.1));
        }
        return rules;
    }

    /** The history of a rep who did 3 of each pillar's type a day for 200 days, then stopped. */
    private static List<SsiScore> afterStopping(Duration taper, LocalDate stopped, int days) {
        List<Activity> log = new ArrayList<>();
        Instant lastDay = stopped.minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        for (ActivityType t : BY_PILLAR) {
            log.addAll(Fixtures.daily(t, 3, lastDay, 200));
        }
        SsiCalculator calc = SsiCalculator.builder().rules(rules()).taper(taper).build();
        return calc.history(MemberProfile.builder("rep").build(), log, stopped.minusDays(1), stopped.plusDays(days));
    }

    /** What each pillar lost from each day to the next, the largest of any pillar. */
    private static double[] drops(List<SsiScore> history) {
        double[] drops = new double[history.size() - 1];
        for (int i = 1; i < history.size(); i++) {
            for (Pillar p : Pillar.values()) {
                drops[i - 1] = Math.max(drops[i - 1],
                        history.get(i - 1).pillar(p).points() - history.get(i).pillar(p).points());
            }
        }
        return drops;
    }

    @Test
    void withATaperARepWhoStopsDeclinesEveryDayAndFadesOutAtTheEdge() {
        List<SsiScore> history = afterStopping(Duration.ofDays(30), LocalDate.of(2026, 6, 1), 100);
        double[] drops = drops(history);

        assertThat(history.get(0).total()).isCloseTo(100.0, org.assertj.core.data.Offset.offset(1e-9));
        // The last activity was the day before the stop (history index 0): the 90-day window holds
        // it until index 89, and it leaves on index 90.
        for (int i = 1; i <= 89; i++) {
            assertThat(history.get(i).total()).as("index %d", i).isLessThan(history.get(i - 1).total());
        }
        for (int i = 90; i < history.size(); i++) {
            assertThat(history.get(i).total()).as("index %d", i).isZero();
        }
        assertThat(java.util.Arrays.stream(drops).max().orElseThrow()).isLessThan(1.0);
        // Faded out: what the last activity takes with it as it leaves is almost nothing.
        assertThat(drops[89]).isLessThan(0.01);
        assertThat(drops[88]).isLessThan(0.02);
    }

    @Test
    void withoutATaperTheSameRepFallsOffTheWindowsEdge() {
        List<SsiScore> history = afterStopping(Duration.ZERO, LocalDate.of(2026, 6, 1), 100);
        double[] drops = drops(history);

        // Still losing almost half a point a day per pillar when the last activity falls off.
        assertThat(drops[89]).isGreaterThan(0.4);
        assertThat(drops[90]).isZero();
        assertThat(history.get(90).total()).isZero();
    }

    @Test
    void theDefaultTaperIsTenDaysAndEveryTaperIsPartOfTheFingerprint() {
        SsiCalculator standard = SsiCalculator.builder().rules(rules()).build();
        SsiCalculator ten = SsiCalculator.builder().rules(rules()).taper(Duration.ofDays(10)).build();
        SsiCalculator zero = SsiCalculator.builder().rules(rules()).taper(Duration.ZERO).build();
        SsiCalculator tapered = SsiCalculator.builder().rules(rules()).taper(Duration.ofDays(21)).build();

        assertThat(ScoringOptions.defaults().taper()).isEqualTo(Duration.ofDays(10));
        assertThat(ten.fingerprint()).isEqualTo(standard.fingerprint());
        assertThat(zero.fingerprint()).isNotEqualTo(standard.fingerprint());
        assertThat(tapered.fingerprint()).isNotEqualTo(standard.fingerprint()).isNotEqualTo(zero.fingerprint());
        assertThat(tapered.options().signature()).contains(", taper 21d");
        assertThat(zero.options().signature()).doesNotContain("taper");
    }

    @Test
    void theTaperMustBeWholeDaysWithinTheWindow() {
        ScoringOptions defaults = ScoringOptions.defaults();

        assertThatThrownBy(() -> defaults.withTaper(Duration.ofDays(91)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("taper must be a whole number of days between 0 and the window's 90, but was PT2184H");
        assertThatThrownBy(() -> defaults.withTaper(Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was PT-24H");
        assertThatThrownBy(() -> defaults.withTaper(Duration.ofHours(36)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("but was PT36H");
        assertThatThrownBy(() -> defaults.withTaper(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("taper");
        assertThat(defaults.withTaper(Duration.ofDays(90)).taperDays()).isEqualTo(90);
    }

    @Test
    void aShorterWindowShortensALongerTaper() {
        ScoringOptions options = ScoringOptions.defaults().withTaper(Duration.ofDays(30)).withWindow(Duration.ofDays(7));

        assertThat(options.taper()).isEqualTo(Duration.ofDays(7));
        assertThat(ScoringOptions.defaults().withTaper(Duration.ofDays(3)).withWindow(Duration.ofDays(7)).taper())
                .isEqualTo(Duration.ofDays(3));
    }
}
