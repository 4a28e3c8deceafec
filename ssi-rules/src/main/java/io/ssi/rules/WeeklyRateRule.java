package io.ssi.rules;

import io.ssi.core.ActivityType;
import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ContactFacet;
import io.ssi.core.spi.ScoringContext;

/**
 * A rule that measures a recency-weighted weekly rate and saturates at a weekly target.
 * By default the rate is that of one activity type and contact facet; subclasses may measure
 * something else.
 */
abstract class WeeklyRateRule extends StandardRule {

    private final ActivityType type;
    private final ContactFacet facet;
    private final double target;
    private final String unit;
    private final String template;

    WeeklyRateRule(String id, Pillar pillar, double maxPoints, ActivityType type, ContactFacet facet,
                   double targetPerWeek, String unit) {
        super(id, pillar, maxPoints);
        this.type = type;
        this.facet = facet;
        this.target = targetPerWeek;
        this.unit = unit;
        this.template = "about {measured} {unit} (recency-weighted); {target} a week earns all {max} points";
    }

    /** @return the weekly rate that earns all the points */
    public final double targetPerWeek() {
        return target;
    }

    /** The measured weekly rate; by default that of the type and facet given to the constructor. */
    double measure(ScoringContext context) {
        return context.weeklyRate(type, facet);
    }

    /** A multiplier in [0, 1] for the quality of what was measured; 1 unless overridden. */
    double quality(ScoringContext context) {
        return 1.0;
    }

    /** The points a measured rate earns: by default the saturation share, scaled by quality. */
    double points(ScoringContext context, double measured) {
        return maxPoints() * Saturation.share(measured, target) * quality(context);
    }

    /**
     * A note for the evidence on how quality changed the measure or the points; empty if it
     * did not. By default, the quality multiplier when it is below 1.
     */
    String qualityNote(ScoringContext context) {
        double quality = quality(context);
        return quality < 1 ? "scaled to " + pct(quality) + " for quality" : "";
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        double measured = measure(context);
        double points = points(context, measured);
        String note = qualityNote(context);
        String text = note.isEmpty() ? template : template + ", " + note;
        return RuleContribution.of(this, points, Evidence.of(measured, target, unit, text));
    }
}
