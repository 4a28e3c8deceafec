package io.ssi.rules.advice;

import io.ssi.core.spi.RecommendationGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The standard generators as a caller sees them: their ids, their order and how they print. */
final class GeneratorsSurfaceTest {

    @Test
    void theStandardGeneratorsComeSortedById() {
        List<String> ids = StandardAdvice.generators().stream().map(RecommendationGenerator::id).toList();
        assertThat(ids).containsExactly("brand.content", "brand.profile", "engage", "find", "relationships");
    }

    @Test
    void aGeneratorPrintsItsClassItsIdAndHowManyCodesItHas() {
        assertThat(new RelationshipAdvice()).hasToString("RelationshipAdvice[relationships, 10 codes]");
        assertThat(new ContentAdvice()).hasToString("ContentAdvice[brand.content, 4 codes]");
        assertThat(new ProfileAdvice()).hasToString("ProfileAdvice[brand.profile, 13 codes]");
    }
}
