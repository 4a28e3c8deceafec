package io.ssi.core;

import io.ssi.core.spi.ScoringContext;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Profiles, contacts, activities and contexts shared by the tests. */
final class Fixtures {

    /**
     * The default options without the standard model's taper and engagement cap: the engine's
     * plain semantics (an activity a half-life old weighs half, engagement counts in full),
     * which the engine's own tests state.
     */
    static final ScoringOptions PLAIN = ScoringOptions.defaults().withTaper(java.time.Duration.ZERO)
            .withEngagementCap(Integer.MAX_VALUE);


    /** A Monday evening, UTC; the default "now" of the tests. */
    static final Instant AS_OF = Instant.parse("2026-11-30T18:00:00Z");

    private Fixtures() {
    }

    static MemberProfile member() {
        return MemberProfile.builder("member-1").build();
    }

    static Contact contact(String id) {
        return Contact.builder(id).build();
    }

    static Instant daysBefore(Instant asOf, long days) {
        return asOf.minus(Duration.ofDays(days));
    }

    static Activity activity(String id, ActivityType type, Instant at) {
        return Activity.builder(type, at).id(id).build();
    }

    static Activity activity(String id, ActivityType type, Instant at, Contact contact) {
        return Activity.builder(type, at).id(id).contact(contact).build();
    }

    /** {@code perDay} activities of the type on each of the {@code days} days ending with asOf's. */
    static List<Activity> daily(ActivityType type, int perDay, Instant asOf, int days) {
        List<Activity> log = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int i = 0; i < perDay; i++) {
                log.add(activity(type + "-" + d + "-" + i, type, daysBefore(asOf, d).minusSeconds(i)));
            }
        }
        return log;
    }

    /** A calculator with only the given rules and the default options. */
    static SsiCalculator calculator(io.ssi.core.spi.ScoringRule... rules) {
        return SsiCalculator.builder().rules(List.of(rules)).build();
    }

    /** The context the engine hands its rules, with the options of {@code builder}. */
    static ScoringContext contextOf(SsiCalculator.Builder builder, MemberProfile profile,
                                    Collection<Activity> activities, Instant asOf) {
        AtomicReference<ScoringContext> seen = new AtomicReference<>();
        builder.rules(List.of(TestRule.capturing(seen))).build().score(profile, activities, asOf);
        return seen.get();
    }
}
