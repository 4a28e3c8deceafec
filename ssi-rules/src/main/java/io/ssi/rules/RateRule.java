package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.Objects;

/**
 * The share family: a rule that judges a {@link Ratio} of raw counts, smoothed toward a prior
 * so that a small sample neither switches the rate on nor condemns it, and sustained over a
 * real sample: the points are {@code max × min(1, rate / target) × min(1, sample / fullSample)},
 * where {@code rate = (min(n, d) + w·prior) / (d + w)} for {@code n} over {@code d} with a prior
 * of {@code w} at {@code prior}. No cliff: every extra count moves the points a little.
 */
public final class RateRule extends StandardRule {

    private final Ratio ratio;
    private final double prior;
    private final double priorWeight;
    private final double fullSample;
    private final String what;
    /** The evidence's unit, made once rather than at every evaluation. */
    private final String unit;

    private RateRule(Builder b) {
        super(b);
        Tuning.share(id(), "target", target());
        this.ratio = Objects.requireNonNull(b.ratio, "ratio of rule " + id());
        this.prior = Tuning.share(id(), "prior", b.prior);
        this.priorWeight = Tuning.positive(id(), "priorWeight", b.priorWeight);
        this.fullSample = Tuning.positive(id(), "fullSample", b.fullSample);
        this.what = b.what;
        this.unit = "share of " + what;
    }

    /**
     * Starts a rule; its target is a share in (0, 1].
     *
     * @param id     the rule's id
     * @param pillar its pillar
     * @return a builder
     */
    public static Builder builder(String id, Pillar pillar) {
        return new Builder(id, pillar);
    }

    /** @return what the rule judges */
    public Ratio ratio() {
        return ratio;
    }

    /** @return the rate the smoothing pulls toward */
    public double prior() {
        return prior;
    }

    /** @return how many counts below the line the prior weighs */
    public double priorWeight() {
        return priorWeight;
    }

    /** @return the denominator at which the sample counts in full */
    public double fullSample() {
        return fullSample;
    }

    /**
     * The smoothed rate.
     *
     * @param context the member's aggregates
     * @return {@code (min(n, d) + w·prior) / (d + w)}
     */
    public double rate(ScoringContext context) {
        return Response.smoothed(ratio.numerator(context), ratio.denominator(context), prior, priorWeight);
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        int n = ratio.numerator(context);
        int d = ratio.denominator(context);
        double rate = rate(context);
        double points = points(rate, d);
        // The English fallbacks are built only for a rule without a bundled explanation: a history
        // runs this rule on every day whose counts moved.
        if (d == 0) {
            return RuleContribution.of(this, 0, evidence(".none", 0, target(), unit,
                    () -> "no " + what + " in the window yet"));
        }
        return RuleContribution.of(this, points, evidence("", rate, target(), unit,
                () -> n + " of " + d + " " + what + " (about {measured%} after smoothing); {target%} over "
                        + Math.round(fullSample) + " or more earns all {max} points", n, d, fullSample));
    }

    /** {@inheritDoc} Without the evidence, which shows the smoothed rate. */
    @Override
    public double points(ScoringContext context) {
        int d = ratio.denominator(context);
        double rate = rate(context);
        return d == 0 ? 0 : shown(points(rate, d), rate);
    }

    private double points(double rate, int denominator) {
        double sample = Math.min(1.0, denominator / fullSample);
        return maxPoints() * Math.min(1.0, rate / target()) * sample;
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).judges(ratio).prior(prior, priorWeight).fullSample(fullSample)
                .unit(what);
    }

    @Override
    String parameters() {
        return "judges " + ratio + ", prior " + prior + " x " + priorWeight + ", full sample " + fullSample;
    }

    /** Builds a {@link RateRule}: the shared figures, the ratio, its prior and its full sample. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, RateRule> {
        private Ratio ratio;
        private double prior = Double.NaN;
        private double priorWeight = Double.NaN;
        private double fullSample = Double.NaN;
        private String what = "";

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param ratio what the rule judges
         * @return this builder
         */
        public Builder judges(Ratio ratio) {
            this.ratio = Objects.requireNonNull(ratio, "ratio");
            return this;
        }

        /**
         * @param prior  the rate the smoothing pulls toward, in (0, 1]
         * @param weight how many counts below the line it weighs, greater than 0
         * @return this builder
         */
        public Builder prior(double prior, double weight) {
            this.prior = prior;
            this.priorWeight = weight;
            return this;
        }

        /**
         * @param fullSample the denominator at which the sample counts in full, greater than 0;
         *                   below it the points shrink in proportion
         * @return this builder
         */
        public Builder fullSample(double fullSample) {
            this.fullSample = fullSample;
            return this;
        }

        /**
         * @param what what the denominator counts, in explanations, such as {@code "connection requests accepted"}
         * @return this builder
         */
        public Builder unit(String what) {
            this.what = Objects.requireNonNull(what, "what");
            return this;
        }

        @Override
        public RateRule build() {
            return new RateRule(this);
        }
    }
}
