package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A history's views count and weigh the active days of a set of several types from counts and
 * sums the window slides (kept from the first day a view is asked), not by walking the window's
 * days: every day they must equal a walk of the days (the counts exactly, the weighted days to
 * rounding, with a taper or without), also for more sets than the window keeps, and a set
 * whose days have all left the window weighs exactly 0.
 */
final class SlidingActiveDaysTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-30T23:59:59Z");
    private static final MemberProfile MEMBER = MemberProfile.builder("m").timeZone(ZoneId.of("UTC")).build();
    private static final int WINDOW = ScoringOptions.defaults().windowDays();
    private static final int DAYS = 200;
    private static final ActivityType[] TYPES = ActivityType.values();

    @Test
    void viewsCountTheSetsAsAWalkOfTheDaysDoesEveryDay() {
        Window window = window(burstsAndGaps(7), ScoringOptions.defaults());
        List<Set<ActivityType>> sets = sets();
        for (int d = 0; d < DAYS; d++) {
            window.advanceTo(WINDOW - 1 + d);
            WindowContext view = window.view(CUTOFF);
            // Asked twice a day, as a rule of active days and the reads that check it do.
            for (int pass = 0; pass < 2; pass++) {
                // A set more each day at first, so that counts start on different days.
                for (int s = 0; s < Math.min(sets.size(), d / 3 + 1); s++) {
                    Set<ActivityType> set = sets.get(s);
                    assertThat(view.activeDays(set)).as("day %d, set %s", d, set).isEqualTo(walked(window, set));
                    // Kept from here on, while there is room, rather than walked again tomorrow.
                    assertThat(window.keptActiveDays().count(WindowContext.mask(set))).as("day %d, set %d kept", d, s)
                            .isEqualTo(s < Window.ActiveDays.MAX ? walked(window, set) : -1);
                }
            }
        }
    }

    @ParameterizedTest(name = "taper {0} days")
    @ValueSource(ints = {0, 1, 10, 45, 90})
    void viewsWeighTheSetsAsAWalkOfTheWeightsEveryDay(int taperDays) {
        ScoringOptions options = ScoringOptions.defaults().withTaper(Duration.ofDays(taperDays));
        Window window = window(burstsAndGaps(11 + taperDays), options);
        List<Set<ActivityType>> sets = sets();
        for (int d = 0; d < DAYS; d++) {
            window.advanceTo(WINDOW - 1 + d);
            WindowContext view = window.view(CUTOFF);
            // A set more each day at first, so that the sums start on different days.
            for (int s = 0; s < Math.min(sets.size(), d / 3 + 1); s++) {
                Set<ActivityType> set = sets.get(s);
                assertThat(view.weeklyActiveDays(set)).as("day %d, set %s", d, set)
                        .isCloseTo(walked(window, set, options), within(1e-12));
                // Kept from here on, while there is room, rather than walked again tomorrow.
                // Set s is first asked on day 3s: from the day after, it is kept (while there is room).
                assertThat(Double.isNaN(window.keptActiveDays().weighted(WindowContext.mask(set))))
                        .as("day %d, set %d not kept", d, s).isEqualTo(s >= Window.ActiveDays.MAX || d == 3 * s);
            }
        }
    }

    @ParameterizedTest(name = "taper {0} days")
    @ValueSource(ints = {0, 10})
    void aSetWhoseDaysHaveAllLeftTheWindowWeighsExactlyZero(int taperDays) {
        Random random = new Random(3);
        List<Activity> log = new ArrayList<>();
        // Activity in the range's first 60 days only: the window's last 100 days hold none of it.
        for (int i = 0; i < 300; i++) {
            log.add(activity(i, TYPES[random.nextInt(6)], WINDOW + DAYS - 2 - random.nextInt(60), random));
        }
        ScoringOptions options = ScoringOptions.defaults().withTaper(Duration.ofDays(taperDays));
        Window window = window(log, options);
        Set<ActivityType> set = EnumSet.of(TYPES[0], TYPES[1], TYPES[2]);
        double first = 0;
        for (int d = 0; d < DAYS; d++) {
            window.advanceTo(WINDOW - 1 + d);
            double weighed = window.view(CUTOFF).weeklyActiveDays(set);
            if (d == 0) {
                first = weighed;
            }
        }
        assertThat(first).as("the first day, while the activity is in the window").isPositive();
        assertThat(window.view(CUTOFF).weeklyActiveDays(set)).isEqualTo(0.0);
    }

    @Test
    void keepsTheCountsAndSumsOfAtMostMaxSets() {
        Random random = new Random(5);
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            log.add(activity(i, TYPES[random.nextInt(6)], random.nextInt(WINDOW + DAYS - 1), random));
        }
        Window window = window(log, ScoringOptions.defaults());
        window.advanceTo(WINDOW - 1);
        window.view(CUTOFF);
        Window.ActiveDays kept = window.keptActiveDays();
        for (int m = 1; m <= Window.ActiveDays.MAX + 1; m++) {
            kept.weigh(m);
            kept.weigh(m);
            kept.add(m, 100 + m);
        }
        for (int m = 1; m <= Window.ActiveDays.MAX; m++) {
            assertThat(kept.count(m)).as("mask %d", m).isEqualTo(100 + m);
            // A single score's window never moves after its view: it makes no sum.
            assertThat(kept.weighted(m)).as("mask %d before the window moves", m).isNaN();
        }
        assertThat(kept.count(Window.ActiveDays.MAX + 1)).as("a mask past the room").isEqualTo(-1);

        window.advanceTo(WINDOW);

        for (int m = 1; m <= Window.ActiveDays.MAX; m++) {
            assertThat(kept.weighted(m)).as("mask %d once the window moved", m).isNotNaN();
        }
        assertThat(kept.weighted(Window.ActiveDays.MAX + 1)).as("a mask past the room").isNaN();
    }

    /** Activity of the first six types over the range, in bursts and gaps, so that days of a set enter, pass into the taper and leave. */
    private static List<Activity> burstsAndGaps(long seed) {
        Random random = new Random(seed);
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int age = random.nextInt(WINDOW + DAYS - 1);
            if (age % 50 < 15) {
                continue;
            }
            log.add(activity(i, TYPES[random.nextInt(6)], age, random));
        }
        return log;
    }

    /** More sets of three types than the window keeps. */
    private static List<Set<ActivityType>> sets() {
        List<Set<ActivityType>> sets = new ArrayList<>();
        for (int i = 0; i < Window.ActiveDays.MAX + 3; i++) {
            sets.add(EnumSet.of(TYPES[i % 6], TYPES[(i + 1 + i / 6) % 6], TYPES[6 + i % 3]));
        }
        return sets;
    }

    private static Activity activity(int i, ActivityType type, int age, Random random) {
        return Activity.builder(type, CUTOFF.minusSeconds(86_400L * age + random.nextInt(80_000))).id("a" + i).build();
    }

    private static Window window(List<Activity> log, ScoringOptions options) {
        long lastDay = ActivityIndex.localDay(MEMBER, CUTOFF);
        int range = WINDOW + DAYS - 1;
        return new Window(ActivityIndex.build(MEMBER, log, lastDay - range + 1, range, CUTOFF, true), options);
    }

    /** The days of the window ending on the window's current day with any of the set's types. */
    private static int walked(Window window, Set<ActivityType> set) {
        int mask = WindowContext.mask(set);
        int n = 0;
        for (int i = window.end() - WINDOW + 1; i <= window.end(); i++) {
            if ((window.index().dayMask[i] & mask) != 0) {
                n++;
            }
        }
        return n;
    }

    /** The set's active days weighed by a walk of the window ending on its current day, as a week's worth. */
    private static double walked(Window window, Set<ActivityType> set, ScoringOptions options) {
        double[] weights = Window.weights(WINDOW, options.halfLifeDays(), options.taperDays());
        double norm = 0;
        for (double w : weights) {
            norm += w;
        }
        int mask = WindowContext.mask(set);
        double sum = 0;
        for (int age = 0; age < WINDOW; age++) {
            if ((window.index().dayMask[window.end() - age] & mask) != 0) {
                sum += weights[age];
            }
        }
        return Math.min(7.0, sum / (norm / 7.0));
    }
}
