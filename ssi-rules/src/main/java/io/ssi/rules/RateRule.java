package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.Objects;

/**
 * The share family: a rule that judges a {@link Ratio} of raw counts once its denominator has
 * reached a minimum sample, and awards its points in proportion up to a target share. Below
 * the sample it is not applicable (no points, and no points lost).
 */
public final class RateRule extends StandardRule {

    private final Ratio ratio;
    private final int minimumSample;
    private final String what;

    private RateRule(Builder b) {
        super(b);
        Tuning.share(id(), "target", target());
        this.ratio = Objects.requireNonNull(b.ratio, "ratio of rule " + id());
        this.minimumSample = Tuning.minimum(id(), "minimumSample", b.minimumSample);
        this.what = b.what;
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

    /** @return the smallest denominator at which the rate counts */
    public int minimumSample() {
        return minimumSample;
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        int n = ratio.numerator(context);
        int d = ratio.denominator(context);
        if (d < minimumSample) {
            return RuleContribution.notApplicable(this, evidence(".not-applicable", d, minimumSample, what,
                    "a rate needs {target#} {unit} in the window to count; there were {measured#}"));
        }
        double rate = Math.min(1.0, (double) n / d);
        double points = maxPoints() * Math.min(1.0, rate / target());
        return RuleContribution.of(this, points, evidence("", rate, target(), "share of " + what,
                n + " of " + d + " " + what + " ({measured%}); {target%} earns all {max} points", n, d));
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).judges(ratio).minimumSample(minimumSample).unit(what);
    }

    @Override
    String parameters() {
        return "judges " + ratio + " from " + minimumSample;
    }

    /** Builds a {@link RateRule}: the shared figures, the ratio and its minimum sample. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, RateRule> {
        private Ratio ratio;
        private int minimumSample;
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
         * @param minimumSample the denominator below which the rate is not judged; 0 by default
         * @return this builder
         */
        public Builder minimumSample(int minimumSample) {
            this.minimumSample = minimumSample;
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
