package io.ssi.rules;

/**
 * How a rule turns its measured value into a share of its points, below the target. Every curve
 * starts at 0, rises without a jump, and reaches 1 exactly at the target, where it stays: ten
 * times the target earns what the target earns.
 *
 * <ul>
 *   <li>{@link #LINEAR}: in proportion. Every extra unit below the target earns the same, so
 *       rules compare at the margin by their points per unit of target alone; the standard
 *       model's activity rules use it.</li>
 *   <li>{@link #EASED}: {@code x(2 - x)} of the share {@code x} of the target: the first steps
 *       count up to twice as much as the last, and the curve meets the target without a kink.</li>
 *   <li>{@link #SQUARE_ROOT}: {@code sqrt(x)}: going from nothing to a third of the target earns
 *       more than half the points; the standard model's profile counts use it (a profile field
 *       changes by a deliberate edit, never by one activity).</li>
 *   <li>{@link #LOGARITHMIC}: {@code ln(1 + v/k) / ln(1 + target/k)} of the value {@code v}, with
 *       a knee {@code k} given by the rule: a diminishing scale that keeps growing well past
 *       the first few hundred, for networks.</li>
 * </ul>
 */
public enum Curve {
    /** In proportion to the share of the target. */
    LINEAR,
    /** {@code x(2 - x)}: eased into the target. */
    EASED,
    /** {@code sqrt(x)}: the first steps count most. */
    SQUARE_ROOT,
    /** {@code ln(1 + v/k) / ln(1 + target/k)}: a diminishing scale with a knee {@code k}. */
    LOGARITHMIC;

    /**
     * The share of a rule's points that a measured value earns.
     *
     * @param measured the measured value; 0 or less earns nothing
     * @param target   the value that earns all the points, greater than 0
     * @param knee     the knee of {@link #LOGARITHMIC}, greater than 0; ignored by the others
     * @return a share between 0 and 1, non-decreasing in {@code measured}
     * @throws IllegalArgumentException if {@code target} is not a finite number above 0, or the
     *                                  knee of {@link #LOGARITHMIC} is not
     */
    public double share(double measured, double target, double knee) {
        if (!(target > 0) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("target of a " + this + " curve must be a finite number > 0, but was "
                    + target);
        }
        if (this == LOGARITHMIC && (!(knee > 0) || !Double.isFinite(knee))) {
            throw new IllegalArgumentException("knee of a LOGARITHMIC curve must be a finite number > 0, but was "
                    + knee);
        }
        if (!(measured > 0)) {
            return 0;
        }
        if (measured >= target) {
            return 1.0;
        }
        double x = measured / target;
        return switch (this) {
            case LINEAR -> x;
            case EASED -> x * (2 - x);
            case SQUARE_ROOT -> Math.sqrt(x);
            case LOGARITHMIC -> Math.log1p(measured / knee) / Math.log1p(target / knee);
        };
    }
}
