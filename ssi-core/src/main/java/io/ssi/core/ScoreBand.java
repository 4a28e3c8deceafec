package io.ssi.core;

/**
 * A coarse reading of the total, as sales coaches use it. The thresholds are configurable
 * through {@link BandThresholds}; the defaults are below 30, 30 to below 70, 70 to below 85,
 * and 85 and above.
 */
public enum ScoreBand {
    /** Below 30 by default: LinkedIn's "laggards". */
    LAGGARD,
    /** 30 to below 70 by default: active, with clear room to grow. */
    DEVELOPING,
    /** 70 to below 85 by default: what LinkedIn insiders call a good score. */
    GOOD,
    /** 85 and above by default: the leaders of an industry. */
    LEADER
}
