package io.ssi.examples;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;

import java.util.List;
import java.util.Objects;

/**
 * A member of the sample data: a profile, an activity log, and a line that says who they are.
 *
 * @param profile     the profile
 * @param activities  the activity log
 * @param description who this member is, for the report
 */
public record SampleMember(MemberProfile profile, List<Activity> activities, String description) {

    public SampleMember {
        Objects.requireNonNull(profile, "profile");
        activities = List.copyOf(activities);
        Objects.requireNonNull(description, "description");
    }
}
