package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.ActivityType;
import io.ssi.core.Contact;
import io.ssi.core.Seniority;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * Planned activity at a steady weekly rate, described instead of made: {@code n} activities of
 * one type spread evenly over the window's days, the k-th on day {@code (k + 0.5) * days / n},
 * each with a given contact, a new made-up one, or none. The advisor adds such a plan to a
 * score's sums by its counts per day ({@link PlannedWindow}), so that a what-if costs nothing
 * per planned activity; the {@link Activity} objects are made only when an element is asked
 * for, once, and are then the ones the plan always stood for (same ids, instants, contacts).
 *
 * <p>Immutable and thread-safe: the elements are made at most once per thread that races to
 * make them, all equal.
 */
public final class PlannedActivities extends AbstractList<Activity> implements RandomAccess {

    private final ActivityType type;
    private final int engagement;
    private final int days;
    private final int n;
    private final IntFunction<Instant> instantOfDay;
    private final int[] activityIds;
    private final Contact[] contacts;
    private final Seniority seniority;
    private final int degree;
    private final Optional<String> accountId;
    private final int[] contactIds;
    private volatile List<Activity> made;

    private PlannedActivities(ActivityType type, int engagement, int days, IntFunction<Instant> instantOfDay,
                              int[] activityIds, Contact[] contacts, Seniority seniority, int degree,
                              Optional<String> accountId, int[] contactIds) {
        this.type = type;
        this.engagement = engagement;
        this.days = days;
        this.n = activityIds.length;
        this.instantOfDay = instantOfDay;
        this.activityIds = activityIds;
        this.contacts = contacts;
        this.seniority = seniority;
        this.degree = degree;
        this.accountId = accountId;
        this.contactIds = contactIds;
    }

    /**
     * Activities with the given contacts (or none).
     *
     * @param type         the type
     * @param engagement   the engagement of each
     * @param days         the window's days
     * @param instantOfDay the instant of a planned activity on a day of the window (0 its first)
     * @param activityIds  the number in the id {@code ssi-planned-N} of each activity, increasing
     * @param contacts     the contact of each, an element {@code null} for none; or {@code null}
     *                     itself if none has a contact
     * @return the plan
     */
    public static PlannedActivities withContacts(ActivityType type, int engagement, int days,
                                                 IntFunction<Instant> instantOfDay, int[] activityIds,
                                                 Contact[] contacts) {
        return new PlannedActivities(type, engagement, days, instantOfDay, activityIds, contacts, null, 0,
                Optional.empty(), null);
    }

    /**
     * Activities each with a new made-up contact of one kind, whose ids nothing else holds.
     *
     * @param type         the type
     * @param engagement   the engagement of each
     * @param days         the window's days
     * @param instantOfDay the instant of a planned activity on a day of the window
     * @param activityIds  the number in the id {@code ssi-planned-N} of each activity, increasing
     * @param contactIds   the number in the id {@code ssi-planned-contact-N} of each contact
     * @param seniority    the contacts' seniority
     * @param degree       their degree
     * @param accountId    their account, if any
     * @return the plan
     */
    public static PlannedActivities withNewContacts(ActivityType type, int engagement, int days,
                                                    IntFunction<Instant> instantOfDay, int[] activityIds,
                                                    int[] contactIds, Seniority seniority, int degree,
                                                    Optional<String> accountId) {
        return new PlannedActivities(type, engagement, days, instantOfDay, activityIds, null, seniority, degree,
                accountId, contactIds);
    }

    /** The id of a planned activity. */
    public static String activityId(int number) {
        return "ssi-planned-" + number;
    }

    /** The id of a planned contact. */
    public static String contactId(int number) {
        return "ssi-planned-contact-" + number;
    }

    /** The day of the window (0 its first) of the k-th of n activities spread over it. */
    static int day(int k, int n, int days) {
        return (int) (long) ((k + 0.5) * days / n);
    }

    int day(int k) {
        return day(k, n, days);
    }

    /**
     * Adds to {@code perDay} (by day of the window) how many of the activities fall on each day,
     * as {@link #day(int)} places them, without a division per activity: the k-th falls on
     * {@code floor((2k + 1) * days / 2n)}, which the floating-point placement gives exactly (the
     * product is exact, and a quotient that is not a whole number is at least {@code 1 / 2n}
     * from one, far more than its rounding), so a running remainder steps from one to the next.
     *
     * @param perDay the counts by day, at least the window's days long
     */
    void countByDay(int[] perDay) {
        if (n == 0) {
            return;
        }
        long den = 2L * n;
        long step = 2L * days;
        int d = (int) (days / den);
        long rem = days % den;
        for (int k = 0; k < n; k++) {
            perDay[d]++;
            rem += step;
            while (rem >= den) {
                rem -= den;
                d++;
            }
        }
    }

    ActivityType type() {
        return type;
    }

    int engagement() {
        return engagement;
    }

    /** The given contact of the k-th activity, or null (also when its contact is a new one). */
    Contact contact(int k) {
        return contacts == null ? null : contacts[k];
    }

    /** Whether some activity has a given contact. */
    boolean anyContact() {
        if (contacts != null) {
            for (Contact c : contacts) {
                if (c != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether each activity has a new contact of its own. */
    boolean newContacts() {
        return contactIds != null;
    }

    Seniority seniority() {
        return seniority;
    }

    int degree() {
        return degree;
    }

    Optional<String> accountId() {
        return accountId;
    }

    int[] activityIds() {
        return activityIds;
    }

    int[] contactIds() {
        return contactIds;
    }

    /**
     * Whether the activities have been made: only once someone asked for an element. What-ifs
     * never do; a test checks it.
     *
     * @return whether the list holds its activities
     */
    public boolean materialised() {
        return made != null;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public Activity get(int index) {
        return made().get(index);
    }

    private List<Activity> made() {
        List<Activity> m = made;
        if (m == null) {
            Activity[] out = new Activity[n];
            for (int k = 0; k < n; k++) {
                Activity.Builder b = Activity.builder(type, instantOfDay.apply(day(k)))
                        .id(activityId(activityIds[k])).engagement(engagement);
                Contact c = contactIds != null ? newContact(k) : contact(k);
                if (c != null) {
                    b.contact(c);
                }
                out[k] = b.build();
            }
            m = List.of(out);
            made = m;
        }
        return m;
    }

    private Contact newContact(int k) {
        Contact.Builder b = Contact.builder(contactId(contactIds[k])).seniority(seniority).degree(degree);
        accountId.ifPresent(b::accountId);
        return b.build();
    }
}
