package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.Objects;

/**
 * The profile-count family: a rule that reads one count (or text length) of the profile, a
 * {@link ProfileField}, and saturates at a whole-number target. Profile-driven points do not
 * decay with time.
 */
public final class ProfileCountRule extends StandardRule {

    private static final String TEMPLATE = "{measured#} {unit}; {target#} earn all {max} points";

    private final ProfileField field;
    private final String unit;
    private final String template;
    private final String noneTemplate;
    private final Curve curve;
    private final double knee;

    private ProfileCountRule(Builder b) {
        super(b);
        Tuning.whole(id(), "target", target());
        this.curve = Objects.requireNonNull(b.curve, "curve");
        this.knee = curve == Curve.LOGARITHMIC ? Tuning.positive(id(), "knee", b.knee) : 1;
        this.field = Objects.requireNonNull(b.field, "field of rule " + id());
        this.unit = b.unit;
        this.template = b.template;
        this.noneTemplate = b.noneTemplate;
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

    /** @return the profile field the rule reads */
    public ProfileField field() {
        return field;
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        int measured = field.read(context.profile());
        double points = points(measured);
        return RuleContribution.of(this, points, measured == 0 && noneTemplate != template
                ? evidence(".none", measured, target(), unit, noneTemplate)
                : evidence("", measured, target(), unit, template));
    }

    /** {@inheritDoc} Without the evidence. */
    @Override
    public double points(ScoringContext context) {
        return points(field.read(context.profile()));
    }

    private double points(int measured) {
        return maxPoints() * curve.share(measured, target(), knee);
    }

    @Override
    Builder toBuilder() {
        Builder b = copyInto(builder(id(), pillar())).reads(field).unit(unit);
        b.curve = curve;
        b.knee = knee;
        b.template = template;
        b.noneTemplate = noneTemplate;
        return b;
    }

    @Override
    String parameters() {
        return "reads " + field + (curve == Curve.SQUARE_ROOT ? "" : ", " + curve + " knee " + knee);
    }

    /** Builds a {@link ProfileCountRule}: the shared figures and the field it reads. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, ProfileCountRule> {
        private ProfileField field;
        private String unit = "";
        private String template = TEMPLATE;
        private String noneTemplate = TEMPLATE;
        private Curve curve = Curve.SQUARE_ROOT;
        private double knee = Double.NaN;

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param field the profile field the rule reads
         * @return this builder
         */
        public Builder reads(ProfileField field) {
            this.field = Objects.requireNonNull(field, "field");
            return this;
        }

        /**
         * @param unit what the count counts, in explanations, such as {@code "skills"}
         * @return this builder
         */
        public Builder unit(String unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * A diminishing scale instead of the default square root: the share of the points is
         * {@code ln(1 + count/knee) / ln(1 + target/knee)}, so a network keeps earning well past
         * its first few hundred connections.
         *
         * @param knee the count at which the scale starts to flatten, greater than 0
         * @return this builder
         */
        public Builder logarithmic(double knee) {
            this.curve = Curve.LOGARITHMIC;
            this.knee = knee;
            return this;
        }

        /** Explanations of their own, for the summary: when there is none, and otherwise. */
        Builder explained(String none, String some) {
            this.noneTemplate = none;
            this.template = some;
            return this;
        }

        @Override
        public ProfileCountRule build() {
            return new ProfileCountRule(this);
        }
    }
}
