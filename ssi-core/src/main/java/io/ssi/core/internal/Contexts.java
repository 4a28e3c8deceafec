package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/** The one pass and the window a score is computed from, for the calculator and for rule authors' tests. */
public final class Contexts {

    private Contexts() {
    }

    /**
     * Indexes a log in one pass and slides the window ending at {@code asOf} over it.
     *
     * @param profile      the member
     * @param activities   the log
     * @param asOf         the instant to score
     * @param options      the window, half-life, daily cap and taper
     * @return the window, ready for {@link Window#snapshot(Instant)} and {@link Window#ignored()}
     */
    public static Window slideTo(MemberProfile profile, Collection<Activity> activities, Instant asOf,
                                 ScoringOptions options) {
        int windowDays = options.windowDays();
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(activities, "activities");
        Checks.supportedInstant(asOf, "asOf");
        ActivityIndex index = ActivityIndex.build(profile, activities,
                ActivityIndex.localDay(profile, asOf) - windowDays + 1, windowDays, asOf, options.nearDuplicatesOnce());
        return Window.full(index, options);
    }

    /**
     * The context of the window ending at {@code asOf}, for rule authors' tests.
     *
     * @param profile      the member
     * @param activities   the log
     * @param asOf         the instant to score
     * @param options      the window, half-life, daily cap and taper
     * @return the context
     */
    public static WindowContext of(MemberProfile profile, Collection<Activity> activities, Instant asOf,
                                   ScoringOptions options) {
        return slideTo(profile, activities, asOf, options).snapshot(asOf);
    }
}
