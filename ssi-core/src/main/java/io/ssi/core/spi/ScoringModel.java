package io.ssi.core.spi;

import java.util.List;

/**
 * A whole model registered as one {@link java.util.ServiceLoader} provider: a name and its
 * rules. {@code SsiCalculator.builder().discoverRules()} finds models as well as single
 * {@link ScoringRule} providers, so a module with many rules registers one class and its list
 * cannot drift from what it provides.
 *
 * <p>Implementations are stateless and thread-safe, have a public no-argument constructor when
 * registered (in {@code module-info} with {@code provides} and in {@code META-INF/services}),
 * and never return {@code null}.
 */
public interface ScoringModel {

    /**
     * The model's name, which its rules also give as their {@link ScoringRule#modelVersion()}.
     *
     * @return the name, such as {@code standard-1}; never {@code null}
     */
    String name();

    /**
     * The model's rules.
     *
     * @return the rules, never {@code null}, possibly empty
     */
    List<ScoringRule> scoringRules();
}
