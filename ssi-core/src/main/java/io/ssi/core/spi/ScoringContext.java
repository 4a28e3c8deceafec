package io.ssi.core.spi;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;
import io.ssi.core.internal.Contexts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What a {@link ScoringRule} sees: the member's profile and their activity log, already
 * de-duplicated, windowed and aggregated in one pass. Rules read these aggregates; there is
 * deliberately no way to reach the raw log.
 *
 * <p><b>Windows and weights.</b> Only activities whose day (in the member's time zone) lies in
 * the window ending on {@link #asOfDate()} count, and none after {@link #asOf()}. An activity
 * {@code a} days old weighs {@code 0.5^(a / halfLifeDays)}, so a month of inactivity lowers
 * activity-driven points gradually. With a {@linkplain #taperDays() taper} of {@code n} days,
 * an activity {@code k} days into the window's oldest {@code n} days ({@code k = a - (windowDays
 * - n)}) also has its weight multiplied by {@code (1 + cos(pi * k / n)) / 2}, which falls
 * smoothly from 1 to exactly 0 at the window's far edge, so that nothing drops off the window
 * at once. Weighted figures are given as a <em>steady weekly rate</em>: the rate that, kept up
 * every week of the window, would produce the same weighted count (with the same weights,
 * taper included, so a steady rate reads as itself). The taper shapes the weighted figures
 * only: {@link #count counts}, {@link #distinctContacts distinct contacts},
 * {@link #newConnections() new connections} and {@link #activeDays active days} count every
 * activity in the window alike, up to its far edge, so a rule that must have no edge reads
 * weighted figures. A rule can therefore compare them directly with a target such as "3 comments a week".
 * Weighted counts are capped per type per day ({@link #dailyCap()}), so that a burst cannot buy
 * a pillar; raw {@link #count counts} are not capped, since rates such as acceptance need every
 * request.
 *
 * <p>Implementations are immutable and thread-safe. No method returns {@code null}.
 */
public interface ScoringContext {

    /**
     * The context the standard engine builds for a log, with {@link ScoringOptions#defaults()}:
     * for testing a rule on its own.
     *
     * @param profile    the member's profile
     * @param activities the member's activity log
     * @param asOf       the instant to score
     * @return the context
     */
    static ScoringContext of(MemberProfile profile, Collection<Activity> activities, Instant asOf) {
        return of(profile, activities, asOf, ScoringOptions.defaults());
    }

    /**
     * The context the standard engine builds for a log with the given options: for testing a
     * rule on its own under a calculator's options.
     *
     * @param profile    the member's profile
     * @param activities the member's activity log
     * @param asOf       the instant to score
     * @param options    the window, half-life, taper and daily cap (the bands play no part here)
     * @return the context
     */
    static ScoringContext of(MemberProfile profile, Collection<Activity> activities, Instant asOf,
                             ScoringOptions options) {
        return Contexts.of(profile, activities, asOf, options);
    }

    /** @return the member's profile */
    MemberProfile profile();

    /** @return the instant being scored */
    Instant asOf();

    /** @return the day of {@link #asOf()} in the member's time zone: the last day of the window */
    LocalDate asOfDate();

    /** @return how many days the window holds, including {@link #asOfDate()} */
    int windowDays();

    /** @return the recency half-life in days */
    double halfLifeDays();

    /**
     * Over how many of the window's oldest days the weights fall to zero; see the class
     * description. This default, for contexts that do not taper, is 0.
     *
     * @return days, from 0 (no taper) to {@link #windowDays()}
     */
    default int taperDays() {
        return 0;
    }

    /** @return the most activities of one type that count per day in weighted figures */
    int dailyCap();

    /**
     * How many activities of the type lie in the window; not weighted, not capped.
     *
     * @param type the activity type
     * @return the count
     */
    int count(ActivityType type);

    /**
     * How many activities of the type, whose contact has the facet, lie in the window.
     *
     * @param type  the activity type
     * @param facet the quality of the contact
     * @return the count
     */
    int count(ActivityType type, ContactFacet facet);

    /**
     * The recency-weighted, per-day-capped count of the type, as a steady weekly rate.
     *
     * @param type the activity type
     * @return activities a week, never negative
     */
    double weeklyRate(ActivityType type);

    /**
     * As {@link #weeklyRate(ActivityType)}, counting only contacts with the facet.
     *
     * @param type  the activity type
     * @param facet the quality of the contact
     * @return activities a week, never negative
     */
    double weeklyRate(ActivityType type, ContactFacet facet);

    /**
     * The engagement (reactions plus comments) received by content of the type published in
     * the window, recency-weighted, as a steady weekly rate.
     *
     * @param contentType a content type, such as {@link ActivityType#POST_PUBLISHED}
     * @return engagement a week, never negative; 0 for types that are not content
     */
    double weeklyEngagement(ActivityType contentType);

    /**
     * How many {@link ActivityType#CUSTOM} activities of a plugin's kind ({@link Activity#kind()})
     * lie in the window; not weighted, not capped. This default, for contexts that hold no
     * custom kinds, is 0; the engine's context counts them in its one pass like any type.
     *
     * @param kind the kind's name, as the activities give it
     * @return the count, 0 for a kind the log does not name
     */
    default int customCount(String kind) {
        return customCount(kind, ContactFacet.ANY);
    }

    /**
     * As {@link #customCount(String)}, counting only contacts with the facet.
     *
     * @param kind  the kind's name
     * @param facet the quality of the contact
     * @return the count
     */
    default int customCount(String kind, ContactFacet facet) {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(facet, "facet");
        return 0;
    }

    /**
     * The recency-weighted, per-day-capped count of a custom kind, as a steady weekly rate,
     * with the same weights (and taper) as {@link #weeklyRate(ActivityType)}.
     *
     * @param kind the kind's name
     * @return activities a week, never negative; 0 for a kind the log does not name
     */
    default double customWeeklyRate(String kind) {
        return customWeeklyRate(kind, ContactFacet.ANY);
    }

    /**
     * As {@link #customWeeklyRate(String)}, counting only contacts with the facet.
     *
     * @param kind  the kind's name
     * @param facet the quality of the contact
     * @return activities a week, never negative
     */
    default double customWeeklyRate(String kind, ContactFacet facet) {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(facet, "facet");
        return 0.0;
    }

    /**
     * The engagement (reactions plus comments, at most the engagement cap for each item)
     * received by content of the type published in the window: the plain sum, neither weighted
     * nor capped per day.
     *
     * @param contentType a content type, such as {@link ActivityType#POST_PUBLISHED}
     * @return engagement in the window, never negative; 0 for types that are not content
     */
    long engagement(ActivityType contentType);

    /**
     * On how many days of the window the member did at least one of the given types.
     *
     * @param types the activity types that make a day count
     * @return distinct days, between 0 and {@link #windowDays()}
     */
    int activeDays(Set<ActivityType> types);

    /**
     * On how many days of the window the member did the given type: {@link #activeDays(Set)} of
     * the set of that one type, which a rule reading each type of several alone (the standard
     * model's daily cap on plain averages) asks without making or walking a set. This default
     * asks {@code activeDays} of that set; the engine's context looks the count up.
     *
     * @param type the activity type that makes a day count
     * @return distinct days, between 0 and {@link #windowDays()}
     * @throws NullPointerException if {@code type} is null
     */
    default int activeDaysOf(ActivityType type) {
        return activeDays(EnumSet.of(type));
    }

    /**
     * The recency-weighted number of days with at least one of the given types, as days a
     * week (0 to 7).
     *
     * @param types the activity types that make a day count
     * @return days a week, between 0 and 7
     */
    double weeklyActiveDays(Set<ActivityType> types);

    /**
     * How many distinct contacts had at least one activity of the type in the window.
     *
     * @param type the activity type
     * @return distinct contacts
     */
    int distinctContacts(ActivityType type);

    /**
     * New connections made in the window in either direction
     * ({@link ActivityType#CONNECTION_REQUEST_ACCEPTED} or
     * {@link ActivityType#CONNECTION_INVITE_ACCEPTED}): distinct contacts, plus one for each
     * such activity that names no contact.
     *
     * @return new connections
     */
    int newConnections();

    /**
     * How many of the {@link #newConnections() new connections} got a
     * {@link ActivityType#WELCOME_MESSAGE_SENT welcome message} in the window. A welcome message
     * that names a contact counts for that contact, if that contact is a new connection; one
     * that names no contact counts for one new connection that has no welcome yet.
     *
     * @return welcomed new connections, at most {@link #newConnections()}
     */
    int welcomedNewConnections();

    /**
     * How many distinct contacts at the account became connections in the window, in either
     * direction. This is what multi-threading counts.
     *
     * @param accountId an account id
     * @return distinct new connections at that account
     */
    int newConnectionsAt(String accountId);

    /**
     * How many of the member's target accounts have at least {@code atLeast} distinct new
     * connections in the window: multi-threading's count. The engine's context answers from
     * the accounts its log names, so the cost does not grow with the number of target accounts
     * (a history of a member with 100,000 of them costs what one with 10 costs); this default
     * asks {@link #newConnectionsAt(String)} for each target account.
     *
     * @param atLeast the new connections an account needs; 0 or less counts every target account
     * @return target accounts with that many new connections
     */
    default int targetAccountsWithNewConnections(int atLeast) {
        int n = 0;
        for (String account : profile().targetAccounts()) {
            if (newConnectionsAt(account) >= atLeast) {
                n++;
            }
        }
        return n;
    }

    /**
     * How many accounts (companies, as {@link io.ssi.core.Contact#accountId()} names them) have
     * at least {@code atLeast} distinct new connections in the window, in either direction,
     * whether or not they are among the member's target accounts.
     *
     * @param atLeast the new connections an account needs, at least 1
     * @return accounts with that many new connections
     * @throws IllegalArgumentException if {@code atLeast} is below 1
     */
    int accountsWithNewConnections(int atLeast);

    /**
     * Converts a steady weekly rate into the number of activities the window would hold.
     *
     * @param perWeek a rate
     * @return {@code perWeek * windowDays() / 7}
     */
    default double countInWindow(double perWeek) {
        return perWeek * windowDays() / 7.0;
    }

    /**
     * A figure that several rules compute alike from this context, such as the standard model's
     * response quality, which scales a score's volume rules: a context may compute it once and
     * answer every later call with the same value. This default computes it at every call; the
     * engine's context keeps the first few figures it is asked for.
     *
     * <p>The figure must be a pure function of what it reads from the context it is given (as a
     * rule is), read nothing but that context, and be asked for by one and the same object each
     * time (a constant, not a lambda made at each call), since a kept figure is found by identity.
     * A context that records a rule's reads passes itself to the figure, so that the reads it
     * makes are recorded as the rule's own.
     *
     * @param figure the figure, a function of the context
     * @return {@code figure.applyAsDouble(this)}, or the value it gave when last asked here
     * @throws NullPointerException if {@code figure} is null
     */
    default double shared(ToDoubleFunction<ScoringContext> figure) {
        return figure.applyAsDouble(this);
    }
}
