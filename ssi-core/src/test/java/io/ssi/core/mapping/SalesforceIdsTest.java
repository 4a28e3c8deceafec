package io.ssi.core.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

final class SalesforceIdsTest {

    @Test
    void fifteenAndEighteenCharacterIdsOfOneRecordBecomeOne() {
        assertThat(SalesforceIds.canonical("001D000000IRt53")).isEqualTo("001D000000IRt53IAD");
        assertThat(SalesforceIds.canonical("001D000000IRt53IAD")).isEqualTo("001D000000IRt53IAD");
        assertThat(SalesforceIds.canonical("001D000000IRt53iad")).isEqualTo("001D000000IRt53IAD");
    }

    @Test
    void idsThatDifferOnlyInCaseStayApart() {
        // 15-character ids are case-sensitive: these are two records, and their checksums differ.
        assertThat(SalesforceIds.canonical("001d000000irt53")).isNotEqualTo(SalesforceIds.canonical("001D000000IRt53"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "hs-8812", "001D000000IRt53XYZ", "001D000000IRt5!", "contact-7"})
    void otherIdsPassThrough(String id) {
        assertThat(SalesforceIds.canonical(id)).isEqualTo(id);
    }
}
