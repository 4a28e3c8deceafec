package io.ssi.core;

import io.ssi.core.internal.Checks;
import io.ssi.core.spi.ScoringRule;

import java.util.Objects;

/**
 * The points one rule awarded, out of its maximum, with the evidence behind them.
 *
 * <p>Rules create contributions with {@link #of(ScoringRule, double, Evidence)} or
 * {@link #notApplicable(ScoringRule, Evidence)}; the rule's id, pillar and maximum are taken
 * from the rule itself. Construction rejects points that are NaN, negative or above the
 * maximum, so an out-of-range rule fails where the engine can isolate it. A record, so that it
 * stores and reads back by shape; its {@link #explanation()} is rendered from the stored
 * evidence, so a contribution read back explains itself in the same words.
 *
 * @param ruleId     the id of the rule that awarded the points
 * @param pillar     the pillar the points count toward
 * @param points     the points awarded, in {@code [0, maxPoints]}
 * @param maxPoints  the most the rule can award, greater than 0
 * @param applicable {@code false} when the rule could not judge yet (for example a rate with
 *                   too small a sample), in which case {@code points} is 0
 * @param evidence   what was measured and why it earned these points
 */
public record RuleContribution(String ruleId, Pillar pillar, double points, double maxPoints, boolean applicable,
                               Evidence evidence) {

    public RuleContribution {
        Checks.nonBlank(ruleId, "ruleId");
        Objects.requireNonNull(pillar, "pillar");
        if (!(maxPoints > 0) || !Double.isFinite(maxPoints)) {
            // Built here rather than passed to a check: this runs for every rule of every score.
            throw new IllegalArgumentException("maxPoints of rule " + ruleId + " must be a finite number > 0, but was "
                    + maxPoints);
        }
        if (!(points >= 0 && points <= maxPoints)) {
            throw new IllegalArgumentException("points of rule " + ruleId + " must be between 0 and "
                    + maxPoints + ", but was " + points);
        }
        if (!applicable && points != 0) {
            throw new IllegalArgumentException("points of rule " + ruleId
                    + " must be 0 when it is not applicable, but was " + points);
        }
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * The points the given rule awards, with their evidence.
     *
     * @param rule     the rule awarding them
     * @param points   between 0 and the rule's {@link ScoringRule#maxPoints()}
     * @param evidence what was measured
     * @return the contribution
     * @throws IllegalArgumentException if the points are NaN, negative or above the maximum
     */
    public static RuleContribution of(ScoringRule rule, double points, Evidence evidence) {
        Objects.requireNonNull(rule, "rule");
        return new RuleContribution(rule.id(), rule.pillar(), points, rule.maxPoints(), true, evidence);
    }

    /**
     * No points, because the rule cannot judge yet; the evidence says why (for example, "5
     * requests are needed to judge an acceptance rate; you sent 2").
     *
     * @param rule     the rule
     * @param evidence why the rule does not apply
     * @return a contribution of 0 points, marked not applicable
     */
    public static RuleContribution notApplicable(ScoringRule rule, Evidence evidence) {
        Objects.requireNonNull(rule, "rule");
        return new RuleContribution(rule.id(), rule.pillar(), 0, rule.maxPoints(), false, evidence);
    }

    /**
     * The evidence in words, with the figures and points filled in; for example "about 2.4
     * comments a week (recency-weighted); 10.0 a week earns all 6.0 points".
     *
     * @return the explanation, in English, never containing personal data
     */
    public String explanation() {
        return evidence.render(points, maxPoints);
    }

    /**
     * The points still available from this rule.
     *
     * @return {@code maxPoints - points}, never negative
     */
    public double missingPoints() {
        return maxPoints - points;
    }

    /**
     * Whether this rule awarded its maximum. Named without {@code is}, like every derived
     * figure of a result type, so that a JSON writer does not store it as a property.
     *
     * @return {@code true} if no points are missing
     */
    public boolean saturated() {
        return points >= maxPoints;
    }
}
