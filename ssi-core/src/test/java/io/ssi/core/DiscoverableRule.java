package io.ssi.core;

import io.ssi.core.spi.ScoringContext;
import io.ssi.core.spi.ScoringRule;

/**
 * A rule that {@link java.util.ServiceLoader} can instantiate: public, with a public no-arg
 * constructor. It is registered only in the temporary service files that
 * {@link RuleDiscoveryTest} writes, never on the test class path, so that ssi-core's tests
 * otherwise see no provider at all.
 */
public final class DiscoverableRule implements ScoringRule {

    /** For {@link java.util.ServiceLoader}. */
    public DiscoverableRule() {
    }

    @Override
    public String id() {
        return "find.discovered";
    }

    @Override
    public Pillar pillar() {
        return Pillar.FIND_RIGHT_PEOPLE;
    }

    @Override
    public double maxPoints() {
        return 4;
    }

    @Override
    public String modelVersion() {
        return "discovered-1";
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        return RuleContribution.of(this, 3, Evidence.of(3, 4, "points", "{points} of {max}"));
    }
}
