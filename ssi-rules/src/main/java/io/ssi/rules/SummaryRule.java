package io.ssi.rules;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringContext;

/**
 * Brand: a substantial summary ("About") that turns the profile from a resume into a resource.
 * Measured by its length; {@value #TARGET_CHARS} characters earn all the points. The summary
 * itself is never logged or echoed in evidence.
 */
public final class SummaryRule extends StandardRule {

    /** This rule's id. */
    public static final String ID = "brand.summary";

    /** The most points this rule awards. */
    public static final double MAX_POINTS = 2.5;
    /** The length that earns all the points. */
    public static final int TARGET_CHARS = 600;

    /** Creates the rule; stateless. */
    public SummaryRule() {
        super(ID, Pillar.PROFESSIONAL_BRAND, MAX_POINTS);
    }

    @Override
    public RuleContribution evaluate(ScoringContext context) {
        int length = context.profile().summary().strip().length();
        double points = MAX_POINTS * Saturation.share(length, TARGET_CHARS);
        String text = length == 0 ? "no summary" : "a summary of {measured#} characters; {target#} earn all {max} points";
        return RuleContribution.of(this, points, Evidence.of(length, TARGET_CHARS, "summary characters", text));
    }
}
