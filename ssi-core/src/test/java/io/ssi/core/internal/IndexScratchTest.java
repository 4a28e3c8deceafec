package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ScoringOptions;
import io.ssi.core.spi.ScoringContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.ssi.core.internal.PlannedWindowTest.AS_OF;
import static io.ssi.core.internal.PlannedWindowTest.PROFILE;
import static io.ssi.core.internal.PlannedWindowTest.activities;
import static io.ssi.core.internal.PlannedWindowTest.assertSame;
import static io.ssi.core.internal.PlannedWindowTest.contacts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A score indexes into its thread's reused tables: whatever the thread scored before (a bigger
 * log, a smaller one, a log that failed half-way, a score inside a score), the context is the
 * one fresh tables give.
 */
final class IndexScratchTest {

    private static final ScoringOptions OPTIONS = ScoringOptions.defaults();

    @Test
    void scoresOnReusedTablesEqualScoresOnFreshOnes() {
        Random random = new Random(11);
        for (int rows : new int[] {400, 3, 900, 40, 0, 250, 2500, 10}) {
            List<Activity> log = activities(random, contacts(random), "r" + rows + "-", rows);
            ScoringContext fresh = Contexts.of(PROFILE, log, AS_OF, OPTIONS);
            Contexts.scoreOnce(PROFILE, log, AS_OF, OPTIONS, w -> {
                assertSame(w.snapshot(AS_OF), fresh);
                assertThat(w.ignored()).isEqualTo(Contexts.slideTo(PROFILE, log, AS_OF, OPTIONS).ignored());
                return null;
            });
        }
    }

    @Test
    void aLogThatFailsHalfWayLeavesTheTablesFitForTheNextScore() {
        Random random = new Random(12);
        List<Activity> bad = new ArrayList<>(activities(random, contacts(random), "bad-", 300));
        bad.add(150, null);
        assertThatThrownBy(() -> Contexts.scoreOnce(PROFILE, bad, AS_OF, OPTIONS, w -> null))
                .isInstanceOf(NullPointerException.class);
        List<Activity> log = activities(random, contacts(random), "good-", 200);
        ScoringContext fresh = Contexts.of(PROFILE, log, AS_OF, OPTIONS);
        Contexts.scoreOnce(PROFILE, log, AS_OF, OPTIONS, w -> {
            assertSame(w.snapshot(AS_OF), fresh);
            return null;
        });
    }

    @Test
    void aScoreInsideAScoreUsesTablesOfItsOwn() {
        Random random = new Random(13);
        List<Activity> outer = activities(random, contacts(random), "outer-", 300);
        List<Activity> inner = activities(random, contacts(random), "inner-", 500);
        Contexts.scoreOnce(PROFILE, outer, AS_OF, OPTIONS, w -> {
            Contexts.scoreOnce(PROFILE, inner, AS_OF, OPTIONS, v -> {
                assertSame(v.snapshot(AS_OF), Contexts.of(PROFILE, inner, AS_OF, OPTIONS));
                return null;
            });
            assertSame(w.snapshot(AS_OF), Contexts.of(PROFILE, outer, AS_OF, OPTIONS));
            return null;
        });
    }
}
