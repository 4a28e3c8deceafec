package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.List;
import java.util.Objects;

/**
 * One member's inputs for batch scoring: the profile and the activity log.
 *
 * @param profile    the member's profile
 * @param activities the member's activity log; copied
 */
public record MemberInput(MemberProfile profile, List<Activity> activities) {

    public MemberInput {
        Objects.requireNonNull(profile, "profile");
        activities = List.copyOf(Checks.noNullElements(activities, "activities"));
    }

    /**
     * The inputs of one member.
     *
     * @param profile    the profile
     * @param activities the activity log
     * @return the inputs
     */
    public static MemberInput of(MemberProfile profile, List<Activity> activities) {
        return new MemberInput(profile, activities);
    }
}
