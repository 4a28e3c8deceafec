package io.ssi.examples.cli;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One member read from the input: the profile, the name to show if the input has one, and
 * the activity log.
 *
 * @param profile    the profile
 * @param name       the display name, if the input has one
 * @param activities   the activity log; copied
 * @param unmappedRows the member's CRM rows that a mapping could not map (0 without a mapping),
 *                     carried into the score's data quality
 */
public record MemberInput(MemberProfile profile, Optional<String> name, List<Activity> activities,
                          int unmappedRows) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if a component or an activity is null
     * @throws IllegalArgumentException if {@code unmappedRows} is negative
     */
    public MemberInput {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(name, "name");
        activities = List.copyOf(activities);
        if (unmappedRows < 0) {
            throw new IllegalArgumentException("unmappedRows must be >= 0, but was " + unmappedRows);
        }
    }

    /**
     * A member read from the library's own layout, with no unmapped rows.
     *
     * @param profile    the profile
     * @param name       the display name, if the input has one
     * @param activities the activity log; copied
     */
    public MemberInput(MemberProfile profile, Optional<String> name, List<Activity> activities) {
        this(profile, name, activities, 0);
    }
}
