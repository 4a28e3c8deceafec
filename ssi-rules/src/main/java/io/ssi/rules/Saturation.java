package io.ssi.rules;

/**
 * The standard model's one curve from a measured value to a share of a rule's points.
 *
 * <p>Every signal saturates at its target: ten times the target earns no more than the target.
 * Below the target the share grows with {@code sqrt(measured / target)}, so the first steps
 * count most: going from nothing to a third of the target already earns more than half the points. That
 * is how a coach works (start small, keep it up) and it keeps newcomers out of single figures
 * without letting anyone reach a full pillar without doing the work.
 */
final class Saturation {

    /** The exponent of the curve below the target. */
    static final double EXPONENT = 0.5;

    private Saturation() {
    }

    /**
     * The share of a rule's points that a measured value earns.
     *
     * @param measured the measured value, not negative
     * @param target   the value that earns all the points, greater than 0
     * @return a share between 0 and 1, non-decreasing in {@code measured}
     */
    static double share(double measured, double target) {
        if (measured <= 0) {
            return 0;
        }
        return measured >= target ? 1.0 : Math.pow(measured / target, EXPONENT);
    }
}
