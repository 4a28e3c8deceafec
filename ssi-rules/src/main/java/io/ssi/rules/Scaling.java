package io.ssi.rules;

/**
 * Whether, and by what, a {@link WeeklyRateRule}'s points are scaled for the response the
 * member's work gets ({@link Response}). A scaled rule earns at least its floor share of what
 * its volume would earn, and all of it when the response is good.
 */
public enum Scaling {
    /** Volume alone: outcome rules, and rules whose measure already holds the response. */
    NONE(1.0),
    /**
     * By the member's {@linkplain Response#quality quality}, with a floor of 25%: engaging and
     * relationship work, which automation imitates.
     */
    RESPONSE(0.25),
    /**
     * By the lower of the {@linkplain Response#prospectingAcceptanceQuality acceptance quality}
     * (over a larger sample than the relationship rules judge) and the outcomes prospecting led
     * to ({@link Response#outcomes}, in full at {@value Response#OUTCOMES_FULL} a week), with a
     * floor of 25%: searches, views, saves and follows, which are clicks unless somebody
     * answers.
     */
    PROSPECTING(0.25);

    private final double floor;

    Scaling(double floor) {
        this.floor = floor;
    }

    /** @return the share of its points a scaled rule keeps with no response at all */
    public double floor() {
        return floor;
    }
}
