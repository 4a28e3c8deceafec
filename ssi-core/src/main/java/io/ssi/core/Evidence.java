package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.Objects;

/**
 * What a rule measured, against what target, in words a sales coach understands.
 *
 * @param measured    the measured value, for example 2.4 (comments a week) or 0.35 (a rate)
 * @param target      the value at which the rule saturates and awards its maximum
 * @param unit        what the numbers count, for example {@code "comments a week"}
 * @param explanation a short sentence for a rep or coach; never contains personal data
 */
public record Evidence(double measured, double target, String unit, String explanation) {

    public Evidence {
        Checks.finite(measured, "measured");
        Checks.finite(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Evidence with the given figures and explanation.
     *
     * @param measured    what was measured
     * @param target      the value that earns the maximum
     * @param unit        what the numbers count
     * @param explanation a short human sentence
     * @return the evidence
     */
    public static Evidence of(double measured, double target, String unit, String explanation) {
        return new Evidence(measured, target, unit, explanation);
    }
}
