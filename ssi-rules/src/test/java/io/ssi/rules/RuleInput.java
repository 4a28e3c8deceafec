package io.ssi.rules;

import io.ssi.core.Activity;
import io.ssi.core.MemberProfile;
import io.ssi.core.spi.ScoringContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule is scored on, built through the public API: a profile, a log and the instant to
 * score. The standard engine turns it into a {@link ScoringContext}.
 */
record RuleInput(MemberProfile profile, List<Activity> activities, Instant asOf) {

    RuleInput {
        activities = List.copyOf(activities);
    }

    static RuleInput of(MemberProfile profile, List<Activity> activities) {
        return new RuleInput(profile, activities, Logs.AS_OF);
    }

    static RuleInput profileOnly(MemberProfile profile) {
        return new RuleInput(profile, List.of(), Logs.AS_OF);
    }

    /** The context the standard engine builds, with the default window, half-life and daily cap. */
    ScoringContext context() {
        return ScoringContext.of(profile, activities, asOf);
    }

    RuleInput withProfile(MemberProfile other) {
        return new RuleInput(other, activities, asOf);
    }

    RuleInput withActivities(List<Activity> other) {
        return new RuleInput(profile, other, asOf);
    }

    /**
     * Twice as much of everything: every activity again under a new id (same type, time,
     * contact and engagement), every profile count doubled, headline and summary said twice.
     * Rates (acceptance, reply, welcome) keep their value, since numerator and denominator both
     * double, or, for distinct contacts, stay as they are.
     */
    RuleInput doubled() {
        List<Activity> twice = new ArrayList<>(activities);
        for (Activity a : activities) {
            twice.add(copy(a, a.id() + "#2"));
        }
        MemberProfile p = profile;
        MemberProfile.Builder b = p.toBuilder()
                .experienceEntries(twice(p.experienceEntries()))
                .educationEntries(twice(p.educationEntries()))
                .skills(twice(p.skills()))
                .endorsements(twice(p.endorsements()))
                .recommendationsReceived(twice(p.recommendationsReceived()))
                .featuredItems(twice(p.featuredItems()))
                .mediaItems(twice(p.mediaItems()))
                .connections(twice(p.connections()))
                .followers(twice(p.followers()))
                .decisionMakerConnections(twice(p.decisionMakerConnections()))
                .colleagueConnections(twice(p.colleagueConnections()));
        if (!p.headline().isBlank()) {
            b.headline(p.headline() + " " + p.headline());
        }
        if (!p.summary().isBlank()) {
            b.summary(p.summary() + " " + p.summary());
        }
        return new RuleInput(b.build(), twice, asOf);
    }

    /** The same activity under another id. */
    static Activity copy(Activity a, String id) {
        return copy(a, id, a.at());
    }

    /** The same activity under another id, at another time. */
    static Activity copy(Activity a, String id, Instant at) {
        Activity.Builder b = Activity.builder(a.type(), at).id(id).engagement(a.engagement());
        a.contact().ifPresent(b::contact);
        return b.build();
    }

    private static int twice(int n) {
        return n > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * n;
    }

    @Override
    public String toString() {
        return "RuleInput[" + profile + ", " + activities.size() + " activities, asOf=" + asOf + "]";
    }
}
