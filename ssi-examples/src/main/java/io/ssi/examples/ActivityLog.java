package io.ssi.examples;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Writes a synthetic but realistic activity log: each kind of activity at a steady weekly
 * rate, spread evenly over the weekdays of a period that ends at {@code asOf}, the way the
 * calibration personas (README, "How scoring works", Calibration) are specified. Each kind gets its own phase, so
 * that a rate of one a week does not land on the same weekday as every other kind.
 *
 * <p>The ids it writes are unique and stable, like a CRM's row ids. Not thread-safe.
 */
public final class ActivityLog {

    private final String prefix;
    private final Instant asOf;
    private final ZoneId zone;
    private final List<LocalDate> weekdays = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private int kinds;

    /**
     * A log for the given member over the {@code days} days that end on {@code asOf}'s day
     * (in the member's time zone), which is the standard scoring window.
     *
     * @param memberId the member, used as a prefix of the ids
     * @param asOf     the end of the period; nothing is written after it
     * @param zone     the member's time zone
     * @param days     the length of the period
     */
    public ActivityLog(String memberId, Instant asOf, ZoneId zone, int days) {
        this(memberId, asOf, zone, days, 0);
    }

    /**
     * As {@link #ActivityLog(String, Instant, ZoneId, int)}, but the period ends
     * {@code quietDays} days before {@code asOf}: a member who stopped.
     *
     * @param memberId  the member
     * @param asOf      the instant the member will be scored at
     * @param zone      the member's time zone
     * @param days      the length of the active period
     * @param quietDays days of silence between the end of the period and {@code asOf}
     */
    public ActivityLog(String memberId, Instant asOf, ZoneId zone, int days, int quietDays) {
        this.prefix = Objects.requireNonNull(memberId, "memberId");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.zone = Objects.requireNonNull(zone, "zone");
        LocalDate last = LocalDate.ofInstant(asOf, zone).minusDays(quietDays);
        for (LocalDate d = last.minusDays(days - 1L); !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                weekdays.add(d);
            }
        }
    }

    /**
     * Adds {@code perWeek} activities of a type a week, with no contact.
     *
     * @param type    the type
     * @param perWeek the steady weekly rate
     * @return this log
     */
    public ActivityLog weekly(ActivityType type, double perWeek) {
        return weekly(type, perWeek, 0, k -> null);
    }

    /**
     * Adds {@code perWeek} activities of a type a week, with engagement on each.
     *
     * @param type       a content type
     * @param perWeek    the steady weekly rate
     * @param engagement reactions and comments per item
     * @return this log
     */
    public ActivityLog weekly(ActivityType type, double perWeek, int engagement) {
        return weekly(type, perWeek, engagement, k -> null);
    }

    /**
     * Adds {@code perWeek} activities of a type a week; the k-th gets {@code contact.apply(k)}
     * (which may be null for none).
     *
     * @param type    the type
     * @param perWeek the steady weekly rate
     * @param contact the contact of the k-th activity, or null
     * @return this log
     */
    public ActivityLog weekly(ActivityType type, double perWeek, IntFunction<Contact> contact) {
        return weekly(type, perWeek, 0, contact);
    }

    private ActivityLog weekly(ActivityType type, double perWeek, int engagement, IntFunction<Contact> contact) {
        int n = (int) Math.round(perWeek * weekdays.size() / 5.0);
        double phase = (kinds++ * 0.6180339887) % 1.0;
        for (int k = 0; k < n; k++) {
            LocalDate day = weekdays.get((int) ((k + phase) * weekdays.size() / n));
            add(type, day, k, engagement, contact.apply(k));
        }
        return this;
    }

    /**
     * Adds one activity on a given number of weekdays before the end of the period.
     *
     * @param type        the type
     * @param weekdaysAgo 0 for the last weekday of the period
     * @param contact     the contact, or null
     * @return this log
     */
    public ActivityLog once(ActivityType type, int weekdaysAgo, Contact contact) {
        add(type, weekdays.get(weekdays.size() - 1 - weekdaysAgo), activities.size(), 0, contact);
        return this;
    }

    private void add(ActivityType type, LocalDate day, int k, int engagement, Contact contact) {
        // Working hours, staggered by kind and position, so that no two rows share a time.
        LocalTime time = LocalTime.of(9, 0).plusMinutes((kinds * 37L + k * 11L) % 480);
        Instant at = day.atTime(time).atZone(zone).toInstant();
        if (at.isAfter(asOf)) {
            return;
        }
        Activity.Builder b = Activity.builder(type, at).id(prefix + "-" + activities.size()).engagement(engagement);
        if (contact != null) {
            b.contact(contact);
        }
        activities.add(b.build());
    }

    /** @return the activities written so far, as an unmodifiable list */
    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    /** @return the number of weekdays in the period */
    public int weekdayCount() {
        return weekdays.size();
    }
}
