package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which signals a data source observes: the activity types it records, and the profile facts
 * it knows. A CRM sees a fraction of LinkedIn (Sales Navigator's sync writes InMails and
 * messages; a plugin may add connection requests, acceptances, some profile views and saved
 * leads), and "not tracked" must never read as "not done".
 *
 * <p>Given to {@link SsiCalculator.Builder#coverage(Coverage)}, it leaves out every rule that
 * reads a signal the source does not observe ({@link io.ssi.core.spi.ScoringRule#reads()}), and
 * scores each pillar over the rules it has left: when those rules can award fewer than 25
 * points between them, their points are scaled up so that all of them at their maximum fill
 * the pillar, and none at all leaves it empty. A pillar none of whose rules is observed cannot
 * be scored that way, and the calculator refuses such a coverage when it is built. The score
 * says what it rests on: {@link SsiScore#coverage()} is this coverage, with
 * {@link #modelShare()} the share of the model's points that the rules kept can award.
 *
 * <p>The coverage is part of the model fingerprint ({@link SsiScore#modelVersion()}), so
 * scores of different coverage never mix in a cohort, a trend or advice. Immutable; a record so
 * that it stores by shape.
 *
 * @param activityTypes the activity types the source records
 * @param profileFacts  the profile facts the source knows
 * @param modelShare    the share (0 to 1) of the model's maximum points that the rules this
 *                      coverage keeps can award; 1 for a coverage not yet applied to a model
 */
public record Coverage(Set<ActivityType> activityTypes, Set<ProfileFact> profileFacts, double modelShare) {

    /** A fact on the member's profile that a source may or may not know. */
    public enum ProfileFact {
        /** Whether there is a photo. */
        PHOTO,
        /** Whether there is a background photo. */
        BACKGROUND_PHOTO,
        /** The headline (or its length) and the job title. */
        HEADLINE,
        /** The summary (or its length). */
        SUMMARY,
        /** Experience entries. */
        EXPERIENCE,
        /** Education entries. */
        EDUCATION,
        /** Skills. */
        SKILLS,
        /** Endorsements received. */
        ENDORSEMENTS,
        /** Recommendations received. */
        RECOMMENDATIONS,
        /** Featured items. */
        FEATURED_ITEMS,
        /** Media items. */
        MEDIA_ITEMS,
        /** First-degree connections. */
        CONNECTIONS,
        /** Followers. */
        FOLLOWERS,
        /** Decision-maker connections. */
        DECISION_MAKER_CONNECTIONS,
        /** Colleague connections. */
        COLLEAGUE_CONNECTIONS,
        /** The CRM's target accounts. */
        TARGET_ACCOUNTS
    }

    private static final Coverage FULL = new Coverage(EnumSet.allOf(ActivityType.class),
            EnumSet.allOf(ProfileFact.class), 1.0);

    public Coverage {
        Objects.requireNonNull(activityTypes, "activityTypes");
        Objects.requireNonNull(profileFacts, "profileFacts");
        Checks.noNullElements(activityTypes, "activityTypes");
        Checks.noNullElements(profileFacts, "profileFacts");
        activityTypes = Collections.unmodifiableSet(activityTypes.isEmpty() ? EnumSet.noneOf(ActivityType.class)
                : EnumSet.copyOf(activityTypes));
        profileFacts = Collections.unmodifiableSet(profileFacts.isEmpty() ? EnumSet.noneOf(ProfileFact.class)
                : EnumSet.copyOf(profileFacts));
        Checks.finite(modelShare, "modelShare");
        if (modelShare < 0 || modelShare > 1) {
            throw new IllegalArgumentException("modelShare must be between 0 and 1, but was " + modelShare);
        }
    }

    /**
     * Every signal: the default, and today's behaviour.
     *
     * @return the full coverage
     */
    public static Coverage full() {
        return FULL;
    }

    /**
     * A source that records these activity types and knows every profile fact; narrow the
     * profile facts with {@link #builder()}.
     *
     * @param activityTypes the types the source records; copied
     * @return the coverage
     */
    public static Coverage of(Set<ActivityType> activityTypes) {
        return new Coverage(activityTypes, EnumSet.allOf(ProfileFact.class), 1.0);
    }

    /**
     * Starts a coverage that observes nothing.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether this is every signal */
    public boolean observesEverything() {
        return activityTypes.size() == ActivityType.values().length
                && profileFacts.size() == ProfileFact.values().length;
    }

    /**
     * Whether this source observes everything the other needs: every activity type and profile
     * fact of {@code needed}. This is how a rule is kept or left out ({@code coverage.observes(
     * rule.reads())}).
     *
     * @param needed the signals a rule reads
     * @return {@code true} if all of them are observed
     */
    public boolean observes(Coverage needed) {
        Objects.requireNonNull(needed, "needed");
        return activityTypes.containsAll(needed.activityTypes) && profileFacts.containsAll(needed.profileFacts);
    }

    /**
     * This coverage with the share of a model it rests on.
     *
     * @param share 0 to 1
     * @return a new coverage with the same signals
     */
    public Coverage withModelShare(double share) {
        return new Coverage(activityTypes, profileFacts, share);
    }

    /**
     * The signals, in words, for the model fingerprint: two coverages with the same signals
     * score alike, whatever their {@link #modelShare()}.
     *
     * @return the signature
     */
    public String signature() {
        return observesEverything() ? "full" : "activities " + activityTypes + ", profile " + profileFacts;
    }

    /** Builds a {@link Coverage}. Not thread-safe. */
    public static final class Builder {
        private final EnumSet<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        private final EnumSet<ProfileFact> facts = EnumSet.noneOf(ProfileFact.class);

        private Builder() {
        }

        /**
         * @param more activity types the source records
         * @return this builder
         */
        public Builder activities(ActivityType... more) {
            for (ActivityType t : more) {
                types.add(Objects.requireNonNull(t, "activity type"));
            }
            return this;
        }

        /**
         * @param more profile facts the source knows
         * @return this builder
         */
        public Builder profile(ProfileFact... more) {
            for (ProfileFact f : more) {
                facts.add(Objects.requireNonNull(f, "profile fact"));
            }
            return this;
        }

        /**
         * Every profile fact, for a source that holds the whole profile.
         *
         * @return this builder
         */
        public Builder wholeProfile() {
            facts.addAll(EnumSet.allOf(ProfileFact.class));
            return this;
        }

        /** @return the coverage */
        public Coverage build() {
            return new Coverage(types, facts, 1.0);
        }
    }
}
