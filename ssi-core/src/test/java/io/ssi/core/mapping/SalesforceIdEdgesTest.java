package io.ssi.core.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The edges of the Salesforce id alphabet and checksum: the first and last letters and digits, and their neighbours. */
final class SalesforceIdEdgesTest {

    @Test
    void theChecksumCountsCapitalsFromAToZ() {
        // Five capitals make 31 ('5'), no capital makes 0 ('A'); 'A' and 'Z' are capitals, 'a' and 'z' are not.
        assertThat(SalesforceIds.canonical("AAAAAZZZZZ00000")).isEqualTo("AAAAAZZZZZ0000055A");
        assertThat(SalesforceIds.canonical("aaaaazzzzz99999")).isEqualTo("aaaaazzzzz99999AAA");
        assertThat(SalesforceIds.canonical("A0000000000000Z")).isEqualTo("A0000000000000ZBAQ");
    }

    @ParameterizedTest
    @ValueSource(chars = {'`', '{', '@', '[', '/', ':'})
    void aCharJustOutsideTheAlphabetMakesItAnotherCrmsId(char outside) {
        String fifteen = "001D000000IRt5" + outside;
        assertThat(SalesforceIds.canonical(fifteen)).isEqualTo(fifteen);
        String eighteen = "001D000000IRt53IA" + outside;
        assertThat(SalesforceIds.canonical(eighteen)).isEqualTo(eighteen);
    }

    @ParameterizedTest
    @ValueSource(chars = {'a', 'z', 'A', 'Z', '0', '9'})
    void theFirstAndLastOfEachRangeAreInTheAlphabet(char inside) {
        assertThat(SalesforceIds.canonical("001D000000IRt5" + inside)).hasSize(18);
    }
}
