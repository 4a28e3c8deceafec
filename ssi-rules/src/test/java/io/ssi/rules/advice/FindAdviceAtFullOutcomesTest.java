package io.ssi.rules.advice;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.SsiCalculator;
import io.ssi.core.spi.AdviceContext;
import io.ssi.core.spi.ScoringContext;
import io.ssi.rules.Response;
import io.ssi.rules.StandardModel;
import io.ssi.rules.advice.Members.Log;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prospecting waits for the advice to be found only while outcomes are short of
 * {@link Response#OUTCOMES_FULL}: at exactly that rate prospecting already counts in full, so it
 * is advised alongside being found. A log of whole activities on whole days, weighted by
 * recency, cannot land on 1.5 outcomes a week exactly, so the generator is handed the real
 * context of a member who proves prospecting, with the outcome rates it reads set by hand.
 */
final class FindAdviceAtFullOutcomesTest {

    private static final SsiCalculator CALC = SsiCalculator.builder().rules(StandardModel.rules()).build();
    private static final MemberProfile P = MemberProfile.builder("m").targetAccounts(Set.of("zeta", "alpha")).build();
    private static final Set<ActivityType> OUTCOMES = EnumSet.of(ActivityType.CONNECTION_REQUEST_ACCEPTED,
            ActivityType.CONNECTION_INVITE_ACCEPTED, ActivityType.MESSAGE_REPLY_RECEIVED,
            ActivityType.INMAIL_REPLY_RECEIVED, ActivityType.PROFILE_VIEW_RECEIVED);
    private static final List<String> PROSPECTING = List.of(FindAdvice.SEARCH_MORE, FindAdvice.USE_SEARCH_FILTERS,
            FindAdvice.VIEW_DECISION_MAKERS, FindAdvice.LOOK_BEYOND_NETWORK, FindAdvice.SAVE_LEADS,
            FindAdvice.SAVE_ACCOUNTS, FindAdvice.FOLLOW_MEMBERS);

    /** New connections enough to prove prospecting, and no profile views received: the advice to be found is open. */
    private static final List<Activity> PROVEN = new Log(P, "a").weekly(ActivityType.CONNECTION_INVITE_ACCEPTED, 3)
            .activities();

    @Test
    void atExactlyFullOutcomesProspectingIsAdvisedAlongsideBeingFound() {
        List<String> codes = codesWithOutcomes(Response.OUTCOMES_FULL);
        assertThat(codes).containsAll(PROSPECTING).contains(FindAdvice.ATTRACT_PROFILE_VIEWS,
                FindAdvice.BE_ACTIVE_DAILY).hasSize(PROSPECTING.size() + 2);
    }

    @Test
    void theLeastShortfallStillHoldsProspectingBack() {
        // The same context a rate's last bit lower: the rates set by hand are what decides.
        List<String> codes = codesWithOutcomes(Math.nextDown(Response.OUTCOMES_FULL));
        assertThat(codes).containsExactly(FindAdvice.ATTRACT_PROFILE_VIEWS);
    }

    /**
     * The find advice's codes for the proven member, in a context whose outcome rates add up to
     * {@code outcomes} (all of it new connections accepted) and which answers everything else as
     * the advisor's own context does.
     */
    private static List<String> codesWithOutcomes(double outcomes) {
        Suggested run = Suggested.by(new FindAdvice(), CALC, P, PROVEN,
                c -> replacingScoring(c, withOutcomes(c.scoring(), outcomes)));
        assertThat(Response.outcomes(run.scoring())).isEqualTo(outcomes);
        return run.codes();
    }

    /**
     * A context that answers as {@code real} does, but for the weekly rates of the outcome types
     * ({@code outcomes} for accepted invitations, 0 for the others) and for shared figures, which
     * it works out on itself so that they see those rates.
     */
    private static ScoringContext withOutcomes(ScoringContext real, double outcomes) {
        return proxy(ScoringContext.class, (self, method, args) -> {
            if (method.getName().equals("weeklyRate") && args.length == 1 && OUTCOMES.contains(args[0])) {
                return args[0] == ActivityType.CONNECTION_INVITE_ACCEPTED ? outcomes : 0.0;
            }
            if (method.getName().equals("shared")) {
                @SuppressWarnings("unchecked")
                ToDoubleFunction<ScoringContext> figure = (ToDoubleFunction<ScoringContext>) args[0];
                return figure.applyAsDouble((ScoringContext) self);
            }
            return call(method, real, args);
        });
    }

    /** A context that answers as {@code real} does, with {@code scoring} as its aggregates. */
    private static AdviceContext replacingScoring(AdviceContext real, ScoringContext scoring) {
        return proxy(AdviceContext.class, (self, method, args) ->
                method.getName().equals("scoring") ? scoring : call(method, real, args));
    }

    private interface Answer {
        Object answer(Object self, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(self, method, args == null ? new Object[0] : args)));
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
