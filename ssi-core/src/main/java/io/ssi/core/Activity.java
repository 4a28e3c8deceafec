package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One event in a member's activity log.
 *
 * <p>The id is the CRM's row id and the key for removing duplicates: two activities with the
 * same id are counted once. Rows with different ids but the same type, instant and contact are
 * near-duplicates, and by default count once too (see
 * {@link ScoringOptions#nearDuplicatesOnce()}). Immutable and validated on construction.
 *
 * @param id         the CRM's row id, not blank
 * @param type       what happened
 * @param at         when it happened, between year 1 and year 9999
 * @param contact    the other person, if there is one
 * @param engagement the reactions plus comments the member's own content received; it counts
 *                   only for {@linkplain ActivityType#isContent() published content} and is
 *                   ignored on other types
 * @param kind       for an {@link ActivityType#CUSTOM} activity, the plugin's name of its kind
 *                   ({@code "call"}, {@code "email"}, {@code "smart-link-view"}): not blank,
 *                   at most {@value #MAX_KIND_LENGTH} characters, compared exactly; empty on
 *                   every other type. A custom activity without a kind counts only as
 *                   {@code CUSTOM}.
 */
public record Activity(String id, ActivityType type, Instant at, Optional<Contact> contact,
                       int engagement, Optional<String> kind) {

    /** The longest kind name accepted. */
    public static final int MAX_KIND_LENGTH = 100;

    public Activity {
        Checks.nonBlank(id, "activity id");
        Objects.requireNonNull(type, "type");
        Checks.supportedInstant(at, "at");
        Objects.requireNonNull(contact, "contact");
        Checks.nonNegative(engagement, "engagement");
        Objects.requireNonNull(kind, "kind");
        if (kind.isPresent()) {
            String k = Checks.nonBlank(kind.get(), "kind");
            if (type != ActivityType.CUSTOM) {
                throw new IllegalArgumentException("kind is only for CUSTOM activities, but was \"" + k
                        + "\" on a " + type);
            }
            if (k.length() > MAX_KIND_LENGTH) {
                throw new IllegalArgumentException("kind must be at most " + MAX_KIND_LENGTH
                        + " characters, but was " + k.length());
            }
        }
    }

    /**
     * An activity of a standard type, or a custom one without a kind.
     *
     * @param id         the CRM's row id
     * @param type       what happened
     * @param at         when it happened
     * @param contact    the other person, if there is one
     * @param engagement the reactions plus comments received, for published content
     */
    public Activity(String id, ActivityType type, Instant at, Optional<Contact> contact, int engagement) {
        this(id, type, at, contact, engagement, Optional.empty());
    }

    /**
     * Starts an activity of a kind that {@link ActivityType} lacks, for a plugin rule to count:
     * {@code Activity.custom("call", at).id("00T1").contact(c).build()}. Its type is
     * {@link ActivityType#CUSTOM}; the standard model ignores it.
     *
     * @param kind the plugin's name of the kind, not blank
     * @param at   when it happened
     * @return a new builder
     */
    public static Builder custom(String kind, Instant at) {
        return new Builder(ActivityType.CUSTOM, at).kind(kind);
    }

    /**
     * The time of day at which an activity known only by its date is placed: noon in the
     * member's zone. Noon keeps it on its own calendar day whatever the daylight-saving shift,
     * and far from the midnight boundaries that windows and daily histories cut at.
     */
    public static final LocalTime DATE_ONLY_TIME = LocalTime.NOON;

    /**
     * Starts an activity that a CRM records only by its date (a Salesforce {@code ActivityDate},
     * for example). The one rule: it happened at {@linkplain #DATE_ONLY_TIME noon} on that date
     * in the member's time zone. Two such rows of the same type and contact on the same day are
     * then near-duplicates and count once.
     *
     * @param type what happened
     * @param date the day it happened, in the member's zone
     * @param zone the member's time zone ({@link MemberProfile#timeZone()})
     * @return a new builder
     * @throws NullPointerException if an argument is null
     */
    public static Builder builder(ActivityType type, LocalDate date, ZoneId zone) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        return new Builder(type, date.atTime(DATE_ONLY_TIME).atZone(zone).toInstant());
    }

    /**
     * Starts an activity of the given type at the given time. {@link Builder#id(String)} is
     * required.
     *
     * @param type what happened
     * @param at   when
     * @return a new builder
     */
    public static Builder builder(ActivityType type, Instant at) {
        return new Builder(type, at);
    }

    /** Builds an {@link Activity}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final ActivityType type;
        private final Instant at;
        private String id;
        private Contact contact;
        private int engagement;
        private String kind;

        private Builder(ActivityType type, Instant at) {
            this.type = type;
            this.at = at;
        }

        /**
         * @param id the CRM's row id, the key for removing duplicates
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param contact the other person in this activity
         * @return this builder
         */
        public Builder contact(Contact contact) {
            this.contact = Objects.requireNonNull(contact, "contact");
            return this;
        }

        /**
         * @param engagement reactions plus comments received, for published content
         * @return this builder
         */
        public Builder engagement(int engagement) {
            this.engagement = engagement;
            return this;
        }

        /**
         * @param kind the plugin's name of a {@link ActivityType#CUSTOM} activity's kind
         * @return this builder
         */
        public Builder kind(String kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * @return the activity
         * @throws NullPointerException     if the id, type or time is missing
         * @throws IllegalArgumentException if a value is out of range
         */
        public Activity build() {
            return new Activity(id, type, at, Optional.ofNullable(contact), engagement, Optional.ofNullable(kind));
        }
    }
}
