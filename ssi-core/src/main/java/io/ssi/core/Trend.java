package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a member's index moved over a period of days: the change in total and per pillar, and a
 * reading of it. Made by {@link TrendPolicy#trend(java.util.List, int)} from a member's scores.
 * Immutable.
 *
 * @param days          the length of the period, in days
 * @param direction     the reading of the change under the policy's threshold
 * @param from          the asOf of the score compared with, the one nearest to {@code days}
 *                      days before {@code to}; equal to {@code to} when there is none
 * @param to            the asOf of the last score
 * @param totalChange   the total at {@code to} minus the total at {@code from}; 0 when there is
 *                      not enough data
 * @param pillarChanges the change of each pillar, in the same way; copied
 */
public record Trend(int days, Direction direction, Instant from, Instant to, double totalChange,
                    Map<Pillar, Double> pillarChanges) {

    /** The reading of a change. */
    public enum Direction {
        /** The total rose by at least the policy's threshold. */
        IMPROVING,
        /** The total moved by less than the threshold either way. */
        STEADY,
        /** The total fell by at least the threshold. */
        DECLINING,
        /** No score lies near enough to the period's start, so there is nothing to compare. */
        INSUFFICIENT_DATA
    }

    /**
     * Checks and copies the components.
     *
     * @throws IllegalArgumentException if {@code days} is below 1, a change is not finite, or a
     *                                  pillar is missing
     */
    public Trend {
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, but was " + days);
        }
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Checks.finite(totalChange, "totalChange");
        Objects.requireNonNull(pillarChanges, "pillarChanges");
        EnumMap<Pillar, Double> copy = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            Double change = pillarChanges.get(p);
            if (change == null) {
                throw new IllegalArgumentException("pillarChanges must hold every pillar, but " + p + " is missing");
            }
            copy.put(p, Checks.finite(change, "pillarChanges[" + p + "]"));
        }
        pillarChanges = Collections.unmodifiableMap(copy);
    }

    /**
     * The change of one pillar over the period.
     *
     * @param pillar the pillar
     * @return points gained (positive) or lost (negative)
     */
    public double change(Pillar pillar) {
        return pillarChanges.get(Objects.requireNonNull(pillar, "pillar"));
    }
}
