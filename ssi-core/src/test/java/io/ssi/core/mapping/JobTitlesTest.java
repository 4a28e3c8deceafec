package io.ssi.core.mapping;

import io.ssi.core.Seniority;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.ssi.core.Seniority.CXO;
import static io.ssi.core.Seniority.DIRECTOR;
import static io.ssi.core.Seniority.ENTRY;
import static io.ssi.core.Seniority.MANAGER;
import static io.ssi.core.Seniority.OWNER;
import static io.ssi.core.Seniority.PARTNER;
import static io.ssi.core.Seniority.SENIOR;
import static io.ssi.core.Seniority.UNKNOWN;
import static io.ssi.core.Seniority.VP;
import static org.assertj.core.api.Assertions.assertThat;

final class JobTitlesTest {

    static Stream<Arguments> titles() {
        return Stream.of(
                Arguments.of("CEO", CXO),
                Arguments.of("Chief Revenue Officer", CXO),
                Arguments.of("CFO & Co-Founder", OWNER),
                Arguments.of("Founder", OWNER),
                Arguments.of("Co-Founder and CTO", OWNER),
                Arguments.of("Owner", OWNER),
                Arguments.of("Business Owner", OWNER),
                Arguments.of("Product Owner", ENTRY),
                Arguments.of("Senior Product Owner", SENIOR),
                Arguments.of("Inhaber", OWNER),
                Arguments.of("Gründerin und Geschäftsführerin", OWNER),
                Arguments.of("Geschäftsführer", CXO),
                Arguments.of("Geschaeftsfuehrer", CXO),
                Arguments.of("GESCHÄFTSFÜHRERIN", CXO),
                Arguments.of("Geschäftsführender Gesellschafter", OWNER),
                Arguments.of("Managing Director", CXO),
                Arguments.of("President", CXO),
                Arguments.of("Vorstand Vertrieb", CXO),
                Arguments.of("Partner", PARTNER),
                Arguments.of("Managing Partner", PARTNER),
                Arguments.of("Senior Partner, Strategy", PARTNER),
                Arguments.of("Partner Manager", MANAGER),
                Arguments.of("Channel Partner Sales", MANAGER),
                Arguments.of("VP Sales", VP),
                Arguments.of("SVP, Global Accounts", VP),
                Arguments.of("EVP Operations", VP),
                Arguments.of("Vice President of Marketing", VP),
                Arguments.of("Senior Vice-President", VP),
                Arguments.of("Vizepräsident Einkauf", VP),
                Arguments.of("AVP Procurement", MANAGER),
                Arguments.of("Head of Procurement", DIRECTOR),
                Arguments.of("Director of IT", DIRECTOR),
                Arguments.of("Sales Director EMEA", DIRECTOR),
                Arguments.of("Senior Director, Engineering", DIRECTOR),
                Arguments.of("Direktor Finanzen", DIRECTOR),
                Arguments.of("Leiter Einkauf", DIRECTOR),
                Arguments.of("Vertriebsleiterin", DIRECTOR),
                Arguments.of("Abteilungsleiter IT", DIRECTOR),
                Arguments.of("Teamleiter Support", MANAGER),
                Arguments.of("Gruppenleiterin", MANAGER),
                Arguments.of("IT Manager", MANAGER),
                Arguments.of("Key-Account-Manager", MANAGER),
                Arguments.of("Produktmanagerin", MANAGER),
                Arguments.of("Senior Manager", MANAGER),
                Arguments.of("Team Lead", MANAGER),
                Arguments.of("Senior Account Executive", SENIOR),
                Arguments.of("Sr. Engineer", SENIOR),
                Arguments.of("Principal Consultant", SENIOR),
                Arguments.of("Lead Developer", SENIOR),
                Arguments.of("Lead Generation Specialist", ENTRY),
                Arguments.of("Account Executive", ENTRY),
                Arguments.of("Junior Buyer", ENTRY),
                Arguments.of("Werkstudent", ENTRY),
                Arguments.of("  ", UNKNOWN),
                Arguments.of("", UNKNOWN),
                Arguments.of("--", UNKNOWN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("titles")
    void titlesSuggestASeniority(String title, Seniority expected) {
        assertThat(JobTitles.seniority(title)).isEqualTo(expected);
    }

    /**
     * An abbreviation and its spelt-out title are one rank: an assistant (or associate) vice
     * president is the rung below vice president, a manager, however it is written; a senior or
     * executive vice president is a VP. Each line holds a title's spellings and their rank.
     */
    @ParameterizedTest(name = "{0} = {1} = {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "AVP | Assistant Vice President | Asst. Vice-President | MANAGER",
            "AVP, Sales | Associate Vice President, Sales | Assoc. VP Sales | MANAGER",
            "avp operations | ASSISTANT VICE PRESIDENT OPERATIONS | Assistant VP Operations | MANAGER",
            "SVP | Senior Vice President | Senior Vice-President | VP",
            "EVP | Executive Vice President | Executive VP | VP",
            "VP | Vice President | Vice-President | VP",
            "VP Sales | Vice President of Sales | Vizepräsident Vertrieb | VP"})
    void anAbbreviationAndItsSpelling(String abbreviation, String spelt, String variant, Seniority expected) {
        assertThat(List.of(abbreviation, spelt, variant)).extracting(JobTitles::seniority)
                .containsOnly(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Vice President, Assistant Controller | VP",
            "Assistant Manager | MANAGER",
            "Assistant | ENTRY",
            "Associate | ENTRY",
            "Assistant Vice President and Head of Sales | DIRECTOR"})
    void anAssistantOutsideAVicePresidencyKeepsItsRank(String title, Seniority expected) {
        assertThat(JobTitles.seniority(title)).isEqualTo(expected);
    }
}
