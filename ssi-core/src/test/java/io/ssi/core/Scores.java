package io.ssi.core;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;

/** Hand-made scores for tests of what is computed from scores: trends and cohorts. */
final class Scores {

    static final Instant DAY_0 = Instant.parse("2026-06-01T23:59:59Z");

    private Scores() {
    }

    /** A score whose pillars hold the given points, as of {@code day} days after {@link #DAY_0}. */
    static SsiScore of(String memberId, int day, double brand, double find, double engage, double relationships) {
        return of(memberId, day, "test-1", brand, find, engage, relationships);
    }

    static SsiScore of(String memberId, int day, String model, double... points) {
        EnumMap<Pillar, PillarScore> pillars = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            RuleContribution c = new RuleContribution(p.key() + ".all", p, points[p.ordinal()], Pillar.MAX_POINTS, true,
                    Evidence.of(points[p.ordinal()], Pillar.MAX_POINTS, "points", "{measured}"));
            pillars.put(p, PillarScore.of(p, List.of(c), true));
        }
        double total = 0;
        for (PillarScore s : pillars.values()) {
            total += s.points();
        }
        return new SsiScore(memberId, DAY_0.plusSeconds(86_400L * day), model, pillars,
                BandThresholds.standard().bandOf(total), IgnoredActivities.NONE, List.of());
    }

    /** A score with the same points on every pillar. */
    static SsiScore even(String memberId, int day, double perPillar) {
        return of(memberId, day, perPillar, perPillar, perPillar, perPillar);
    }
}
