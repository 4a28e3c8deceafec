package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.FiguresRule;
import io.ssi.core.spi.ScoringContext;

import java.util.Objects;

/**
 * The weekly-rate family: a rule that measures a recency-weighted weekly {@link Aggregate}
 * (a rate, engagement received, or active days a week) and saturates at a weekly target.
 *
 * <pre>{@code
 * WeeklyRateRule comments = WeeklyRateRule.builder("engage.comments", Pillar.ENGAGE_WITH_INSIGHTS)
 *         .maxPoints(6).target(10).measures(Aggregate.rate(ActivityType.POST_COMMENTED))
 *         .unit("comments a week").build();
 * }</pre>
 */
public final class WeeklyRateRule extends StandardRule implements FiguresRule {

    private static final String TEMPLATE = "about {measured} {unit} (recency-weighted); {target} a week earns all"
            + " {max} points";

    private final Aggregate aggregate;
    private final String unit;
    private final Curve curve;
    private final Scaling scaling;

    private WeeklyRateRule(Builder b) {
        super(b);
        this.aggregate = Objects.requireNonNull(b.aggregate, "aggregate of rule " + b.id());
        this.unit = b.unit;
        if (b.curve == Curve.LOGARITHMIC) {
            throw new IllegalArgumentException("curve of rule " + id() + " must not be LOGARITHMIC, which is for"
                    + " profile counts");
        }
        this.curve = b.curve;
        this.scaling = b.scaling;
    }

    /**
     * Starts a rule.
     *
     * @param id     the rule's id
     * @param pillar its pillar
     * @return a builder
     */
    public static Builder builder(String id, Pillar pillar) {
        return new Builder(id, pillar);
    }

    /** @return what the rule measures */
    public Aggregate aggregate() {
        return aggregate;
    }

    /** @return the curve from the measure to a share of the points */
    public Curve curve() {
        return curve;
    }

    /** @return how the points are scaled for the response the member's work gets */
    public Scaling scaling() {
        return scaling;
    }

    /** @return the unit of the measure, such as {@code "comments a week"} */
    public String unit() {
        return unit;
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        double measured = aggregate.weekly(context);
        double factor = Response.factor(scaling, context);
        double points = points(measured, factor);
        return RuleContribution.of(this, points, factor < 1 && measured > 0
                ? evidence(".scaled", measured, target(), unit, () -> TEMPLATE + ", scaled to " + pct(factor)
                        + " for the response the work gets", factor)
                : evidence("", measured, target(), unit, TEMPLATE, NO_ARGS));
    }

    /**
     * {@inheritDoc} The figures of {@link #evaluate(ScoringContext)}'s contribution, read and
     * computed as there; {@code false} for a rule whose id ships no message (its evidence then
     * has a template of its own, not a key).
     */
    @Override
    public boolean writeFigures(ScoringContext context, Figures figures) {
        double measured = aggregate.weekly(context);
        double factor = Response.factor(scaling, context);
        double points = points(measured, factor);
        return factor < 1 && measured > 0
                ? written(figures, SCALED, points, measured, target(), unit, factor)
                : written(figures, "", points, measured, target(), unit, NO_ARGS);
    }

    /** {@inheritDoc} Without the evidence, which shows the measure and the factor. */
    @Override
    public double points(ScoringContext context) {
        double measured = aggregate.weekly(context);
        double factor = Response.factor(scaling, context);
        // A factor that is not finite makes the points so too: only the measure needs showing.
        return shown(points(measured, factor), measured);
    }

    private double points(double measured, double factor) {
        return maxPoints() * curve.share(measured, target(), 1) * factor;
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).measures(aggregate).unit(unit).curve(curve).scaled(scaling);
    }

    @Override
    String parameters() {
        return "measures " + aggregate + ", " + curve + ", scaled " + scaling;
    }

    /** Builds a {@link WeeklyRateRule}: the shared figures, and what it measures. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, WeeklyRateRule> {
        private Aggregate aggregate;
        private String unit = "a week";
        private Curve curve = Curve.LINEAR;
        private Scaling scaling = Scaling.NONE;

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param aggregate what the rule measures
         * @return this builder
         */
        public Builder measures(Aggregate aggregate) {
            this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
            return this;
        }

        /**
         * @param unit the unit of the measure in explanations, such as {@code "comments a week"}
         * @return this builder
         */
        public Builder unit(String unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * @param curve the curve from the measure to a share of the points; {@link Curve#LINEAR}
         *              by default, and never {@link Curve#LOGARITHMIC}
         * @return this builder
         */
        public Builder curve(Curve curve) {
            this.curve = Objects.requireNonNull(curve, "curve");
            return this;
        }

        /**
         * @param scaling how the points are scaled for the response the member's work gets;
         *                {@link Scaling#NONE} by default
         * @return this builder
         */
        public Builder scaled(Scaling scaling) {
            this.scaling = Objects.requireNonNull(scaling, "scaling");
            return this;
        }

        @Override
        public WeeklyRateRule build() {
            return new WeeklyRateRule(this);
        }
    }
}
