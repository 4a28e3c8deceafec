/**
 * The standard scoring model of ssi ({@code standard-1}), a table of rule values in
 * {@link io.ssi.rules.StandardModel}, and its recommendation generators. The model is one
 * {@code ScoringModel} provider, registered here and in {@code META-INF/services}, so that
 * {@link io.ssi.core.SsiCalculator#standard()} finds it on the module path and the class path.
 */
module io.ssi.rules {
    requires transitive io.ssi.core;

    exports io.ssi.rules;
    exports io.ssi.rules.advice;

    provides io.ssi.core.spi.ScoringModel with io.ssi.rules.StandardModel;

    provides io.ssi.core.spi.RecommendationGenerator with
            io.ssi.rules.advice.ContentAdvice,
            io.ssi.rules.advice.EngageAdvice,
            io.ssi.rules.advice.FindAdvice,
            io.ssi.rules.advice.ProfileAdvice,
            io.ssi.rules.advice.RelationshipAdvice;
}
