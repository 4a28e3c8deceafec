package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.MemberProfile;
import io.ssi.core.Seniority;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Writes activity logs for rule tests: steady weekly rates spread evenly over every day of a
 * period, and bursts on single days. Ids are unique within one writer. Contact ids carry the
 * marker {@value #PII}, so that tests can check that no explanation repeats them.
 *
 * <p>By default the period is the standard 90-day window ending on the day of {@link #AS_OF}.
 * Activities are written at noon, before {@code asOf}'s 18:00, so that the last day counts.
 */
final class Logs {

    /** Marks personal data in fixtures: contact ids, headlines and summaries. */
    static final String PII = "PII";
    /** The instant the tests score at: a Monday evening. */
    static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");
    /** The standard window. */
    static final int WINDOW_DAYS = 90;

    private final ZoneId zone;
    private final Instant asOf;
    private final String prefix;
    private final List<Activity> activities = new ArrayList<>();
    private int days = WINDOW_DAYS;
    private int quietDays;
    private int contacts;

    private Logs(ZoneId zone, Instant asOf, String prefix) {
        this.zone = zone;
        this.asOf = asOf;
        this.prefix = prefix;
    }

    /** A writer in UTC for {@link #AS_OF}. */
    static Logs log() {
        return new Logs(ZoneOffset.UTC, AS_OF, "row");
    }

    /** A writer for a member in the given zone, scored at {@code asOf}; ids start with {@code prefix}. */
    static Logs log(ZoneId zone, Instant asOf, String prefix) {
        return new Logs(zone, asOf, prefix);
    }

    /**
     * Writes what follows over {@code days} days that end {@code quietDays} days before
     * {@code asOf}'s day.
     */
    Logs period(int days, int quietDays) {
        this.days = days;
        this.quietDays = quietDays;
        return this;
    }

    /** {@code perWeek} activities of the type a week, with no contact. */
    Logs perWeek(ActivityType type, double perWeek) {
        return perWeek(type, perWeek, 0, k -> null);
    }

    /** {@code perWeek} content items a week, each with the given engagement. */
    Logs perWeek(ActivityType type, double perWeek, int engagement) {
        return perWeek(type, perWeek, engagement, k -> null);
    }

    /** {@code perWeek} activities a week; the k-th with {@code contact.apply(k)}, which may be null. */
    Logs perWeek(ActivityType type, double perWeek, IntFunction<Contact> contact) {
        return perWeek(type, perWeek, 0, contact);
    }

    private Logs perWeek(ActivityType type, double perWeek, int engagement, IntFunction<Contact> contact) {
        int n = (int) Math.round(perWeek * days / 7.0);
        for (int k = 0; k < n; k++) {
            // Evenly spaced, the k-th in the middle of its share of the period.
            int day = (int) ((k + 0.5) * days / n);
            add(type, days - 1 - day + quietDays, engagement, contact.apply(k));
        }
        return this;
    }

    /**
     * Outcomes that prove prospecting in full, even after a month of silence: five times {@link Response#OUTCOMES_FULL} InMail replies
     * a week, with no InMail sent (so no reply rate changes).
     */
    Logs withOutcomes() {
        return perWeek(ActivityType.INMAIL_REPLY_RECEIVED, 5 * Response.OUTCOMES_FULL);
    }

    /** {@code count} activities of the type on one day, {@code daysAgo} days before {@code asOf}'s day. */
    Logs onDay(ActivityType type, int daysAgo, int count) {
        return onDay(type, daysAgo, count, k -> null);
    }

    /** As {@link #onDay(ActivityType, int, int)}; the k-th with {@code contact.apply(k)}. */
    Logs onDay(ActivityType type, int daysAgo, int count, IntFunction<Contact> contact) {
        for (int k = 0; k < count; k++) {
            add(type, daysAgo, 0, contact.apply(k));
        }
        return this;
    }

    /** {@code perDay} activities of the type on each of the {@code days} last days of the period. */
    Logs daily(ActivityType type, int days, int perDay) {
        for (int d = 0; d < days; d++) {
            for (int k = 0; k < perDay; k++) {
                add(type, d + quietDays, 0, null);
            }
        }
        return this;
    }

    private void add(ActivityType type, int daysAgo, int engagement, Contact contact) {
        LocalDate day = LocalDate.ofInstant(asOf, zone).minusDays(daysAgo);
        Instant at = day.atTime(LocalTime.NOON).atZone(zone).toInstant();
        Activity.Builder b = Activity.builder(type, at).id(prefix + "-" + activities.size()).engagement(engagement);
        if (contact != null) {
            b.contact(contact);
        }
        activities.add(b.build());
    }

    /** A new contact with a fresh id at each call. */
    Contact contact(Seniority seniority, String account, int degree) {
        return contact(seniority, account, degree, false);
    }

    /** A new contact with a fresh id at each call. */
    Contact contact(Seniority seniority, String account, int degree, boolean colleague) {
        Contact.Builder b = Contact.builder(PII + "-" + prefix + "-contact-" + contacts++).seniority(seniority)
                .degree(degree).colleague(colleague);
        if (account != null) {
            b.accountId(account);
        }
        return b.build();
    }

    /** A contact with an id of its own, for tests that need the same person twice. */
    static Contact person(String name, Seniority seniority, String account, int degree) {
        Contact.Builder b = Contact.builder(PII + "-" + name).seniority(seniority).degree(degree);
        if (account != null) {
            b.accountId(account);
        }
        return b.build();
    }

    List<Activity> build() {
        return List.copyOf(activities);
    }

    /** The activities so far, as the input of a rule for the given profile. */
    RuleInput input(MemberProfile profile) {
        return new RuleInput(profile, activities, asOf);
    }
}
