package io.ssi.core.spi;

import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;

import java.util.Optional;

/**
 * One signal of the Social Selling Index: it reads the one-pass aggregates of a
 * {@link ScoringContext} and awards between 0 and {@link #maxPoints()} points to its
 * {@link #pillar()}.
 *
 * <p>Implementations must be stateless and thread-safe: one instance scores many members at
 * once. When registered for {@link java.util.ServiceLoader} (in {@code module-info} with
 * {@code provides} and in {@code META-INF/services}) they need a public no-argument
 * constructor. They never return {@code null}, and never rescan the activity log: the context
 * already holds the aggregates.
 *
 * <p>A rule that throws, or returns points outside {@code [0, maxPoints()]}, is isolated by the
 * engine: the other rules still score, the pillar is marked incomplete and the failure is
 * reported (or, in strict mode, a {@link io.ssi.core.RuleEvaluationException} is thrown).
 */
public interface ScoringRule {

    /**
     * A stable, lower-kebab id, unique in a rule set, conventionally prefixed with the pillar's
     * {@linkplain Pillar#key() key}: {@code relationships.welcome-rate}.
     *
     * @return the id, never {@code null}
     */
    String id();

    /**
     * The pillar this rule's points count toward.
     *
     * @return the pillar, never {@code null}
     */
    Pillar pillar();

    /**
     * The most points this rule can award; finite and greater than 0.
     *
     * @return the maximum
     */
    double maxPoints();

    /**
     * The version of the model this rule belongs to. A calculator stamps the versions of its
     * rules on every score, so that scores from different models are never mixed up.
     *
     * @return the model version, never {@code null}; {@code "custom"} unless overridden
     */
    default String modelVersion() {
        return "custom";
    }

    /**
     * Everything about this rule that shapes its numbers, in words, for the model fingerprint
     * ({@link io.ssi.core.SsiScore#modelVersion()}): two rules with the same signature must
     * score alike. A rule with targets or options of its own should include them.
     *
     * @return the signature, never {@code null}; by default the class name, id, pillar and maximum
     */
    default String signature() {
        return getClass().getName() + "[" + id() + ", " + pillar() + ", max " + maxPoints() + "]";
    }

    /**
     * The {@linkplain io.ssi.core.SsiCalculator#fingerprint(java.util.List, io.ssi.core.ScoringOptions)
     * fingerprint} of the configuration in which this rule's model is stamped with its bare
     * {@link #modelVersion()}, such as {@code standard-1}: its reference rules with the default
     * options. A calculator whose rules all name its own fingerprint stamps the bare version;
     * any other gets the version with a suffix of the fingerprint.
     *
     * @return the reference fingerprint; empty by default, so that a plugin's model always
     *         carries a fingerprint suffix
     */
    default Optional<String> referenceFingerprint() {
        return Optional.empty();
    }

    /**
     * The rule's explanations in a language, for evidence made with
     * {@link io.ssi.core.Evidence#keyed}: {@link java.text.MessageFormat} patterns by key. A rule
     * loads its own bundle, so that the lookup works inside its module, and asks for its root
     * language rather than the JVM's default for a language it does not ship.
     *
     * @param locale the language
     * @return the bundle, never {@code null}; by default one with no keys, so that the English
     *         template of the evidence is used
     */
    default java.util.ResourceBundle explanations(java.util.Locale locale) {
        return new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[0][];
            }
        };
    }

    /**
     * The signals this rule reads: the activity types and profile facts its points depend on.
     * Under a partial {@link io.ssi.core.Coverage} the calculator keeps the rule only if the
     * source observes all of them, and otherwise leaves it out rather than count it as zero.
     * The advisor relies on the profile facts too: a what-if that changes only profile facts
     * not named here (a longer summary, say) does not evaluate the rule again, so a rule that
     * names fewer facts than its points depend on gets advice with wrong gains.
     *
     * @return the signals read, never {@code null}; by default {@link io.ssi.core.Coverage#full()}
     *         (every signal), so that a rule which does not say is kept only under full coverage
     */
    default io.ssi.core.Coverage reads() {
        return io.ssi.core.Coverage.full();
    }

    /**
     * Scores one member.
     *
     * @param context the member's profile and aggregated activity, never {@code null}
     * @return the points awarded and their evidence, made with
     *         {@link RuleContribution#of(ScoringRule, double, io.ssi.core.Evidence)} or
     *         {@link RuleContribution#notApplicable(ScoringRule, io.ssi.core.Evidence)}; never
     *         {@code null}
     */
    RuleContribution evaluate(ScoringContext context);

    /**
     * The points {@link #evaluate(ScoringContext)} awards in a context, without the evidence
     * behind them: the advisor asks for nothing else in each of the many what-ifs it measures,
     * so a rule that builds evidence (strings, lists) can skip it here. An override must return
     * {@code evaluate(context).points()} to the last bit, read from the context nothing that
     * {@code evaluate} does not, and fail wherever {@code evaluate} fails: by throwing, or by
     * returning a value outside {@code [0, maxPoints()]} (NaN, say), which the engine treats as
     * the rule failing.
     *
     * @param context the member's profile and aggregated activity, never {@code null}
     * @return the points; by default {@code evaluate(context).points()}, in which case the
     *         engine checks the contribution as it checks a score's
     */
    default double points(ScoringContext context) {
        return evaluate(context).points();
    }
}
