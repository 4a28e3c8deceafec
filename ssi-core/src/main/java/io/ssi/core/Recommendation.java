package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One ranked piece of advice: what to do, in the member's own numbers, and how many points
 * following it is expected to add.
 *
 * <p>The expected gain is measured, not guessed: the advisor applies the change the
 * recommendation describes (its planned activity at the stated weekly rate, or its profile
 * change) to the member's aggregates and re-scores its pillar with the same rules and targets.
 * Gains are marginal: within a pillar each one assumes the recommendations before it are
 * followed too, so a pillar's gains never add up to more than the points it is missing.
 * Immutable.
 *
 * @param pillar       the pillar it improves
 * @param code         a stable code, such as {@code relationships.welcome-new-connections}
 * @param message      what to do, localised, with the member's own figures
 * @param evidence     what it is based on, localised
 * @param expectedGain the points the pillar is expected to gain, never negative
 * @param ruleIds      the rules it aims at
 * @param activity     the kind of activity it asks for more of, if any
 * @param extraPerWeek how many more of {@code activity} a week it asks for; 0 if none
 * @param subjects     the contact or account ids it names (for example the new connections
 *                     that got no welcome message), possibly empty
 * @param locale       the language of the message and evidence
 */
public record Recommendation(Pillar pillar, String code, String message, String evidence, double expectedGain,
                             List<String> ruleIds, Optional<ActivityType> activity, double extraPerWeek,
                             List<String> subjects, Locale locale) {

    public Recommendation {
        Objects.requireNonNull(pillar, "pillar");
        Checks.nonBlank(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(evidence, "evidence");
        Checks.nonNegative(expectedGain, "expectedGain");
        ruleIds = copyWithoutNulls(ruleIds, "ruleIds");
        Objects.requireNonNull(activity, "activity");
        Checks.nonNegative(extraPerWeek, "extraPerWeek");
        subjects = copyWithoutNulls(subjects, "subjects");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * An immutable copy of a list that holds no null, as {@code List.copyOf(Checks.noNullElements(list, field))}
     * gives it, with the same exception for a null list or element: the copy itself rejects a null
     * element, and an immutable list without nulls (what the advisor passes) is taken as it is,
     * so that the advisor's lists are not read element by element through the interface again
     * for every recommendation. Only a list that holds a null is read again, to name the element.
     */
    private static <T> List<T> copyWithoutNulls(List<T> list, String field) {
        Objects.requireNonNull(list, field);
        try {
            return List.copyOf(list);
        } catch (NullPointerException e) {
            Checks.noNullElements(list, field);
            throw e;
        }
    }

    /**
     * The recommendation without what may identify people: the number of subjects instead of
     * their contact or account ids, and the lengths of the message and evidence, which may name
     * accounts ("connect with more people at acme, globex"), instead of their text. Show the
     * rep {@link #message()}; log this.
     *
     * @return a description that is safe to log
     */
    @Override
    public String toString() {
        return "Recommendation[pillar=" + pillar + ", code=" + code + ", expectedGain=" + expectedGain + ", ruleIds="
                + ruleIds + ", activity=" + activity.map(Enum::name).orElse("none") + ", extraPerWeek=" + extraPerWeek
                + ", subjects=" + subjects.size() + " (ids withheld), message=" + message.length()
                + " chars, evidence=" + evidence.length() + " chars, locale=" + locale + "]";
    }
}
