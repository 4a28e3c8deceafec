/**
 * The ssi engine: immutable domain types, {@link io.ssi.core.SsiCalculator}, the result types,
 * the guide ({@link io.ssi.core.SsiAdvisor}), and the SPIs through which scoring rules and
 * recommendation generators plug in.
 */
module io.ssi.core {
    requires org.slf4j;

    exports io.ssi.core;
    exports io.ssi.core.spi;
    exports io.ssi.core.mapping;

    uses io.ssi.core.spi.ScoringRule;
    uses io.ssi.core.spi.ScoringModel;
    uses io.ssi.core.spi.RecommendationGenerator;
}
