package io.ssi.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of scoring one member of a batch: a score, or the failure of that member alone.
 *
 * @param index    the member's position in the batch's input
 * @param memberId the member's id, if the input got far enough to have one
 * @param score    the score, if scoring succeeded
 * @param failure  what went wrong, if it did not: for example the
 *                 {@link IllegalArgumentException} of a CRM record that maps to an invalid
 *                 profile
 */
public record BatchResult(int index, Optional<String> memberId, Optional<SsiScore> score,
                          Optional<RuntimeException> failure) {

    public BatchResult {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, but was " + index);
        }
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(failure, "failure");
        if (score.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("a batch result holds either a score or a failure, not "
                    + (score.isPresent() ? "both" : "neither"));
        }
    }

    static BatchResult scored(int index, SsiScore score) {
        return new BatchResult(index, Optional.of(score.memberId()), Optional.of(score), Optional.empty());
    }

    static BatchResult failed(int index, Optional<String> memberId, RuntimeException failure) {
        return new BatchResult(index, memberId, Optional.empty(), Optional.of(failure));
    }

    /** @return {@code true} if the member was scored */
    public boolean succeeded() {
        return score.isPresent();
    }
}
