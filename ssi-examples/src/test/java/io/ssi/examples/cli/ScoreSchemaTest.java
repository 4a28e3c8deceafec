package io.ssi.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ssi.core.Advice;
import io.ssi.core.SsiAdvisor;
import io.ssi.examples.SampleMember;
import io.ssi.examples.SampleTeam;
import org.junit.jupiter.api.Test;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schema shipped in ssi-examples describes what is really written. */
final class ScoreSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    static SchemaSubset schema() throws Exception {
        try (InputStream in = ScoreSchemaTest.class.getResourceAsStream("/io/ssi/examples/cli/ssi-score.schema.json")) {
            assertThat(in).as("the schema ships in the jar").isNotNull();
            return new SchemaSubset(MAPPER.readTree(in));
        }
    }

    @Test
    void everySampleMembersStoredScoreAndAdviceMatchTheSchema() throws Exception {
        SchemaSubset schema = schema();
        SsiAdvisor advisor = SsiAdvisor.standard();
        for (SampleMember m : SampleTeam.members()) {
            Advice advice = advisor.advise(m.profile(), m.activities(), SampleTeam.AS_OF);
            JsonNode score = MAPPER.valueToTree(advice.score());
            assertThat(schema.validate(score)).as(m.profile().id()).isEmpty();
            assertThat(schema.validate(MAPPER.valueToTree(advice), "advice")).as(m.profile().id()).isEmpty();
        }
    }

    @Test
    void randomMembersScoresMatchTheSchema() throws Exception {
        SchemaSubset schema = schema();
        SsiAdvisor advisor = SsiAdvisor.standard();
        for (long seed = 0; seed < 10; seed++) {
            SampleMember m = RandomMembers.member(seed * 7919);
            Advice advice = advisor.advise(m.profile(), m.activities(), RandomMembers.AS_OF);
            assertThat(schema.validate(MAPPER.valueToTree(advice), "advice")).isEmpty();
        }
    }

    @Test
    void theValidatorCatchesAMissingFieldAWrongTypeAnUnknownPropertyAndABadBand() throws Exception {
        SchemaSubset schema = schema();
        SampleMember m = SampleTeam.members().get(0);
        ObjectNode score = MAPPER.valueToTree(SsiAdvisor.standard().advise(m.profile(), m.activities(),
                SampleTeam.AS_OF).score());
        ObjectNode missing = score.deepCopy();
        missing.remove("total");
        assertThat(schema.validate(missing)).containsExactly("$: required property total is missing");
        ObjectNode wrongType = score.deepCopy();
        ((ObjectNode) wrongType.get("pillars").get("FIND_RIGHT_PEOPLE")).put("points", "12");
        assertThat(schema.validate(wrongType)).containsExactly(
                "$.pillars.FIND_RIGHT_PEOPLE.points: expected \"number\", but was STRING");
        ObjectNode extra = score.deepCopy();
        extra.put("name", "Ava");
        assertThat(schema.validate(extra)).containsExactly("$: property name is not in the schema");
        ObjectNode band = score.deepCopy();
        band.put("band", "SUPERSTAR");
        assertThat(schema.validate(band)).hasSize(1).first().asString().startsWith("$.band: \"SUPERSTAR\" is not one of");
        ObjectNode tooHigh = score.deepCopy();
        tooHigh.put("total", 101.0);
        assertThat(schema.validate(tooHigh)).containsExactly("$.total: 101.0 is above the maximum 100");
    }
}
