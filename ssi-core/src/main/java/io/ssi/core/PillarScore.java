package io.ssi.core;

import io.ssi.core.internal.Checks;
import io.ssi.core.internal.PackedContributions;

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
 *
 * <p>A record so that it stores and reads back by shape (for example with Jackson, with no
 * annotations): {@code points} is part of the stored form for readers in other languages, and
 * the canonical constructor checks it against the contributions rather than trusting it. Make
 * pillar scores with {@link #of(Pillar, List, boolean)}.
 *
 * @param pillar        the pillar
 * @param points        the points, in {@code [0, 25]}: the capped sum of the contributions
 * @param complete      {@code false} if a rule of this pillar failed and its points are missing
 * @param contributions the contributions, unmodifiable, in rule order. A calculator's scores keep
 *                      them packed, a few bytes each beside what every score of that calculator
 *                      shares, and make each record when it is read; the list equals any list
 *                      of the same contributions
 */
public record PillarScore(Pillar pillar, double points, boolean complete, List<RuleContribution> contributions) {

    /**
     * How far a stated {@code points} may be from the capped sum of the contributions: enough
     * for a figure rounded by a foreign writer to the last digit, far too little for a wrong
     * one.
     */
    private static final double POINTS_TOLERANCE = 1e-9;

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException     if an argument or a contribution is null
     * @throws IllegalArgumentException if a contribution belongs to another pillar, or
     *                                  {@code points} is not the capped sum of the contributions
     */
    public PillarScore {
        Objects.requireNonNull(pillar, "pillar");
        contributions = copy(contributions);
        double capped = Math.min(Pillar.MAX_POINTS, sum(pillar, contributions));
        if (!(Math.abs(points - capped) <= POINTS_TOLERANCE)) {
            throw new IllegalArgumentException("points of pillar " + pillar
                    + " must be the capped sum of its contributions, " + capped + ", but was " + points);
        }
        // The computed figure, not the stated one, so that a score read back equals the original.
        points = capped;
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
        Objects.requireNonNull(pillar, "pillar");
        List<RuleContribution> copy = copy(contributions);
        return new PillarScore(pillar, Math.min(Pillar.MAX_POINTS, sum(pillar, copy)), complete, copy);
    }

    /** An immutable copy; a calculator's packed contributions are immutable already, and kept as they are. */
    private static List<RuleContribution> copy(List<RuleContribution> contributions) {
        if (contributions instanceof PackedContributions) {
            return contributions;
        }
        return List.copyOf(Checks.noNullElements(contributions, "contributions"));
    }

    private static double sum(Pillar pillar, List<RuleContribution> contributions) {
        if (contributions instanceof PackedContributions packed) {
            return packed.sumOfPoints(pillar);
        }
        double sum = 0;
        for (RuleContribution c : contributions) {
            if (c.pillar() != pillar) {
                throw new IllegalArgumentException("contribution of rule " + c.ruleId() + " feeds "
                        + c.pillar() + ", not " + pillar);
            }
            sum += c.points();
        }
        return sum;
    }

    /** @return the sum of the contributions before the cap; above 25 when several routes overlap */
    public double uncappedPoints() {
        return sum(pillar, contributions);
    }

    /** @return the most a pillar can hold, {@link Pillar#MAX_POINTS} */
    public double maxPoints() {
        return Pillar.MAX_POINTS;
    }

    /** @return the points this pillar is missing: {@code 25 - points()} */
    public double missingPoints() {
        return Pillar.MAX_POINTS - points;
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

    @Override
    public String toString() {
        return "PillarScore[" + pillar + "=" + points + (complete ? "" : ", incomplete") + ", "
                + contributions.size() + " contributions]";
    }
}
