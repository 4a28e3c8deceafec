package io.ssi.core.spi;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Turns a score into concrete suggestions: what the member could do, in their own numbers.
 * {@link io.ssi.core.SsiAdvisor} measures the expected gain of each suggestion by re-scoring a
 * "what if" (the suggestion's planned activities and profile change applied to the member's
 * aggregates), ranks them and renders their messages.
 *
 * <p>Implementations must be stateless and thread-safe. When registered for
 * {@link java.util.ServiceLoader} (in {@code module-info} with {@code provides} and in
 * {@code META-INF/services}) they need a public no-argument constructor. They never return
 * {@code null}. A generator that throws is isolated: the others still advise, and a WARN is
 * logged.
 */
public interface RecommendationGenerator {

    /**
     * A stable, lower-kebab id, unique among the generators of an advisor.
     *
     * @return the id, never {@code null}
     */
    String id();

    /**
     * Every code this generator may suggest. Each code is a key of its
     * {@linkplain #messages(Locale) bundle}, as is {@code code + ".evidence"}.
     *
     * @return the codes, never {@code null}
     */
    Set<String> codes();

    /**
     * The messages for the codes, in the given locale, or in the generator's root language
     * when it does not speak that one: never in the JVM's default locale instead, which is
     * where a plain {@link ResourceBundle#getBundle(String, Locale)} falls back to. A generator
     * loads its own bundle, so that the lookup works inside its module. Message patterns follow
     * {@link java.text.MessageFormat}: argument {@code {0}} is always the expected gain in
     * points; the suggestion's own arguments follow from {@code {1}}.
     *
     * @param locale the locale
     * @return the bundle, never {@code null}
     */
    ResourceBundle messages(Locale locale);

    /**
     * Suggests what the member could do.
     *
     * @param context the score, the inputs and their aggregates, and helpers to plan activity
     * @return the suggestions, possibly empty, never {@code null}
     */
    List<Suggestion> suggest(AdviceContext context);
}
