package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/** Builds a stand-alone {@link WindowContext}, for rule authors' tests. */
public final class Contexts {

    private Contexts() {
    }

    /**
     * Indexes a log and returns the context of the window ending at {@code asOf}.
     *
     * @param profile      the member
     * @param activities   the log
     * @param asOf         the instant to score
     * @param windowDays   the window
     * @param halfLifeDays the half-life
     * @param dailyCap     the per-type daily cap
     * @return the context
     */
    public static WindowContext of(MemberProfile profile, Collection<Activity> activities, Instant asOf,
                                   int windowDays, double halfLifeDays, int dailyCap) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(activities, "activities");
        Checks.supportedInstant(asOf, "asOf");
        ActivityIndex index = ActivityIndex.build(profile, activities,
                ActivityIndex.localDay(profile, asOf) - windowDays + 1, windowDays, asOf);
        Window window = new Window(index, windowDays, halfLifeDays, dailyCap);
        window.advanceTo(windowDays - 1);
        return window.snapshot(asOf);
    }
}
