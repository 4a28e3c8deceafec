package io.ssi.rules;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

/**
 * A rule that judges a rate (accepted requests, welcomed connections) against a target rate,
 * once the sample is large enough to judge. Points grow linearly with the rate up to the
 * target.
 */
abstract class RateRule extends StandardRule {

    private final int minimumSample;
    private final double targetRate;
    private final String what;

    RateRule(String id, Pillar pillar, double maxPoints, int minimumSample, double targetRate, String what) {
        super(id, pillar, maxPoints);
        this.minimumSample = minimumSample;
        this.targetRate = targetRate;
        this.what = what;
    }

    /** @return the rate that earns all the points */
    public final double targetRate() {
        return targetRate;
    }

    /** @return the smallest denominator at which the rate counts */
    public final int minimumSample() {
        return minimumSample;
    }

    abstract int numerator(ScoringContext context);

    abstract int denominator(ScoringContext context);

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        int n = numerator(context);
        int d = denominator(context);
        if (d < minimumSample) {
            return RuleContribution.notApplicable(this, Evidence.of(d, minimumSample, what,
                    "a rate needs {target#} {unit} in the window to count; there were {measured#}"));
        }
        double rate = Math.min(1.0, (double) n / d);
        double points = maxPoints() * Math.min(1.0, rate / targetRate);
        return RuleContribution.of(this, points, Evidence.of(rate, targetRate, "share of " + what,
                n + " of " + d + " " + what + " ({measured%}); {target%} earns all {max} points"));
    }
}
