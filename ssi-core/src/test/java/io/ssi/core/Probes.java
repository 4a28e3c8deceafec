package io.ssi.core;

import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Rules that each report one aggregate of the {@link ScoringContext} as their measured value
 * (and, up to a huge maximum, as their points), so that two scores can be compared aggregate
 * by aggregate: every count, rate, facet, engagement, active-day and connection figure.
 */
final class Probes {

    static final Set<String> ACCOUNTS = Set.of("acme", "globex", "initech");

    private static final double MAX = 1e9;

    private Probes() {
    }

    static List<ScoringRule> all() {
        List<ScoringRule> rules = new ArrayList<>();
        for (ActivityType t : ActivityType.values()) {
            String key = t.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Pillar p = t.pillar();
            for (ContactFacet f : ContactFacet.values()) {
                String facet = f.name().toLowerCase(Locale.ROOT).replace('_', '-');
                rules.add(probe(p, "rate." + key + "." + facet, c -> c.weeklyRate(t, f)));
                rules.add(probe(p, "count." + key + "." + facet, c -> c.count(t, f)));
            }
            rules.add(probe(p, "distinct." + key, c -> c.distinctContacts(t)));
            rules.add(probe(p, "active-days." + key, c -> c.activeDays(Set.of(t))));
            rules.add(probe(p, "weekly-active-days." + key, c -> c.weeklyActiveDays(Set.of(t))));
            rules.add(probe(p, "engagement." + key, c -> c.weeklyEngagement(t)));
        }
        Set<ActivityType> byMember = EnumSet.noneOf(ActivityType.class);
        for (ActivityType t : ActivityType.values()) {
            if (t.isByMember()) {
                byMember.add(t);
            }
        }
        rules.add(probe(Pillar.FIND_RIGHT_PEOPLE, "active-days.by-member", c -> c.activeDays(byMember)));
        rules.add(probe(Pillar.FIND_RIGHT_PEOPLE, "weekly-active-days.by-member", c -> c.weeklyActiveDays(byMember)));
        rules.add(probe(Pillar.BUILD_RELATIONSHIPS, "new-connections", ScoringContext::newConnections));
        rules.add(probe(Pillar.BUILD_RELATIONSHIPS, "welcomed", ScoringContext::welcomedNewConnections));
        for (String account : ACCOUNTS) {
            rules.add(probe(Pillar.BUILD_RELATIONSHIPS, "new-connections-at." + account,
                    c -> c.newConnectionsAt(account)));
        }
        rules.add(probe(Pillar.BUILD_RELATIONSHIPS, "new-connections-at.unknown", c -> c.newConnectionsAt("unknown")));
        return rules;
    }

    /** The probes' calculator, with the given options. */
    static SsiCalculator.Builder calculator() {
        return SsiCalculator.builder().rules(all());
    }

    private static ScoringRule probe(Pillar pillar, String name, ToDoubleFunction<ScoringContext> measure) {
        return TestRule.measuring("probe." + name, pillar, MAX, measure);
    }
}
