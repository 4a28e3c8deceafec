package io.ssi.rules;

import io.ssi.core.ActivityType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Minutes of a member's time per activity: the basis on which the standard model is judged to
 * reward effort fairly (no signal may be filled by a trivial action), and the figure advice can
 * quote. The {@link #standard() standard table}: like 1, comment 3, plain share 1, share with
 * commentary 5, post 30, article 60, native video 60, group post 10, group joined 2, search 1,
 * filtered search 2, profile view 2, lead or account saved 1, member followed 1, message 3,
 * InMail 5, mention 1, introduction requested 10, connection request 5, invitation accepted
 * 0.5, welcome message 2. Activities the member does not do themselves (a request accepted, a
 * reply or a profile view received) take none. Immutable; override entries with
 * {@link #with(ActivityType, double)}.
 */
public final class Effort {

    private static final Effort STANDARD = standardTable();

    private final Map<ActivityType, Double> minutes;

    private Effort(Map<ActivityType, Double> minutes) {
        this.minutes = minutes;
    }

    /** @return the standard table */
    public static Effort standard() {
        return STANDARD;
    }

    private static Effort standardTable() {
        Map<ActivityType, Double> m = new EnumMap<>(ActivityType.class);
        for (ActivityType t : ActivityType.values()) {
            m.put(t, 0.0);
        }
        m.put(ActivityType.POST_LIKED, 1.0);
        m.put(ActivityType.POST_COMMENTED, 3.0);
        m.put(ActivityType.POST_SHARED, 1.0);
        m.put(ActivityType.POST_SHARED_WITH_COMMENTARY, 5.0);
        m.put(ActivityType.POST_PUBLISHED, 30.0);
        m.put(ActivityType.ARTICLE_PUBLISHED, 60.0);
        m.put(ActivityType.VIDEO_PUBLISHED, 60.0);
        m.put(ActivityType.GROUP_POST_PUBLISHED, 10.0);
        m.put(ActivityType.GROUP_JOINED, 2.0);
        m.put(ActivityType.SEARCH_PERFORMED, 1.0);
        m.put(ActivityType.ADVANCED_SEARCH_PERFORMED, 2.0);
        m.put(ActivityType.PROFILE_VIEWED, 2.0);
        m.put(ActivityType.LEAD_SAVED, 1.0);
        m.put(ActivityType.ACCOUNT_SAVED, 1.0);
        m.put(ActivityType.MEMBER_FOLLOWED, 1.0);
        m.put(ActivityType.MESSAGE_SENT, 3.0);
        m.put(ActivityType.INMAIL_SENT, 5.0);
        m.put(ActivityType.MEMBER_MENTIONED, 1.0);
        m.put(ActivityType.INTRODUCTION_REQUESTED, 10.0);
        m.put(ActivityType.CONNECTION_REQUEST_SENT, 5.0);
        m.put(ActivityType.CONNECTION_INVITE_ACCEPTED, 0.5);
        m.put(ActivityType.WELCOME_MESSAGE_SENT, 2.0);
        return new Effort(m);
    }

    /**
     * The minutes one activity of a type takes.
     *
     * @param type the activity type
     * @return minutes, 0 for what the member does not do themselves
     */
    public double minutes(ActivityType type) {
        return minutes.get(Objects.requireNonNull(type, "type"));
    }

    /**
     * This table with one entry changed.
     *
     * @param type    the activity type
     * @param minutes its minutes, finite and not negative
     * @return a new table
     * @throws IllegalArgumentException if the minutes are negative or not finite
     */
    public Effort with(ActivityType type, double minutes) {
        Objects.requireNonNull(type, "type");
        if (!(minutes >= 0) || !Double.isFinite(minutes)) {
            throw new IllegalArgumentException("minutes of " + type + " must be a finite number >= 0, but was "
                    + minutes);
        }
        Map<ActivityType, Double> m = new EnumMap<>(this.minutes);
        m.put(type, minutes);
        return new Effort(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Effort e && e.minutes.equals(minutes);
    }

    @Override
    public int hashCode() {
        return minutes.hashCode();
    }

    @Override
    public String toString() {
        return "Effort" + minutes;
    }
}
