package io.ssi.core.internal;

import io.ssi.core.ActivityType;
import io.ssi.core.Examples;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * A described plan's counts by day, as a what-if adds them, must place every activity on the
 * day its own activity is made for: the running remainder against the floating-point placement.
 */
final class PlannedActivitiesCountsTest {

    private static PlannedActivities plan(int n, int days) {
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = k;
        }
        return PlannedActivities.withContacts(ActivityType.POST_LIKED, 0, days, d -> Instant.EPOCH, ids, null);
    }

    private static void assertCountsAsPlaced(int n, int days) {
        PlannedActivities p = plan(n, days);
        int[] expected = new int[days];
        for (int k = 0; k < n; k++) {
            expected[PlannedActivities.day(k, n, days)]++;
        }
        int[] got = new int[days];
        p.countByDay(got);
        assertThat(got).as("%d over %d days", n, days).containsExactly(expected);
    }

    @Test
    void countsByDayAreWhereEachActivityIsPlaced() {
        qt().withExamples(Examples.of(400)).forAll(integers().between(0, 5_000), integers().between(1, 3_650))
                .checkAssert(PlannedActivitiesCountsTest::assertCountsAsPlaced);
    }

    @Test
    void countsByDayOfEveryRateOverTheStandardWindowAndAYear() {
        for (int days : new int[] {1, 7, 28, 90, 365}) {
            for (int n = 0; n <= 3 * days + 5; n++) {
                assertCountsAsPlaced(n, days);
            }
        }
    }

    @Test
    void countsAreAddedToWhatIsThere() {
        int[] perDay = new int[90];
        perDay[3] = 5;
        plan(90, 90).countByDay(perDay);
        assertThat(perDay[3]).isEqualTo(6);
        assertThat(perDay[0]).isEqualTo(1);
    }
}
