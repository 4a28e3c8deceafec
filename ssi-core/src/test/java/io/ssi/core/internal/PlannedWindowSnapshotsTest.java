package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.ScoringOptions;
import io.ssi.core.Seniority;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static io.ssi.core.internal.PlannedWindowTest.AS_OF;
import static io.ssi.core.internal.PlannedWindowTest.PROFILE;
import static io.ssi.core.internal.PlannedWindowTest.activities;
import static io.ssi.core.internal.PlannedWindowTest.assertSame;
import static io.ssi.core.internal.PlannedWindowTest.contacts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot of a planned state is a value: what the state adds or measures afterwards does
 * not change it, its distinct contacts and its connections by account included.
 */
final class PlannedWindowSnapshotsTest {

    private static final ScoringOptions OPTIONS = ScoringOptions.defaults();

    private static int[] numbers(int from, int n) {
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = from + k;
        }
        return ids;
    }

    /** {@code n} accepted requests from new contacts at {@code account}, numbered from {@code from}. */
    private static PlannedActivities connections(int from, int n, String account) {
        return PlannedActivities.withNewContacts(ActivityType.CONNECTION_REQUEST_ACCEPTED, 0, 90,
                d -> AS_OF.minusSeconds(86_400L * (89 - d) + 3600), numbers(from, n), numbers(from + 1000, n),
                Seniority.VP, 2, Optional.of(account));
    }

    @Test
    void aSnapshotKeepsItsCountsWhenTheStateMovesOn() {
        List<Activity> log = activities(new Random(5), contacts(new Random(5)), "row-", 40);
        Window window = Contexts.slideTo(PROFILE, log, AS_OF, OPTIONS);
        PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
        List<Activity> first = new PlanList(List.of(connections(0, 6, "planned-only-co")));
        List<Activity> second = new PlanList(List.of(connections(100, 9, "planned-only-co")));
        PlannedWindow.Plan a = planned.plan(first);
        PlannedWindow.Plan b = planned.plan(second);
        assertThat(planned.consistent()).isTrue();
        PlannedWindow.State state = planned.state();
        state.add(a, 1);
        WindowContext withFirst = state.snapshot(PROFILE);
        int distinct = withFirst.distinctContacts(ActivityType.CONNECTION_REQUEST_ACCEPTED);
        int at = withFirst.newConnectionsAt("planned-only-co");
        assertThat(at).isEqualTo(6);

        state.add(b, 1);
        WindowContext withBoth = state.snapshot(PROFILE);
        state.snapshotWith(b, PROFILE);
        assertThat(withBoth.distinctContacts(ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(distinct + 9);
        assertThat(withBoth.newConnectionsAt("planned-only-co")).isEqualTo(15);

        assertThat(withFirst.distinctContacts(ActivityType.CONNECTION_REQUEST_ACCEPTED)).isEqualTo(distinct);
        assertThat(withFirst.newConnectionsAt("planned-only-co")).isEqualTo(6);
        List<Activity> longer = new ArrayList<>(log);
        longer.addAll(first);
        assertSame(withFirst, Contexts.of(PROFILE, longer, AS_OF, OPTIONS));
    }
}
