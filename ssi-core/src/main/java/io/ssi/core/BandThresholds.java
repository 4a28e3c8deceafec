package io.ssi.core;

import io.ssi.core.internal.Checks;

/**
 * The totals at which each {@link ScoreBand} begins. Immutable.
 *
 * @param developing the lowest total that is {@link ScoreBand#DEVELOPING}
 * @param good       the lowest total that is {@link ScoreBand#GOOD}
 * @param leader     the lowest total that is {@link ScoreBand#LEADER}
 */
public record BandThresholds(double developing, double good, double leader) {

    private static final BandThresholds STANDARD = new BandThresholds(30, 70, 85);

    public BandThresholds {
        Checks.finite(developing, "developing");
        Checks.finite(good, "good");
        Checks.finite(leader, "leader");
        if (!(developing > 0 && developing < good && good < leader && leader <= 100)) {
            throw new IllegalArgumentException("band thresholds must satisfy 0 < developing < good < leader <= 100,"
                    + " but were " + developing + ", " + good + ", " + leader);
        }
    }

    /**
     * The standard thresholds: 30, 70 and 85.
     *
     * @return the standard thresholds
     */
    public static BandThresholds standard() {
        return STANDARD;
    }

    /**
     * The band a total falls in.
     *
     * @param total a total between 0 and 100
     * @return its band
     */
    public ScoreBand bandOf(double total) {
        Checks.finite(total, "total");
        if (total >= leader) {
            return ScoreBand.LEADER;
        }
        if (total >= good) {
            return ScoreBand.GOOD;
        }
        return total >= developing ? ScoreBand.DEVELOPING : ScoreBand.LAGGARD;
    }
}
