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
 * @param activities the activity log; copied
 */
public record MemberInput(MemberProfile profile, Optional<String> name, List<Activity> activities) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or an activity is null
     */
    public MemberInput {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(name, "name");
        activities = List.copyOf(activities);
    }
}
