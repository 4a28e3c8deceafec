package io.ssi.core;

import io.ssi.core.internal.Checks;

/**
 * A member's place in a {@link Cohort}, as LinkedIn shows it: a rank and a "top X%".
 *
 * @param memberId   the member
 * @param rank       1 for the best total; members with equal totals share a rank, and the
 *                   next rank skips (1, 2, 2, 4)
 * @param topPercent {@code 100 * rank / size}: the share of the cohort at or above this
 *                   member; lower is better, and the best of 20 is in the top 5%
 * @param total      the member's total
 */
public record Standing(String memberId, int rank, double topPercent, double total) {

    public Standing {
        Checks.nonBlank(memberId, "memberId");
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be >= 1, but was " + rank);
        }
        if (!(topPercent > 0 && topPercent <= 100)) {
            throw new IllegalArgumentException("topPercent must be in (0, 100], but was " + topPercent);
        }
        Checks.finite(total, "total");
    }

    /**
     * The "top X%" as LinkedIn prints it, rounded up to a whole percent.
     *
     * @return for example {@code "top 5%"}
     */
    public String label() {
        return "top " + (int) Math.ceil(topPercent - 1e-9) + "%";
    }
}
