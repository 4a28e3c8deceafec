package io.ssi.core;

import io.ssi.core.spi.AdviceContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the advisor's planning context promises beyond its basic reports: every planned activity
 * and planned contact of one call has an id of its own, however the generator mixes the ways of
 * planning, and a plan of no activities checks nothing a first activity would have checked.
 */
final class PlanningIdsAndChecksTest {

    @Test
    void itReportsTheCalculatorsRules() {
        PlanningContextTest.inContext(c -> assertThat(c.rules()).extracting(r -> r.id())
                .containsExactly("engage.comment-count"));
    }

    @Test
    void everyPlannedActivityAndContactOfOneCallHasItsOwnId() {
        PlanningContextTest.inContext(c -> {
            List<Activity> planned = new ArrayList<>();
            List<Contact> contacts = new ArrayList<>();
            planned.add(c.today(ActivityType.MESSAGE_SENT, Optional.empty()));
            contacts.add(c.plannedContact(Seniority.VP, 2, Optional.empty()));
            planned.addAll(c.weekly(ActivityType.POST_LIKED, 1, 0, k -> c.plannedContact(Seniority.CXO, 1,
                    Optional.of("acme"))));
            planned.addAll(c.weekly(ActivityType.POST_COMMENTED, 1, 0, k -> null));
            planned.add(c.today(ActivityType.MESSAGE_SENT, Optional.empty()));
            planned.addAll(c.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 1, 0, Seniority.DIRECTOR, 3,
                    Optional.empty()));
            contacts.add(c.plannedContact(Seniority.MANAGER, 0, Optional.empty()));
            planned.addAll(c.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 0.5, 0, Seniority.VP, 1,
                    Optional.of("acme")));
            planned.add(c.today(ActivityType.MESSAGE_SENT, Optional.empty()));
            assertThat(planned).hasSize(3 + 13 + 13 + 13 + 6);
            Set<String> ids = new HashSet<>(List.of("c1", "r1", "r2", "w1"));
            for (Activity a : planned) {
                assertThat(ids.add(a.id())).as("activity id %s", a.id()).isTrue();
                a.contact().ifPresent(contacts::add);
            }
            assertThat(contacts).hasSize(2 + 13 + 13 + 6);
            Set<String> contactIds = new HashSet<>(List.of("ann", "bob"));
            for (Contact x : contacts) {
                assertThat(contactIds.add(x.id())).as("contact id %s", x.id()).isTrue();
            }
        });
    }

    @Test
    void aWeeklyPlanChecksTheEngagementOnlyWhenItPlansSomething() {
        PlanningContextTest.inContext(c -> {
            assertThat(c.weekly(ActivityType.POST_PUBLISHED, 0, -1, k -> null)).isEmpty();
            assertThat(c.weekly(ActivityType.POST_PUBLISHED, 0.03, -1, k -> null)).isEmpty();
            assertThatThrownBy(() -> c.weekly(ActivityType.POST_PUBLISHED, 0.07, -1, k -> null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("engagement");
        });
    }

    @Test
    void aPlanWithNewContactsChecksThemAtOnceOnlyWhenItPlansSomething() {
        PlanningContextTest.inContext(c -> {
            // As the interface's own default would: no activity, so no contact is made or checked.
            assertThat(c.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 0, -1, Seniority.VP, 9,
                    Optional.of(" "))).isEmpty();
            assertThatThrownBy(() -> c.weeklyWithNewContacts(ActivityType.POST_PUBLISHED, 1, -1, Seniority.VP, 1,
                    Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("engagement");
            assertThatThrownBy(() -> c.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 1, 0, Seniority.VP, 9,
                    Optional.empty())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degree");
            assertThatThrownBy(() -> c.weeklyWithNewContacts(ActivityType.PROFILE_VIEWED, 1, 0, Seniority.VP, 1,
                    Optional.of(" "))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("accountId");
        });
    }
}
