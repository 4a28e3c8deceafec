package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.Seniority;
import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.Suggestion;
import io.ssi.rules.Aggregate;
import io.ssi.rules.Curve;
import io.ssi.rules.Lever;
import io.ssi.rules.Response;
import io.ssi.rules.Scaling;
import io.ssi.rules.StandardModel;
import io.ssi.rules.WeeklyRateRule;
import io.ssi.rules.advice.Members.Log;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.ssi.rules.advice.Suggested.inWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the find advice plans: being found before prospecting while prospecting leads to too few
 * outcomes, the contacts each view plan is made of, and the filtered searches that make a
 * missing day count.
 */
final class FindAdvicePlansTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules()).build();
    private static final MemberProfile P = MemberProfile.builder("m").targetAccounts(Set.of("zeta", "alpha")).build();

    // A fresh generator for every run: a generator remembers what it found among the last rule list
    // it was given, so one kept across tests would let a test pass on what another test's run
    // found, and a broken look-up would go unseen by every test but the first.
    private static FindAdvice advice() {
        return new FindAdvice();
    }

    private static Suggested suggest(List<Activity> log) {
        return Suggested.by(advice(), CALC, P, log);
    }

    /** Enough new connections a week to prove prospecting in full, and nothing else. */
    private static Log proven() {
        return new Log(P, "a").weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, 3);
    }

    private static final List<String> PROSPECTING = List.of(FindAdvice.SEARCH_MORE, FindAdvice.USE_SEARCH_FILTERS,
            FindAdvice.VIEW_DECISION_MAKERS, FindAdvice.LOOK_BEYOND_NETWORK, FindAdvice.SAVE_LEADS,
            FindAdvice.SAVE_ACCOUNTS, FindAdvice.FOLLOW_MEMBERS);

    @Test
    void withoutOutcomesTheAdviceIsToBeFoundFirstAndProspectingWaits() {
        Suggested run = suggest(List.of());
        assertThat(Response.outcomes(run.scoring())).isZero();
        assertThat(run.codes()).containsExactly(FindAdvice.ATTRACT_PROFILE_VIEWS);
        Suggestion s = run.get(FindAdvice.ATTRACT_PROFILE_VIEWS);
        assertThat(s.pillar()).isEqualTo(Pillar.FIND_RIGHT_PEOPLE);
        assertThat(s.activity()).contains(ActivityType.PROFILE_VIEW_RECEIVED);
        assertThat(s.extraPerWeek()).isEqualTo(20.0);
        assertThat(s.messageArgs()).containsExactly(0.0, 20.0, 20.0);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("find.profile-views-received"));
        assertThat(s.ruleIds()).containsExactly("find.profile-views-received");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(20))
                .allSatisfy(a -> assertThat(a.contact()).isEmpty());
    }

    @Test
    void onceProspectingLeadsToOutcomesEveryProspectingAdviceComesAlongsideBeingFound() {
        Suggested run = suggest(proven().activities());
        assertThat(Response.outcomes(run.scoring())).isGreaterThanOrEqualTo(Response.OUTCOMES_FULL);
        assertThat(run.codes()).containsAll(PROSPECTING).contains(FindAdvice.ATTRACT_PROFILE_VIEWS,
                FindAdvice.BE_ACTIVE_DAILY).hasSize(PROSPECTING.size() + 2);
    }

    @Test
    void outcomesJustShortOfFullStillHoldProspectingBack() {
        Suggested run = suggest(new Log(P, "a").weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, 1).activities());
        assertThat(Response.outcomes(run.scoring())).isPositive().isLessThan(Response.OUTCOMES_FULL);
        assertThat(run.codes()).containsExactly(FindAdvice.ATTRACT_PROFILE_VIEWS);
    }

    @Test
    void aModelWithoutTheAdviceToBeFoundNeverHoldsProspectingBack() {
        SsiCalculator calc = SsiCalculator.builder().rules(StandardModel.builder()
                .drop("find.profile-views-received").build()).build();
        Suggested run = Suggested.by(advice(), calc, P, List.of());
        assertThat(Response.outcomes(run.scoring())).isZero();
        assertThat(run.codes()).containsAll(PROSPECTING).contains(FindAdvice.BE_ACTIVE_DAILY)
                .doesNotContain(FindAdvice.ATTRACT_PROFILE_VIEWS);
    }

    @Test
    void decisionMakerViewsArePlannedAsNewVicePresidentsOneDegreeAway() {
        Suggested run = suggest(proven().activities());
        Suggestion s = run.get(FindAdvice.VIEW_DECISION_MAKERS);
        assertThat(s.activity()).contains(ActivityType.PROFILE_VIEWED);
        assertThat(s.extraPerWeek()).isEqualTo(20.0);
        assertThat(s.messageArgs()).containsExactly(0.0, 20.0, 20.0);
        // The views raise the plain profile views too; they are not beyond the network.
        assertThat(s.ruleIds()).containsExactly("find.decision-maker-views", "find.profile-views");
        List<Contact> viewed = s.plannedActivities().stream().map(a -> a.contact().orElseThrow()).toList();
        assertThat(viewed).hasSize((int) inWindow(20)).doesNotHaveDuplicates().allSatisfy(c -> {
            assertThat(c.seniority()).isEqualTo(Seniority.VP);
            assertThat(c.degree()).isEqualTo(2);
            assertThat(c.accountId()).isEmpty();
        });
    }

    @Test
    void viewsBeyondTheNetworkArePlannedAsNewThirdDegreeManagers() {
        Suggestion s = suggest(proven().activities()).get(FindAdvice.LOOK_BEYOND_NETWORK);
        assertThat(s.ruleIds()).containsExactly("find.out-of-network-views", "find.profile-views");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(20)).allSatisfy(a -> {
            Contact c = a.contact().orElseThrow();
            assertThat(c.seniority()).isEqualTo(Seniority.MANAGER);
            assertThat(c.degree()).isEqualTo(3);
            assertThat(c.accountId()).isEmpty();
        });
    }

    @Test
    void aLeverAimedAtTargetAccountsPlansContactsAtTheFirstTargetAccountByName() {
        WeeklyRateRule atTargets = WeeklyRateRule.builder("find.accounts-saved", Pillar.FIND_RIGHT_PEOPLE).maxPoints(1)
                .target(3).measures(Aggregate.rate(ActivityType.LEAD_SAVED, ContactFacet.TARGET_ACCOUNT))
                .unit("leads saved at target accounts a week")
                .lever(Lever.activity(FindAdvice.SAVE_ACCOUNTS, ActivityType.LEAD_SAVED, ContactFacet.TARGET_ACCOUNT))
                .build();
        SsiCalculator calc = SsiCalculator.builder().rules(StandardModel.builder().drop("find.accounts-saved")
                .add(atTargets).build()).build();
        Suggestion s = Suggested.by(advice(), calc, P, proven().activities()).get(FindAdvice.SAVE_ACCOUNTS);
        assertThat(s.activity()).contains(ActivityType.LEAD_SAVED);
        assertThat(s.ruleIds()).containsExactly("find.accounts-saved", "find.leads-saved");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(3)).allSatisfy(a -> {
            Contact c = a.contact().orElseThrow();
            assertThat(c.accountId()).contains("alpha");
            assertThat(c.seniority()).isEqualTo(Seniority.MANAGER);
            assertThat(c.degree()).isEqualTo(2);
        });
    }

    @Test
    void filteredSearchesAlsoRaiseTheSearchesAndTheDaysActive() {
        Suggestion s = suggest(proven().activities()).get(FindAdvice.USE_SEARCH_FILTERS);
        assertThat(s.activity()).contains(ActivityType.ADVANCED_SEARCH_PERFORMED);
        assertThat(s.ruleIds()).containsExactly("find.filtered-searches", "find.days-active", "find.searches");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(5)).allSatisfy(a -> assertThat(a.contact()).isEmpty());
        Suggestion plain = suggest(proven().activities()).get(FindAdvice.SEARCH_MORE);
        assertThat(plain.activity()).contains(ActivityType.SEARCH_PERFORMED);
        assertThat(plain.ruleIds()).containsExactly("find.searches");
        assertThat(plain.plannedActivities()).hasSize((int) inWindow(10));
    }

    @Test
    void missingDaysArePlannedAsFilteredSearchesAtTheWholeTargetRate() {
        Suggested run = suggest(proven().activities());
        Suggestion s = run.get(FindAdvice.BE_ACTIVE_DAILY);
        assertThat(s.activity()).contains(ActivityType.ADVANCED_SEARCH_PERFORMED);
        assertThat(s.extraPerWeek()).isEqualTo(5.0);
        assertThat(s.messageArgs()).containsExactly(0.0, 5.0, 5.0);
        assertThat(s.evidenceArgs()).isEqualTo(run.evidence("find.days-active"));
        assertThat(s.ruleIds()).containsExactly("find.days-active", "find.filtered-searches", "find.searches");
        assertThat(s.plannedActivities()).hasSize((int) inWindow(5)).allSatisfy(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.ADVANCED_SEARCH_PERFORMED);
            assertThat(a.contact()).isEmpty();
        });
    }

    @Test
    void aMemberActiveOnSomeDaysIsToldTheGapAndPlannedTheTarget() {
        Log log = proven().weekly(ActivityType.MESSAGE_SENT, 2);
        Suggested run = suggest(log.activities());
        double measured = run.contribution("find.days-active").evidence().measured();
        assertThat(measured).isGreaterThan(1).isLessThan(3);
        Suggestion s = run.get(FindAdvice.BE_ACTIVE_DAILY);
        assertThat(s.messageArgs()).containsExactly(measured, 5.0, 5.0 - measured);
        assertThat(s.plannedActivities()).hasSize((int) inWindow(5));
    }

    @Test
    void daysCountedWithoutFilteredSearchesAreDosedWithTheFirstTypeAndNeedNotWaitForOutcomes() {
        // A days rule over messages and InMails: its dose is a message, which no prospecting rule
        // reads, so it is advised even while being found comes first.
        WeeklyRateRule messaging = WeeklyRateRule.builder("find.days-active", Pillar.FIND_RIGHT_PEOPLE).maxPoints(2.5)
                .target(5).measures(Aggregate.activeDays(EnumSet.of(ActivityType.INMAIL_SENT,
                        ActivityType.MESSAGE_SENT))).scaled(Scaling.RESPONSE).curve(Curve.EASED).unit("days").build();
        SsiCalculator calc = SsiCalculator.builder().rules(StandardModel.builder().drop("find.days-active")
                .add(messaging).build()).build();
        Suggested run = Suggested.by(advice(), calc, P, List.of());
        ActivityType first = messaging.aggregate().types().get(0);
        assertThat(run.codes()).containsExactlyInAnyOrder(FindAdvice.ATTRACT_PROFILE_VIEWS, FindAdvice.BE_ACTIVE_DAILY);
        Suggestion s = run.get(FindAdvice.BE_ACTIVE_DAILY);
        assertThat(s.activity()).contains(first);
        assertThat(s.ruleIds()).containsExactly("find.days-active");
        assertThat(s.plannedActivities()).allSatisfy(a -> assertThat(a.type()).isEqualTo(first));
    }

    @Test
    void withoutOutcomesTheFilteredSearchesOfPresenceWaitToo() {
        Suggested run = suggest(List.of());
        assertThat(run.find(FindAdvice.BE_ACTIVE_DAILY)).isEqualTo(Optional.empty());
    }

    @Test
    void aSearchRuleNotScaledByOutcomesIsNotHeldBack() {
        // Searches that are not scaled by their outcomes are worth their points at once.
        WeeklyRateRule unscaled = WeeklyRateRule.builder("find.searches", Pillar.FIND_RIGHT_PEOPLE).maxPoints(2)
                .target(10).measures(Aggregate.rate(ActivityType.SEARCH_PERFORMED, ActivityType.ADVANCED_SEARCH_PERFORMED))
                .unit("searches a week").curve(Curve.EASED)
                .lever(Lever.activity(FindAdvice.SEARCH_MORE, ActivityType.SEARCH_PERFORMED, ContactFacet.ANY)).build();
        SsiCalculator calc = SsiCalculator.builder().rules(StandardModel.builder().drop("find.searches")
                .add(unscaled).build()).build();
        Suggested run = Suggested.by(advice(), calc, P, List.of());
        assertThat(run.codes()).containsExactlyInAnyOrder(FindAdvice.ATTRACT_PROFILE_VIEWS, FindAdvice.SEARCH_MORE);
        assertThat(run.get(FindAdvice.SEARCH_MORE).extraPerWeek()).isCloseTo(10, within(1e-12));
    }
}
