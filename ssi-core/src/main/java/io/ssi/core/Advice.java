package io.ssi.core;

import io.ssi.core.internal.Checks;

import java.util.List;
import java.util.Objects;

/**
 * A score and the recommendations for it, from one pass over the inputs, as
 * {@link SsiAdvisor#advise(MemberProfile, java.util.Collection, java.time.Instant)} returns them.
 * Immutable; stores and reads back by shape, like {@link SsiScore}.
 *
 * @param score           the member's score
 * @param recommendations the recommendations, ranked by expected gain (ties by code); empty for
 *                        a perfect score
 */
public record Advice(SsiScore score, List<Recommendation> recommendations) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or a recommendation is null
     */
    public Advice {
        Objects.requireNonNull(score, "score");
        recommendations = List.copyOf(Checks.noNullElements(recommendations, "recommendations"));
    }
}
