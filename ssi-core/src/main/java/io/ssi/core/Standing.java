package io.ssi.core;

import io.ssi.core.internal.Checks;

/**
 * A member's place in a {@link Cohort}, as LinkedIn shows it: a rank and a "top X%".
 *
 * @param memberId   the member
 * @param rank       1 for the best total; members with equal totals share a rank, and the
 *                   next rank skips (1, 2, 2, 4)
 * @param cohortSize how many members the cohort holds, so that a rank reads "2 of 12"
 * @param total      the member's total
 */
public record Standing(String memberId, int rank, int cohortSize, double total) {

    public Standing {
        Checks.nonBlank(memberId, "memberId");
        if (cohortSize < 1) {
            throw new IllegalArgumentException("cohortSize must be >= 1, but was " + cohortSize);
        }
        if (rank < 1 || rank > cohortSize) {
            throw new IllegalArgumentException("rank must be between 1 and " + cohortSize + ", but was " + rank);
        }
        Checks.finite(total, "total");
    }

    /**
     * The share of the cohort at or above this member: {@code 100 * rank / cohortSize}. Lower
     * is better: the best of 20 is in the top 5%, and members who tie share it.
     *
     * @return a percentage in (0, 100]
     */
    public double topPercent() {
        return 100.0 * rank / cohortSize;
    }

    /**
     * The "top X%" as LinkedIn prints it, rounded up to a whole percent.
     *
     * @return for example {@code "top 5%"}
     */
    public String label() {
        return "top " + (int) Math.ceil(topPercent() - 1e-9) + "%";
    }
}
