package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads trends out of a member's scores: a daily history as {@link SsiCalculator#history}
 * returns it, or the scores a nightly job stored, as they are.
 *
 * <p>The trend over {@code n} days compares the latest score with the score nearest to
 * {@code n} days before it. Stored scores need not be one a day: a job that ran late, two runs
 * on one day, a missed night or scores in any order are all read as they are. The score
 * compared with must lie within a {@linkplain #tolerance(int) tolerance} of {@code n} days
 * before the latest one: 36 hours, or a tenth of the period if that is longer (3 days over 30
 * days, 9 days over 90), but never more than half the period. When several are equally near,
 * the older one is taken. Only when no score lies within the tolerance is the trend
 * {@code INSUFFICIENT_DATA}. The trend's {@link Trend#from()} and {@link Trend#to()} say which
 * two scores were compared.
 *
 * <p>A change in total of at least the period's threshold is {@code IMPROVING}, of at most
 * minus the threshold {@code DECLINING}, anything smaller {@code STEADY}. The standard
 * thresholds are 1 point over 7 days, 2 points over 30 days and 3 points over 90 days: less
 * than a point a week is within the noise of a normal week's ups and downs. Immutable and
 * thread-safe.
 */
public final class TrendPolicy {

    /** The periods {@link #trends(List)} reads: 7, 30 and 90 days. */
    public static final List<Integer> STANDARD_PERIODS = List.of(7, 30, 90);

    private static final TrendPolicy STANDARD = builder().build();

    private final Map<Integer, Double> thresholds;
    private final double defaultThreshold;

    private TrendPolicy(Builder b) {
        this.thresholds = Collections.unmodifiableMap(new TreeMap<>(b.thresholds));
        this.defaultThreshold = b.defaultThreshold;
    }

    /**
     * The standard policy: thresholds of 1, 2 and 3 points over 7, 30 and 90 days, and 2 points
     * for any other period.
     *
     * @return the standard policy
     */
    public static TrendPolicy standard() {
        return STANDARD;
    }

    /**
     * A builder, starting from the standard thresholds.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The threshold for a period.
     *
     * @param days the period
     * @return points of change in total that count as a move
     */
    public double threshold(int days) {
        return thresholds.getOrDefault(days, defaultThreshold);
    }

    /**
     * How far from {@code days} days before the latest score the score compared with may lie:
     * 36 hours, or a tenth of the period if that is longer, but at most half the period.
     *
     * @param days the period, at least 1
     * @return the tolerance, for example 36 hours for 7 days and 3 days for 30 days
     */
    public static Duration tolerance(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be >= 1, but was " + days);
        }
        long minutes = Math.max(36 * 60L, days * 144L);
        return Duration.ofMinutes(Math.min(minutes, days * 720L));
    }

    /**
     * The trend over the last {@code days} days of a member's scores.
     *
     * @param history scores of one member and one model version, in any order, any number a day
     * @param days    the period, at least 1
     * @return the trend; {@code INSUFFICIENT_DATA} when no score lies within the
     *         {@linkplain #tolerance(int) tolerance} of {@code days} days before the latest
     * @throws IllegalArgumentException if the history is empty or mixes members or model versions
     */
    public Trend trend(List<SsiScore> history, int days) {
        check(history);
        Duration tolerance = tolerance(days);
        SsiScore last = history.get(0);
        for (SsiScore s : history) {
            if (!s.asOf().isBefore(last.asOf())) {
                last = s;
            }
        }
        Instant target = last.asOf().minus(Duration.ofDays(days));
        SsiScore first = null;
        Duration nearest = null;
        for (SsiScore s : history) {
            Duration off = Duration.between(s.asOf(), target).abs();
            if (!s.asOf().isBefore(last.asOf()) || off.compareTo(tolerance) > 0) {
                continue;
            }
            int cmp = nearest == null ? -1 : off.compareTo(nearest);
            if (cmp < 0 || cmp == 0 && s.asOf().isBefore(first.asOf())) {
                first = s;
                nearest = off;
            }
        }
        EnumMap<Pillar, Double> changes = new EnumMap<>(Pillar.class);
        if (first == null) {
            for (Pillar p : Pillar.values()) {
                changes.put(p, 0.0);
            }
            return new Trend(days, Trend.Direction.INSUFFICIENT_DATA, last.asOf(), last.asOf(), 0, changes);
        }
        for (Pillar p : Pillar.values()) {
            changes.put(p, last.pillar(p).points() - first.pillar(p).points());
        }
        double change = last.total() - first.total();
        double threshold = threshold(days);
        Trend.Direction direction = change >= threshold ? Trend.Direction.IMPROVING
                : change <= -threshold ? Trend.Direction.DECLINING : Trend.Direction.STEADY;
        return new Trend(days, direction, first.asOf(), last.asOf(), change, changes);
    }

    /**
     * The trends over 7, 30 and 90 days.
     *
     * @param history one score per day, oldest first
     * @return three trends, shortest period first
     * @see #trend(List, int)
     */
    public List<Trend> trends(List<SsiScore> history) {
        List<Trend> out = new ArrayList<>();
        for (int days : STANDARD_PERIODS) {
            out.add(trend(history, days));
        }
        return List.copyOf(out);
    }

    private static void check(List<SsiScore> history) {
        Checks.noNullElements(history, "history");
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history must hold at least one score, but was empty");
        }
        SsiScore first = history.get(0);
        for (SsiScore s : history) {
            if (!s.memberId().equals(first.memberId())) {
                throw new IllegalArgumentException("history must be of one member, but holds " + first.memberId()
                        + " and " + s.memberId());
            }
            if (!s.modelVersion().equals(first.modelVersion())) {
                throw new IllegalArgumentException("history mixes model versions " + first.modelVersion() + " and "
                        + s.modelVersion() + ": rescore it with one calculator to compare");
            }
        }
    }

    @Override
    public String toString() {
        return "TrendPolicy[thresholds=" + thresholds + ", otherwise " + defaultThreshold + "]";
    }

    /** Builds a {@link TrendPolicy}; setters validate eagerly. Not thread-safe. */
    public static final class Builder {
        private final Map<Integer, Double> thresholds = new TreeMap<>(Map.of(7, 1.0, 30, 2.0, 90, 3.0));
        private double defaultThreshold = 2.0;

        private Builder() {
        }

        /**
         * The change in total that counts as a move over a period.
         *
         * @param days   the period, at least 1
         * @param points the threshold, greater than 0
         * @return this builder
         */
        public Builder threshold(int days, double points) {
            if (days < 1) {
                throw new IllegalArgumentException("days must be >= 1, but was " + days);
            }
            thresholds.put(days, Checks.positive(points, "threshold"));
            return this;
        }

        /**
         * The threshold for periods without one of their own; 2 points by default.
         *
         * @param points greater than 0
         * @return this builder
         */
        public Builder defaultThreshold(double points) {
            this.defaultThreshold = Checks.positive(points, "defaultThreshold");
            return this;
        }

        /** @return the policy */
        public TrendPolicy build() {
            return new TrendPolicy(this);
        }
    }
}
