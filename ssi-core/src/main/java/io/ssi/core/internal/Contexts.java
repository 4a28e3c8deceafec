package io.ssi.core.internal;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.ScoringOptions;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

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
        return slideTo(profile, activities, asOf, options, false);
    }

    /**
     * Scores from one pass: indexes the log on this thread's reusable tables, slides the
     * window, applies {@code score} to it and hands the tables back, so that what
     * {@code score} returns must not hold the window or its contexts.
     *
     * @param profile    the member
     * @param activities the log
     * @param asOf       the instant to score
     * @param options    the window, half-life, daily cap and taper
     * @param score      what to make of the window
     * @param <T>        the result
     * @return the result
     */
    public static <T> T scoreOnce(MemberProfile profile, Collection<Activity> activities, Instant asOf,
                                  ScoringOptions options, Function<Window, T> score) {
        Window window = slideTo(profile, activities, asOf, options, true);
        try {
            return score.apply(window);
        } finally {
            window.index().release();
        }
    }

    private static Window slideTo(MemberProfile profile, Collection<Activity> activities, Instant asOf,
                                  ScoringOptions options, boolean once) {
        int windowDays = options.windowDays();
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(activities, "activities");
        Checks.supportedInstant(asOf, "asOf");
        long firstDay = ActivityIndex.localDay(profile, asOf) - windowDays + 1;
        ActivityIndex index = once
                ? ActivityIndex.buildForOneScore(profile, activities, firstDay, windowDays, asOf,
                        options.nearDuplicatesOnce(), options.engagementCap())
                : ActivityIndex.build(profile, activities, firstDay, windowDays, asOf, options.nearDuplicatesOnce(),
                        options.engagementCap());
        try {
            return Window.full(index, options);
        } catch (RuntimeException | Error e) {
            index.release();
            throw e;
        }
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
