package io.ssi.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Cohort} large enough to be shown yields: every member's standing, the
 * leaderboard, and the average and median of the total and of each pillar. The figures do not
 * depend on the order in which the scores were added. Immutable.
 */
public final class CohortStatistics {

    private final List<Standing> leaderboard;
    private final Map<String, Standing> byMember;
    private final double averageTotal;
    private final double medianTotal;
    private final Map<Pillar, Double> averages;
    private final Map<Pillar, Double> medians;

    CohortStatistics(List<Standing> leaderboard, Map<String, Standing> byMember, double averageTotal,
                     double medianTotal, EnumMap<Pillar, Double> averages, EnumMap<Pillar, Double> medians) {
        this.leaderboard = List.copyOf(leaderboard);
        this.byMember = Map.copyOf(byMember);
        this.averageTotal = averageTotal;
        this.medianTotal = medianTotal;
        this.averages = Collections.unmodifiableMap(averages);
        this.medians = Collections.unmodifiableMap(medians);
    }

    /**
     * Every member's standing, best first; equal totals in member-id order.
     *
     * @return the leaderboard, unmodifiable
     */
    public List<Standing> leaderboard() {
        return leaderboard;
    }

    /**
     * The first {@code n} places of the leaderboard.
     *
     * @param n how many, not negative
     * @return up to {@code n} standings, best first
     */
    public List<Standing> leaderboard(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, but was " + n);
        }
        return leaderboard.subList(0, Math.min(n, leaderboard.size()));
    }

    /**
     * A member's standing.
     *
     * @param memberId the member
     * @return the standing, or empty if the member is not in the cohort
     */
    public Optional<Standing> standing(String memberId) {
        return Optional.ofNullable(byMember.get(Objects.requireNonNull(memberId, "memberId")));
    }

    /** @return the average total */
    public double averageTotal() {
        return averageTotal;
    }

    /** @return the median total (the mean of the two middle totals for an even size) */
    public double medianTotal() {
        return medianTotal;
    }

    /**
     * @param pillar a pillar
     * @return the average of the pillar's points
     */
    public double average(Pillar pillar) {
        return averages.get(Objects.requireNonNull(pillar, "pillar"));
    }

    /**
     * @param pillar a pillar
     * @return the median of the pillar's points
     */
    public double median(Pillar pillar) {
        return medians.get(Objects.requireNonNull(pillar, "pillar"));
    }

    @Override
    public String toString() {
        return "CohortStatistics[size=" + leaderboard.size() + ", averageTotal=" + averageTotal + ", medianTotal="
                + medianTotal + "]";
    }
}
