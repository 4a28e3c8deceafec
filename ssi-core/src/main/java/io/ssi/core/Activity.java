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
 */
public record Activity(String id, ActivityType type, Instant at, Optional<Contact> contact,
                       int engagement) {

    public Activity {
        Checks.nonBlank(id, "activity id");
        Objects.requireNonNull(type, "type");
        Checks.supportedInstant(at, "at");
        Objects.requireNonNull(contact, "contact");
        Checks.nonNegative(engagement, "engagement");
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
         * @return the activity
         * @throws NullPointerException     if the id, type or time is missing
         * @throws IllegalArgumentException if a value is out of range
         */
        public Activity build() {
            return new Activity(id, type, at, Optional.ofNullable(contact), engagement);
        }
    }
}
