package io.ssi.rules;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.Objects;

/**
 * The profile-flag family: all of a rule's points for a yes-or-no profile asset, such as a
 * photo, and none without it. Its target is always 1.
 */
public final class ProfileFlagRule extends StandardRule {

    private final ProfileField field;
    private final String what;

    private ProfileFlagRule(Builder b) {
        super(b);
        if (target() != 1) {
            throw new IllegalArgumentException("target of rule " + id() + " must be 1 (the rule is yes or no), but was "
                    + target());
        }
        this.field = Objects.requireNonNull(b.field, "field of rule " + id());
        if (!field.isFlag()) {
            throw new IllegalArgumentException("field of rule " + id() + " must be yes or no, but was " + field);
        }
        this.what = b.what;
    }

    /**
     * Starts a rule; its target is 1 unless set otherwise (which {@link Builder#build()} refuses).
     *
     * @param id     the rule's id
     * @param pillar its pillar
     * @return a builder
     */
    public static Builder builder(String id, Pillar pillar) {
        return new Builder(id, pillar).target(1);
    }

    /** @return the profile field the rule reads */
    public ProfileField field() {
        return field;
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        boolean has = field.read(context.profile()) > 0;
        return RuleContribution.of(this, has ? maxPoints() : 0, has
                ? evidence("", 1, 1, "yes or no", "the profile has a " + what)
                : evidence(".none", 0, 1, "yes or no", "the profile has no " + what + " ({max} points)"));
    }

    /** {@inheritDoc} Without the evidence. */
    @Override
    public double points(ScoringContext context) {
        return field.read(context.profile()) > 0 ? maxPoints() : 0;
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).reads(field).unit(what);
    }

    @Override
    String parameters() {
        return "reads " + field;
    }

    /** Builds a {@link ProfileFlagRule}: the shared figures and the flag it reads. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, ProfileFlagRule> {
        private ProfileField field;
        private String what = "";

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param field the yes-or-no field the rule reads
         * @return this builder
         */
        public Builder reads(ProfileField field) {
            this.field = Objects.requireNonNull(field, "field");
            return this;
        }

        /**
         * @param what the asset, in explanations, such as {@code "profile photo"}
         * @return this builder
         */
        public Builder unit(String what) {
            this.what = Objects.requireNonNull(what, "what");
            return this;
        }

        @Override
        public ProfileFlagRule build() {
            return new ProfileFlagRule(this);
        }
    }
}
