package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.SsiCalculator;
import io.ssi.rules.Response;
import io.ssi.rules.StandardModel;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prospecting waits for the advice to be found only while outcomes are short of
 * {@link Response#OUTCOMES_FULL}: at exactly that rate prospecting already counts in full, so it
 * is advised alongside being found. Outcomes are the window's plain weekly average, so over a
 * 14-day window three accepted invitations are exactly 1.5 a week, and two are short of it.
 */
final class FindAdviceAtFullOutcomesTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules())
            .window(Duration.ofDays(14)).build();
    private static final MemberProfile P = MemberProfile.builder("m").targetAccounts(Set.of("zeta", "alpha")).build();
    private static final List<String> PROSPECTING = List.of(FindAdvice.SEARCH_MORE, FindAdvice.USE_SEARCH_FILTERS,
            FindAdvice.VIEW_DECISION_MAKERS, FindAdvice.LOOK_BEYOND_NETWORK, FindAdvice.SAVE_LEADS,
            FindAdvice.SAVE_ACCOUNTS, FindAdvice.FOLLOW_MEMBERS);

    @Test
    void atExactlyFullOutcomesProspectingIsAdvisedAlongsideBeingFound() {
        List<String> codes = codesWithInvitesAccepted(3, Response.OUTCOMES_FULL);
        assertThat(codes).containsAll(PROSPECTING).contains(FindAdvice.ATTRACT_PROFILE_VIEWS,
                FindAdvice.BE_ACTIVE_DAILY).hasSize(PROSPECTING.size() + 2);
    }

    @Test
    void oneOutcomeShortHoldsProspectingBack() {
        List<String> codes = codesWithInvitesAccepted(2, 1.0);
        assertThat(codes).containsExactly(FindAdvice.ATTRACT_PROFILE_VIEWS);
    }

    /**
     * The find advice's codes for a member whose only activity is {@code invites} invitations
     * accepted in the window, on days of their own, and no profile views received: the advice to
     * be found is open. The outcomes it reads are checked to be {@code outcomes} exactly.
     */
    private static List<String> codesWithInvitesAccepted(int invites, double outcomes) {
        List<Activity> log = new ArrayList<>();
        for (int k = 0; k < invites; k++) {
            log.add(Activity.builder(ActivityType.CONNECTION_INVITE_ACCEPTED,
                    Members.AS_OF.minus(Duration.ofDays(1 + 4L * k))).id("a-" + k).build());
        }
        Suggested run = Suggested.by(new FindAdvice(), CALC, P, log);
        assertThat(Response.outcomes(run.scoring())).isEqualTo(outcomes);
        return run.codes();
    }
}
