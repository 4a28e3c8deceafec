package io.ssi.core.spi;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.RuleContribution;
import io.ssi.core.Seniority;
import io.ssi.core.SsiScore;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * What a {@link RecommendationGenerator} sees: the score to improve, the member's profile, the
 * aggregates the score was computed from, and helpers that plan activity for a "what if".
 *
 * <p>Not thread-safe: one context serves one call of {@link io.ssi.core.SsiAdvisor#advise}.
 * No method returns {@code null}.
 */
public interface AdviceContext {

    /** @return the score being improved */
    SsiScore score();

    /** @return the member's profile */
    MemberProfile profile();

    /** @return the aggregates the score was computed from */
    ScoringContext scoring();

    /**
     * The rules of the calculator that produced the score, sorted by id: what advice aims at,
     * with their actual targets.
     *
     * @return the rules, unmodifiable
     */
    List<ScoringRule> rules();

    /**
     * The calculator's rule with an id.
     *
     * @param ruleId a rule id
     * @return the rule, or empty if the calculator has none with this id
     */
    default Optional<ScoringRule> rule(String ruleId) {
        for (ScoringRule r : rules()) {
            if (r.id().equals(ruleId)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * The contribution of a rule to the score.
     *
     * @param ruleId a rule id
     * @return the contribution, or empty if the score has no such rule
     */
    Optional<RuleContribution> contribution(String ruleId);

    /**
     * Whether a rule is in the score and below its maximum: only then is it worth advice.
     *
     * @param ruleId a rule id
     * @return {@code true} if the rule scored and is not saturated
     */
    default boolean belowMax(String ruleId) {
        return contribution(ruleId).map(c -> !c.saturated()).orElse(false);
    }

    /**
     * The new connections of the window that name a contact and got no welcome message.
     *
     * @return their contact ids, sorted; possibly empty
     */
    List<String> unwelcomedNewConnections();

    /**
     * A new, made-up contact for planned activity, with a unique id.
     *
     * @param seniority their seniority
     * @param degree    their connection degree, 0 to 3
     * @param accountId their account, or empty
     * @return the contact
     */
    Contact plannedContact(Seniority seniority, int degree, Optional<String> accountId);

    /**
     * Planned activity: {@code perWeek} activities of a type a week, spread evenly over the days
     * of the window, as if the member had kept that rate up. The activities have unique ids.
     *
     * @param type       the type
     * @param perWeek    the rate, not negative
     * @param engagement engagement on each (for content), not negative
     * @param contact    the contact of the k-th activity, or {@code null} for none; called once for
     *                   each activity, in order, before this method returns
     * @return the activities, possibly empty, unmodifiable; the advisor's own context keeps them
     *         described and makes them only when an element is asked for
     */
    List<Activity> weekly(ActivityType type, double perWeek, int engagement, IntFunction<Contact> contact);

    /**
     * Planned activity as {@link #weekly(ActivityType, double, int, IntFunction)} plans it, each
     * activity with a new, made-up contact of its own ({@link #plannedContact}): for example
     * views of decision makers. The advisor's own context keeps such a plan as counts, without
     * making an activity or contact until the list's elements are asked for, so prefer this to
     * a function that makes a new contact each time.
     *
     * @param type       the type
     * @param perWeek    the rate, not negative
     * @param engagement engagement on each (for content), not negative
     * @param seniority  the seniority of each contact
     * @param degree     their connection degree, 0 to 3
     * @param accountId  their account, or empty
     * @return the activities, possibly empty
     */
    default List<Activity> weeklyWithNewContacts(ActivityType type, double perWeek, int engagement,
                                                 Seniority seniority, int degree, Optional<String> accountId) {
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(accountId, "accountId");
        return weekly(type, perWeek, engagement, k -> plannedContact(seniority, degree, accountId));
    }

    /**
     * Planned activity: one activity of a type on the last day of the window.
     *
     * @param type    the type
     * @param contact the contact, or empty
     * @return the activity, with a unique id
     */
    Activity today(ActivityType type, Optional<Contact> contact);
}
