package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
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
import static io.ssi.core.internal.IdTableUnitTest.onAFreshThread;
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

    /** The index a score on this thread built, captured before it is handed back. */
    private static ActivityIndex scoredIndex(List<Activity> log) {
        ActivityIndex[] seen = new ActivityIndex[1];
        Contexts.scoreOnce(PROFILE, log, AS_OF, OPTIONS, w -> {
            seen[0] = w.index();
            return null;
        });
        return seen[0];
    }

    /** One message to each of {@code contacts} distinct contacts, one a minute before asOf. */
    private static List<Activity> messagesTo(int contacts) {
        List<Activity> log = new ArrayList<>();
        for (int i = 0; i < contacts; i++) {
            log.add(Activity.builder(ActivityType.MESSAGE_SENT, AS_OF.minusSeconds(60L * (i + 1))).id("m-" + i)
                    .contact(Contact.builder("c-" + i).build()).build());
        }
        return log;
    }

    private static int[][] events(ActivityIndex index) {
        return new int[][] {index.evDay, index.evContact, index.evType, index.evPair, index.evContactType};
    }

    @Test
    void aScoreHandsItsTablesBackAndTheNextScoreGetsThemEmptyOrZeroed() {
        onAFreshThread(() -> {
            ActivityIndex a = scoredIndex(activities(new Random(14), contacts(new Random(15)), "a-", 300));
            IndexScratch s = IndexScratch.acquire();
            assertThat(s).as("free once the score is done").isNotNull();
            assertThat(IndexScratch.acquire()).as("in use until handed back").isNull();

            assertThat(a.contacts.size()).isPositive();
            assertThat(s.contacts(16)).isSameAs(a.contacts).satisfies(c -> assertThat(c.size()).isZero());
            assertThat(s.contacts(16)).as("handed out once").isNotSameAs(a.contacts);
            assertThat(a.contactTypes.size()).isPositive();
            assertThat(s.contactTypes(16)).isSameAs(a.contactTypes).satisfies(c -> assertThat(c.size()).isZero());
            int[][] ev = events(a);
            for (int k = 0; k < ev.length; k++) {
                assertThat(s.events(k, ev[k].length)).as("event array %d", k).isSameAs(ev[k]);
            }
            int[] dayMask = a.dayMask;
            int[] eventStart = a.eventStart;
            int[] eventOrder = a.eventOrder;
            assertThat(dayMask).as("the score marked days").isNotEqualTo(new int[dayMask.length]);
            assertThat(s.dayMask(dayMask.length)).isSameAs(dayMask).containsOnly(0);
            assertThat(s.eventStart(eventStart.length)).isSameAs(eventStart).containsOnly(0);
            assertThat(s.eventOrder(eventOrder.length)).isSameAs(eventOrder);
            s.abandon();

            ActivityIndex b = scoredIndex(activities(new Random(16), contacts(new Random(17)), "b-", 300));
            IndexScratch t = IndexScratch.acquire();
            int[][] bev = events(b);
            for (int k = 0; k < bev.length; k++) {
                assertThat(t.events(k, bev[k].length + 1)).as("too short: a new array").hasSize(bev[k].length + 1)
                        .isNotSameAs(bev[k]);
            }
            assertThat(t.dayMask(b.dayMask.length + 1)).hasSize(b.dayMask.length + 1).isNotSameAs(b.dayMask);
            assertThat(t.eventStart(b.eventStart.length + 1)).isNotSameAs(b.eventStart);
            assertThat(t.eventOrder(b.eventOrder.length + 1)).hasSize(b.eventOrder.length + 1)
                    .isNotSameAs(b.eventOrder);
            t.abandon();
        });
    }

    @Test
    void aScratchAbandonedAfterAFailedBuildKeepsNothing() {
        onAFreshThread(() -> {
            ActivityIndex a = scoredIndex(activities(new Random(18), contacts(new Random(19)), "a-", 200));
            IndexScratch s = IndexScratch.acquire();
            s.abandon();
            IndexScratch again = IndexScratch.acquire();
            assertThat(again).as("free again").isSameAs(s);
            assertThat(again.contacts(16)).isNotSameAs(a.contacts);
            assertThat(again.contactTypes(16)).isNotSameAs(a.contactTypes);
            int[][] ev = events(a);
            for (int k = 0; k < ev.length; k++) {
                assertThat(again.events(k, 1)).as("event array %d", k).isNotSameAs(ev[k]);
            }
            assertThat(again.dayMask(1)).isNotSameAs(a.dayMask);
            assertThat(again.eventStart(1)).isNotSameAs(a.eventStart);
            assertThat(again.eventOrder(1)).isNotSameAs(a.eventOrder);
            again.abandon();
        });
    }

    @Test
    void tablesUpToTheLimitAreKeptAndBiggerOnesAreNot() {
        onAFreshThread(() -> {
            ActivityIndex atTheLimit = scoredIndex(messagesTo(6_000));
            assertThat(atTheLimit.contacts.capacity()).isEqualTo(IndexScratch.MAX_KEPT);
            IndexScratch s = IndexScratch.acquire();
            assertThat(s.contacts(16)).as("kept at the limit").isSameAs(atTheLimit.contacts);
            s.abandon();

            ActivityIndex huge = scoredIndex(messagesTo(20_000));
            assertThat(huge.contacts.capacity()).isGreaterThan(IndexScratch.MAX_KEPT);
            assertThat(huge.contactTypes.capacity()).isGreaterThan(IndexScratch.MAX_KEPT);
            assertThat(huge.evDay.length).isGreaterThan(IndexScratch.MAX_KEPT);
            assertThat(huge.eventOrder.length).isGreaterThan(IndexScratch.MAX_KEPT);
            IndexScratch t = IndexScratch.acquire();
            assertThat(t.contacts(16)).isNotSameAs(huge.contacts);
            assertThat(t.contactTypes(16)).isNotSameAs(huge.contactTypes);
            int[][] ev = events(huge);
            for (int k = 0; k < ev.length; k++) {
                assertThat(t.events(k, 1)).as("event array %d", k).isNotSameAs(ev[k]);
            }
            assertThat(t.eventOrder(1)).isNotSameAs(huge.eventOrder);
            assertThat(t.dayMask(huge.dayMask.length)).as("a day array is as long as the window").isSameAs(huge.dayMask);
            t.abandon();
        });
    }
}
