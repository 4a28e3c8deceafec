package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One pillar's points and the rule contributions behind them.
 *
 * <p>This is the one place where the cap lives: the points are the sum of the contributions,
 * capped at {@link Pillar#MAX_POINTS}. A pillar may budget more than 25 points across its
 * rules, since there are several routes to a full pillar. Decimals are kept; round only for
 * display. Immutable.
 */
public final class PillarScore {

    private final Pillar pillar;
    private final List<RuleContribution> contributions;
    private final boolean complete;
    private final double uncappedPoints;
    private final double points;

    private PillarScore(Pillar pillar, List<RuleContribution> contributions, boolean complete) {
        this.pillar = Objects.requireNonNull(pillar, "pillar");
        this.contributions = List.copyOf(Checks.noNullElements(contributions, "contributions"));
        this.complete = complete;
        double sum = 0;
        for (RuleContribution c : this.contributions) {
            if (c.pillar() != pillar) {
                throw new IllegalArgumentException("contribution of rule " + c.ruleId() + " feeds "
                        + c.pillar() + ", not " + pillar);
            }
            sum += c.points();
        }
        this.uncappedPoints = sum;
        this.points = Math.min(Pillar.MAX_POINTS, sum);
    }

    /**
     * A pillar score from its contributions.
     *
     * @param pillar        the pillar
     * @param contributions its rules' contributions, in a stable order; copied
     * @param complete      {@code false} if a rule of this pillar failed and was left out
     * @return the pillar score, with points capped at {@link Pillar#MAX_POINTS}
     * @throws NullPointerException     if an argument or a contribution is null
     * @throws IllegalArgumentException if a contribution belongs to another pillar
     */
    public static PillarScore of(Pillar pillar, List<RuleContribution> contributions, boolean complete) {
        return new PillarScore(pillar, contributions, complete);
    }

    /** @return the pillar, never {@code null} */
    public Pillar pillar() {
        return pillar;
    }

    /** @return the points, in {@code [0, 25]}: the capped sum of the contributions */
    public double points() {
        return points;
    }

    /** @return the sum of the contributions before the cap; above 25 when several routes overlap */
    public double uncappedPoints() {
        return uncappedPoints;
    }

    /** @return the most a pillar can hold, {@link Pillar#MAX_POINTS} */
    public double maxPoints() {
        return Pillar.MAX_POINTS;
    }

    /** @return the points this pillar is missing: {@code 25 - points()} */
    public double missingPoints() {
        return Pillar.MAX_POINTS - points;
    }

    /** @return the contributions, unmodifiable, in rule order */
    public List<RuleContribution> contributions() {
        return contributions;
    }

    /**
     * The contributions that earned the most points, best first; ties in rule order.
     *
     * @param limit how many at most
     * @return up to {@code limit} contributions
     */
    public List<RuleContribution> topContributions(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, but was " + limit);
        }
        return contributions.stream()
                .sorted(Comparator.comparingDouble(RuleContribution::points).reversed())
                .limit(limit)
                .toList();
    }

    /** @return {@code false} if a rule of this pillar failed and its points are missing */
    public boolean complete() {
        return complete;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PillarScore other
                && pillar == other.pillar
                && complete == other.complete
                && contributions.equals(other.contributions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pillar, contributions, complete);
    }

    @Override
    public String toString() {
        return "PillarScore[" + pillar + "=" + points + (complete ? "" : ", incomplete") + ", "
                + contributions.size() + " contributions]";
    }
}
