package io.ssi.core;

import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.Suggestion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The context the advisor hands its generators, checked inside a generator's call: what it
 * reports of the score and log, and the activities and contacts it plans.
 */
final class PlanningContextTest {

    private static final Instant AS_OF = Instant.parse("2026-11-30T08:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    private static final SsiCalculator CALC = SsiCalculator.builder().addRule(new SsiAdvisorTest.CommentCountRule())
            .build();

    /** Runs {@code check} against the advisor's context for a member with two new connections, one welcomed. */
    static void inContext(Consumer<AdviceContext> check) {
        MemberProfile p = MemberProfile.builder("m").timeZone(ZONE).build();
        Contact ann = Contact.builder("ann").build();
        Contact bob = Contact.builder("bob").build();
        List<Activity> log = List.of(
                Activity.builder(ActivityType.POST_COMMENTED, AS_OF.minusSeconds(3600)).id("c1").build(),
                Activity.builder(ActivityType.CONNECTION_REQUEST_ACCEPTED, AS_OF.minusSeconds(7200)).id("r1")
                        .contact(ann).build(),
                Activity.builder(ActivityType.CONNECTION_INVITE_ACCEPTED, AS_OF.minusSeconds(9000)).id("r2")
                        .contact(bob).build(),
                Activity.builder(ActivityType.WELCOME_MESSAGE_SENT, AS_OF.minusSeconds(5000)).id("w1").contact(ann)
                        .build());
        SsiScore score = CALC.score(p, log, AS_OF);
        List<Boolean> ran = new ArrayList<>();
        SsiAdvisorTest.CommentGenerator checking = new SsiAdvisorTest.CommentGenerator("checking", 1) {
            @Override
            public List<Suggestion> suggest(AdviceContext context) {
                assertThat(context.score()).isEqualTo(score);
                assertThat(context.profile()).isEqualTo(p);
                assertThat(context.scoring().count(ActivityType.POST_COMMENTED)).isEqualTo(1);
                check.accept(context);
                ran.add(true);
                return super.suggest(context);
            }
        };
        SsiAdvisor.builder().calculator(CALC).addGenerator(checking).build().advise(score, p, log);
        assertThat(ran).containsExactly(true);
    }

    @Test
    void itReportsContributionsAndTheNewConnectionsWithoutAWelcome() {
        inContext(c -> {
            assertThat(c.contribution("engage.comment-count")).hasValueSatisfying(r -> assertThat(r.points()).isEqualTo(1));
            assertThat(c.contribution("engage.nothing")).isEmpty();
            assertThat(c.belowMax("engage.comment-count")).isTrue();
            assertThat(c.belowMax("engage.nothing")).isFalse();
            assertThat(c.unwelcomedNewConnections()).containsExactly("bob");
            assertThatThrownBy(() -> c.contribution(null)).isInstanceOf(NullPointerException.class);
        });
    }

    @Test
    void weeklyPlansSpreadTheRateEvenlyOverTheWindowAtLocalNoon() {
        inContext(c -> {
            List<Activity> plan = c.weekly(ActivityType.POST_PUBLISHED, 3.5, 12,
                    k -> Contact.builder("p" + k).build());
            assertThat(plan).hasSize(45); // 3.5 a week over 90 days
            Set<LocalDate> days = new HashSet<>();
            Set<String> ids = new HashSet<>();
            LocalDate today = LocalDate.ofInstant(AS_OF, ZONE);
            for (int k = 0; k < plan.size(); k++) {
                Activity a = plan.get(k);
                assertThat(a.type()).isEqualTo(ActivityType.POST_PUBLISHED);
                assertThat(a.engagement()).isEqualTo(12);
                assertThat(a.contact()).hasValueSatisfying(x -> assertThat(x.id()).isEqualTo("p" + plan.indexOf(a)));
                assertThat(ids.add(a.id())).isTrue();
                LocalDate day = LocalDate.ofInstant(a.at(), ZONE);
                assertThat(days.add(day)).as("one a day at most").isTrue();
                assertThat(day).isAfter(today.minusDays(90)).isBeforeOrEqualTo(today);
                Instant noon = day.atTime(LocalTime.NOON).atZone(ZONE).toInstant();
                assertThat(a.at()).isEqualTo(noon.isAfter(AS_OF) ? AS_OF : noon);
            }
            // Evenly: each half of the window holds half of the plan.
            long firstHalf = days.stream().filter(d -> d.isBefore(today.minusDays(44))).count();
            assertThat(firstHalf).isBetween(22L, 23L);
            assertThat(c.weekly(ActivityType.POST_LIKED, 0, 0, k -> null)).isEmpty();
            assertThat(c.weekly(ActivityType.POST_LIKED, 0.07, 0, k -> null)).singleElement()
                    .satisfies(a -> assertThat(a.contact()).isEmpty());
            assertThat(c.weekly(ActivityType.POST_LIKED, 70, 0, k -> null)).hasSize(900);
            assertThatThrownBy(() -> c.weekly(ActivityType.POST_LIKED, -1, 0, k -> null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("perWeek");
            assertThatThrownBy(() -> c.weekly(null, 1, 0, k -> null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> c.weekly(ActivityType.POST_LIKED, 1, 0, null))
                    .isInstanceOf(NullPointerException.class);
        });
    }

    @Test
    void aWeeklyPlanWhoseFunctionNamesNoContactHasActivitiesWithoutContactsAndOneWithSomeKeepsThem() {
        inContext(c -> {
            List<Activity> none = c.weekly(ActivityType.POST_LIKED, 2, 0, k -> null);
            assertThat(none).hasSize(26).allSatisfy(a -> assertThat(a.contact()).isEmpty());
            List<Activity> some = c.weekly(ActivityType.MESSAGE_SENT, 2, 0,
                    k -> k % 5 == 3 ? Contact.builder("c" + k).build() : null);
            assertThat(some).hasSize(26);
            for (int k = 0; k < some.size(); k++) {
                assertThat(some.get(k).contact().map(Contact::id))
                        .isEqualTo(k % 5 == 3 ? Optional.of("c" + k) : Optional.empty());
            }
        });
    }

    @Test
    void todayAndPlannedContactsAreNewAndUnique() {
        inContext(c -> {
            Activity today = c.today(ActivityType.MESSAGE_SENT, Optional.empty());
            assertThat(today.at()).isEqualTo(AS_OF);
            assertThat(today.contact()).isEmpty();
            assertThat(today.type()).isEqualTo(ActivityType.MESSAGE_SENT);
            Contact vp = c.plannedContact(Seniority.VP, 3, Optional.of("acme"));
            Contact other = c.plannedContact(Seniority.MANAGER, 0, Optional.empty());
            assertThat(vp.seniority()).isEqualTo(Seniority.VP);
            assertThat(vp.degree()).isEqualTo(3);
            assertThat(vp.accountId()).contains("acme");
            assertThat(other.accountId()).isEmpty();
            assertThat(other.degree()).isZero();
            assertThat(vp.id()).isNotEqualTo(other.id());
            Activity withContact = c.today(ActivityType.MESSAGE_SENT, Optional.of(vp));
            assertThat(withContact.contact()).contains(vp);
            assertThat(withContact.id()).isNotEqualTo(today.id());
            assertThat(List.of(today.id(), withContact.id())).doesNotContain("c1", "r1", "r2", "w1");
        });
    }
}
