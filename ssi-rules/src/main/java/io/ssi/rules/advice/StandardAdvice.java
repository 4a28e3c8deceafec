package io.ssi.rules.advice;

import io.ssi.core.spi.RecommendationGenerator;

import java.util.List;

/**
 * The standard recommendation generators, which {@link io.ssi.core.SsiAdvisor#standard()}
 * discovers when this module is present. Use {@link #generators()} to wire them explicitly:
 *
 * <pre>{@code
 * SsiAdvisor advisor = SsiAdvisor.builder().generators(StandardAdvice.generators())
 *         .calculator(calculator).locale(Locale.GERMAN).build();
 * }</pre>
 */
public final class StandardAdvice {

    private StandardAdvice() {
    }

    /**
     * New instances of every standard generator, sorted by id.
     *
     * @return the generators, unmodifiable
     */
    public static List<RecommendationGenerator> generators() {
        return List.of(new ContentAdvice(), new ProfileAdvice(), new EngageAdvice(), new FindAdvice(),
                new RelationshipAdvice());
    }
}
