package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Members compared with each other: an industry, a team, a network, or any grouping the caller
 * names. A cohort yields each member's rank and "top X%", the cohort's averages and medians and
 * a leaderboard, as LinkedIn and Sales Navigator show them.
 *
 * <p><b>Privacy floor.</b> Statistics of a small group give individuals away, so a cohort
 * smaller than its minimum size (10 by default, as Sales Navigator does for teams) yields no
 * statistics, only the reason. Immutable and thread-safe.
 *
 * <pre>{@code
 * Cohort team = Cohort.of("team-emea", scores);
 * team.statistics().ifPresentOrElse(
 *         stats -> System.out.println(stats.standing("rep-ava").orElseThrow().label()),   // "top 10%"
 *         () -> System.out.println(team.withheldBecause().orElseThrow()));
 * }</pre>
 */
public final class Cohort {

    /** The default privacy floor: 10 members. */
    public static final int DEFAULT_MINIMUM_SIZE = 10;

    private final String name;
    private final int minimumSize;
    private final List<SsiScore> scores;
    private final Optional<CohortStatistics> statistics;

    private Cohort(String name, int minimumSize, List<SsiScore> scores) {
        this.name = name;
        this.minimumSize = minimumSize;
        List<SsiScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparing(SsiScore::memberId));
        this.scores = List.copyOf(sorted);
        this.statistics = this.scores.size() < minimumSize ? Optional.empty() : Optional.of(compute(this.scores));
    }

    /**
     * A cohort with the default privacy floor.
     *
     * @param name   what groups the members, for example {@code "team-emea"} or an industry
     * @param scores one score per member, of one model version
     * @return the cohort
     * @throws IllegalArgumentException if there is no score, a member appears twice, or model
     *                                  versions are mixed
     */
    public static Cohort of(String name, Collection<SsiScore> scores) {
        return builder(name).addAll(scores).build();
    }

    /**
     * A builder, for a different privacy floor or for adding scores one by one.
     *
     * @param name what groups the members
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the cohort's name */
    public String name() {
        return name;
    }

    /** @return how many members it holds */
    public int size() {
        return scores.size();
    }

    /** @return the privacy floor: the smallest size that yields statistics */
    public int minimumSize() {
        return minimumSize;
    }

    /** @return the scores, in member-id order, unmodifiable */
    public List<SsiScore> scores() {
        return scores;
    }

    /**
     * The cohort's statistics.
     *
     * @return the statistics, or empty if the cohort is below its privacy floor
     */
    public Optional<CohortStatistics> statistics() {
        return statistics;
    }

    /**
     * Why there are no statistics.
     *
     * @return the reason, or empty if there are statistics
     */
    public Optional<String> withheldBecause() {
        return statistics.isPresent() ? Optional.empty()
                : Optional.of("cohort " + name + " has " + scores.size() + " members; statistics need at least "
                + minimumSize + ", so that no one's score can be inferred");
    }

    private static CohortStatistics compute(List<SsiScore> byId) {
        int n = byId.size();
        List<SsiScore> ranked = new ArrayList<>(byId);
        ranked.sort(Comparator.comparingDouble(SsiScore::total).reversed().thenComparing(SsiScore::memberId));
        List<Standing> board = new ArrayList<>(n);
        Map<String, Standing> byMember = new HashMap<>();
        int rank = 0;
        for (int i = 0; i < n; i++) {
            SsiScore s = ranked.get(i);
            if (i == 0 || s.total() != ranked.get(i - 1).total()) {
                rank = i + 1;
            }
            Standing standing = new Standing(s.memberId(), rank, n, s.total());
            board.add(standing);
            byMember.put(s.memberId(), standing);
        }
        double[] totals = new double[n];
        for (int i = 0; i < n; i++) {
            totals[i] = byId.get(i).total();
        }
        EnumMap<Pillar, Double> averages = new EnumMap<>(Pillar.class);
        EnumMap<Pillar, Double> medians = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            double[] points = new double[n];
            for (int i = 0; i < n; i++) {
                points[i] = byId.get(i).pillar(p).points();
            }
            averages.put(p, mean(points));
            medians.put(p, median(points));
        }
        return new CohortStatistics(board, byMember, mean(totals), median(totals), averages, medians);
    }

    /** The mean, summed in sorted order so that it does not depend on the order of the members. */
    private static double mean(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return sum / sorted.length;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    @Override
    public String toString() {
        return "Cohort[" + name + ", " + scores.size() + " members" + (statistics.isEmpty() ? ", withheld" : "") + "]";
    }

    /** Builds a {@link Cohort}; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private int minimumSize = DEFAULT_MINIMUM_SIZE;
        private final Map<String, SsiScore> scores = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Checks.nonBlank(name, "name");
        }

        /**
         * The privacy floor: a cohort smaller than this yields no statistics.
         *
         * @param size at least 1; 10 by default
         * @return this builder
         */
        public Builder minimumSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("minimumSize must be >= 1, but was " + size);
            }
            this.minimumSize = size;
            return this;
        }

        /**
         * Adds a member's score.
         *
         * @param score the score
         * @return this builder
         * @throws IllegalArgumentException if the member is already in the cohort
         */
        public Builder add(SsiScore score) {
            Objects.requireNonNull(score, "score");
            if (scores.putIfAbsent(score.memberId(), score) != null) {
                throw new IllegalArgumentException("cohort " + name + " already holds member " + score.memberId()
                        + ": each member may appear once");
            }
            return this;
        }

        /**
         * Adds members' scores.
         *
         * @param more the scores
         * @return this builder
         */
        public Builder addAll(Collection<SsiScore> more) {
            for (SsiScore s : Checks.noNullElements(more, "scores")) {
                add(s);
            }
            return this;
        }

        /**
         * @return the cohort
         * @throws IllegalArgumentException if it is empty or mixes model versions
         */
        public Cohort build() {
            if (scores.isEmpty()) {
                throw new IllegalArgumentException("cohort " + name + " has no members: add at least one score");
            }
            String version = null;
            for (SsiScore s : scores.values()) {
                if (version == null) {
                    version = s.modelVersion();
                } else if (!version.equals(s.modelVersion())) {
                    throw new IllegalArgumentException("cohort " + name + " mixes model versions " + version + " and "
                            + s.modelVersion() + ": scores of different models do not compare");
                }
            }
            return new Cohort(name, minimumSize, new ArrayList<>(scores.values()));
        }
    }
}
