package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.ScoringOptions;
import io.ssi.core.Seniority;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.ssi.core.internal.PlannedWindowTest.AS_OF;
import static io.ssi.core.internal.PlannedWindowTest.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A log that names a contact which one of several described parts will make up cannot be
 * counted by adding the parts: whichever part it is, in whatever order the parts came, and
 * however many contacts the parts before it hold.
 */
final class PlannedWindowConsistencyTest {

    private static final Instant AT = AS_OF.minusSeconds(40_000).plusMillis(9);

    private static int[] numbers(int from, int n) {
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) {
            ids[k] = from + k;
        }
        return ids;
    }

    /** Views of four new contacts, numbered from {@code contacts}; the activities' numbers from {@code ids}. */
    private static PlannedActivities views(int ids, int contacts) {
        return PlannedActivities.withNewContacts(ActivityType.PROFILE_VIEWED, 0, 90,
                d -> AS_OF.minusSeconds(86_400L * (89 - d)), numbers(ids, 4), numbers(contacts, 4), Seniority.VP, 2,
                Optional.empty());
    }

    /** Whether a log naming planned contact {@code named} can be counted with the two parts as plans. */
    private static boolean consistent(int named, boolean onePlan) {
        List<Activity> log = new ArrayList<>();
        log.add(Activity.builder(ActivityType.MESSAGE_SENT, AT).id("log-names")
                .contact(Contact.builder(PlannedActivities.contactId(named)).build()).build());
        log.add(Activity.builder(ActivityType.POST_LIKED, AT.minusSeconds(5000)).id("like").build());
        Window window = Contexts.slideTo(PROFILE, log, AS_OF, ScoringOptions.defaults());
        PlannedWindow planned = new PlannedWindow(window, window.snapshot(AS_OF));
        // The later numbers first: the parts' contacts are not in order as the plans list them.
        if (onePlan) {
            planned.plan(new PlanList(List.of(views(100, 10), views(200, 0))));
        } else {
            planned.plan(new PlanList(List.of(views(100, 10))));
            planned.plan(new PlanList(List.of(views(200, 0))));
        }
        return planned.consistent();
    }

    @Test
    void aLogNamingAContactOfAnyPartIsNotCountedByParts() {
        for (boolean onePlan : new boolean[] {true, false}) {
            for (int named : new int[] {0, 2, 3, 10, 12, 13}) {
                assertThat(consistent(named, onePlan)).as("contact %d, one plan %s", named, onePlan).isFalse();
            }
            for (int named : new int[] {4, 9, 14, 99}) {
                assertThat(consistent(named, onePlan)).as("contact %d, one plan %s", named, onePlan).isTrue();
            }
        }
    }
}
