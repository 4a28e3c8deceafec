package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.spi.ScoringRule;

/**
 * What every rule of the standard model shares: a fixed id, pillar and maximum, and the model
 * version. Subclasses are stateless.
 */
abstract class StandardRule implements ScoringRule {

    private final String id;
    private final Pillar pillar;
    private final double maxPoints;

    StandardRule(String id, Pillar pillar, double maxPoints) {
        this.id = id;
        this.pillar = pillar;
        this.maxPoints = maxPoints;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Pillar pillar() {
        return pillar;
    }

    @Override
    public final double maxPoints() {
        return maxPoints;
    }

    @Override
    public final String modelVersion() {
        return StandardModel.VERSION;
    }

    /** Formats a share as a whole percentage. */
    static String pct(double share) {
        return Math.round(share * 100) + "%";
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + ", max " + maxPoints + "]";
    }
}
