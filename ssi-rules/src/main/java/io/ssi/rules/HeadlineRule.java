package io.ssi.rules;

import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.Optional;

/**
 * A headline that is more than a job title: it earns nothing up to {@link #minimumCharacters()}
 * characters beyond the title, and its points grow linearly from there to the target. The
 * headline itself is never logged or echoed in evidence.
 */
public final class HeadlineRule extends StandardRule {

    private final int minimumCharacters;

    private HeadlineRule(Builder b) {
        super(b);
        int target = Tuning.whole(id(), "target", target());
        this.minimumCharacters = Tuning.minimum(id(), "minimumCharacters", b.minimumCharacters);
        if (minimumCharacters >= target) {
            throw new IllegalArgumentException("target of rule " + id() + " must be above minimumCharacters ("
                    + minimumCharacters + "), but was " + target());
        }
    }

    /**
     * Starts a rule; the target is in characters beyond the job title.
     *
     * @param id     the rule's id
     * @param pillar its pillar
     * @return a builder
     */
    public static Builder builder(String id, Pillar pillar) {
        return new Builder(id, pillar);
    }

    /** @return the characters beyond the job title below which a headline earns nothing */
    public int minimumCharacters() {
        return minimumCharacters;
    }

    /**
     * How many characters the headline has beyond what the job title alone would take: its
     * length less the title's, when the CRM supplies a title. A headline that only repeats the
     * title has none. Taking the title's length off whether or not the headline repeats it
     * keeps the measure monotone: adding words never lowers it.
     *
     * @param profile the member
     * @return characters, never negative
     */
    public static int charactersBeyondTitle(MemberProfile profile) {
        Optional<String> jobTitle = profile.jobTitle();
        int title = jobTitle.isPresent() ? jobTitle.get().strip().length() : 0;
        return Math.max(0, profile.headlineLength() - title);
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        int beyond = charactersBeyondTitle(context.profile());
        String unit = "characters beyond the job title";
        return RuleContribution.of(this, points(beyond), beyond == 0
                ? evidence(".none", beyond, target(), unit, "no headline beyond the job title")
                : evidence("", beyond, target(), unit, "the headline says {measured#} characters beyond the job title;"
                        + " {target#} characters that say whom you help and how earn all {max} points"));
    }

    /** {@inheritDoc} Without the evidence. */
    @Override
    public double points(ScoringContext context) {
        return points(charactersBeyondTitle(context.profile()));
    }

    private double points(int beyond) {
        double share = Math.max(0, Math.min(1.0, (beyond - minimumCharacters)
                / (double) ((int) target() - minimumCharacters)));
        return maxPoints() * share;
    }

    @Override
    Builder toBuilder() {
        return copyInto(builder(id(), pillar())).minimumCharacters(minimumCharacters);
    }

    @Override
    String parameters() {
        return "from " + minimumCharacters + " characters";
    }

    /** Builds a {@link HeadlineRule}. Not thread-safe. */
    public static final class Builder extends StandardRule.Builder<Builder, HeadlineRule> {
        private int minimumCharacters;

        private Builder(String id, Pillar pillar) {
            super(id, pillar);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param minimumCharacters characters beyond the title below which a headline earns nothing
         * @return this builder
         */
        public Builder minimumCharacters(int minimumCharacters) {
            this.minimumCharacters = minimumCharacters;
            return this;
        }

        @Override
        public HeadlineRule build() {
            return new HeadlineRule(this);
        }
    }
}
