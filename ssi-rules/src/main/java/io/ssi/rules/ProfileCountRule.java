package io.ssi.rules;

import io.ssi.core.Evidence;
import io.ssi.core.MemberProfile;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

import java.util.function.ToIntFunction;

/**
 * A rule that reads a count from the profile and saturates at a target. Profile-driven points
 * do not decay.
 */
abstract class ProfileCountRule extends StandardRule {

    private static final String TEMPLATE = "{measured#} {unit}; {target#} earn all {max} points";

    private final ToIntFunction<MemberProfile> count;
    private final int target;
    private final String unit;

    ProfileCountRule(String id, Pillar pillar, double maxPoints, ToIntFunction<MemberProfile> count, int target,
                     String unit) {
        super(id, pillar, maxPoints);
        this.count = count;
        this.target = target;
        this.unit = unit;
    }

    /** @return the count that earns all the points */
    public final int target() {
        return target;
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        int measured = count.applyAsInt(context.profile());
        double points = maxPoints() * Saturation.share(measured, target);
        return RuleContribution.of(this, points, Evidence.of(measured, target, unit, TEMPLATE));
    }
}
