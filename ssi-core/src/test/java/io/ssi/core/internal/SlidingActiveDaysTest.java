package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A history's views count the active days of a set of several types from the window's running
 * counts (kept from the first day a view is asked): every day, as a snapshot of the same window
 * counts them by walking its days, also for more sets than the window keeps.
 */
final class SlidingActiveDaysTest {

    private static final Instant CUTOFF = Instant.parse("2026-11-30T23:59:59Z");
    private static final MemberProfile MEMBER = MemberProfile.builder("m").timeZone(ZoneId.of("UTC")).build();
    private static final int WINDOW = ScoringOptions.defaults().windowDays();
    private static final int DAYS = 200;

    @Test
    void viewsCountTheSetsAsSnapshotsDoEveryDay() {
        Random random = new Random(7);
        List<Activity> log = new ArrayList<>();
        ActivityType[] types = ActivityType.values();
        for (int i = 0; i < 600; i++) {
            // Bursts and gaps, so that sets enter and leave the window.
            int age = random.nextInt(WINDOW + DAYS - 1);
            if (age % 50 < 15) {
                continue;
            }
            log.add(Activity.builder(types[random.nextInt(6)], CUTOFF.minusSeconds(86_400L * age + random.nextInt(80_000)))
                    .id("a" + i).build());
        }
        long lastDay = ActivityIndex.localDay(MEMBER, CUTOFF);
        int range = WINDOW + DAYS - 1;
        ActivityIndex index = ActivityIndex.build(MEMBER, log, lastDay - range + 1, range, CUTOFF, true);
        Window window = new Window(index, ScoringOptions.defaults());
        List<Set<ActivityType>> sets = new ArrayList<>();
        for (int i = 0; i < Window.ActiveDays.MAX + 3; i++) {
            sets.add(EnumSet.of(types[i % 6], types[(i + 1 + i / 6) % 6], types[6 + i % 3]));
        }
        for (int d = 0; d < DAYS; d++) {
            window.advanceTo(WINDOW - 1 + d);
            WindowContext view = window.view(CUTOFF);
            // Asked twice a day, as a rule of active days and the reads that check it do.
            for (int pass = 0; pass < 2; pass++) {
                // A set more each day at first, so that counts start on different days.
                for (int s = 0; s < Math.min(sets.size(), d / 3 + 1); s++) {
                    Set<ActivityType> set = sets.get(s);
                    assertThat(view.activeDays(set)).as("day %d, set %s", d, set).isEqualTo(walked(window, set));
                }
            }
        }
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
}
