package io.ssi.core.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class CrmValuesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("0", 0),
                Arguments.of("1204", 1204),
                Arguments.of(" 1204 ", 1204),
                Arguments.of("1,204", 1204),
                Arguments.of("1.204", 1204),
                Arguments.of("1'204", 1204),
                Arguments.of("1 204", 1204),
                Arguments.of("12,345,678", 12_345_678),
                Arguments.of("500+", 500),
                Arguments.of("30,000+", 30_000),
                Arguments.of("0001204", 1204),
                Arguments.of("2147483647", Integer.MAX_VALUE));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("counts")
    void countsAreRead(String value, int expected) {
        assertThat(CrmValues.count("connections", value)).isEqualTo(expected);
    }

    static Stream<Arguments> badCounts() {
        return Stream.of(
                Arguments.of("", "must be a count such as 1204, 1,204 or 500+"),
                Arguments.of("abc", "must be a count"),
                Arguments.of("-3", "must be a count"),
                Arguments.of("1.5", "must be a count"),
                Arguments.of("1,20", "must be a count"),
                Arguments.of("12k", "must be a count"),
                Arguments.of("500++", "must be a count"),
                Arguments.of("+500", "must be a count"),
                Arguments.of("2147483648", "must be at most 2147483647"),
                Arguments.of("99,999,999,999", "must be at most 2147483647"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("badCounts")
    void badCountsAreRefusedNamingTheColumnAndTheValue(String value, String reason) {
        assertThatThrownBy(() -> CrmValues.count("Connections__c", value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Connections__c " + reason)
                .hasMessageEndingWith("but was \"" + value + "\"");
    }

    static Stream<Arguments> times() {
        return Stream.of(
                Arguments.of("2026-11-02", "2026-11-02T11:00:00Z"),
                Arguments.of("2026-07-02", "2026-07-02T10:00:00Z"),
                Arguments.of("2026-11-02T09:15:00Z", "2026-11-02T09:15:00Z"),
                Arguments.of("2026-11-02T09:15:00.000Z", "2026-11-02T09:15:00Z"),
                Arguments.of("2026-11-02T09:15:00.000+0000", "2026-11-02T09:15:00Z"),
                Arguments.of("2026-11-02T10:15:00+01:00", "2026-11-02T09:15:00Z"),
                Arguments.of("2026-11-02T10:15", "2026-11-02T09:15:00Z"),
                Arguments.of("2026-11-02 10:15:00", "2026-11-02T09:15:00Z"),
                Arguments.of("1793610900000", "2026-11-02T09:15:00Z"));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @MethodSource("times")
    void timesAreReadInTheMembersZone(String value, String expected) {
        assertThat(CrmValues.instant("ActivityDate", value, BERLIN)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void aDateAloneIsNoonInTheMembersZone() {
        assertThat(CrmValues.instant("ActivityDate", "2026-11-02", ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-11-02T12:00:00Z"));
        assertThat(CrmValues.isDateOnly("2026-11-02")).isTrue();
        assertThat(CrmValues.isDateOnly("2026-11-02T09:15:00Z")).isFalse();
    }

    static Stream<String> badTimes() {
        return Stream.of("", "yesterday", "02.11.2026", "2026-13-02", "2026-11-02T25:00:00Z", "11/02/2026");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("badTimes")
    void badTimesAreRefusedNamingTheColumnAndTheValue(String value) {
        assertThatThrownBy(() -> CrmValues.instant("CreatedDate", value, BERLIN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CreatedDate must be a date (2026-11-02)")
                .hasMessageEndingWith("but was \"" + value + "\"");
    }

    static Stream<Arguments> quotedOrNot() {
        return Stream.of(
                Arguments.of("abcdefghijkl", "\"abcdefghijkl\""),
                Arguments.of("abcdefghijklm", "a text of 13 characters (not quoted: it may be personal data)"),
                Arguments.of("two words", "a text of 9 characters (not quoted: it may be personal data)"),
                Arguments.of("Helping CFOs close faster", "a text of 25 characters (not quoted: it may be personal data)"),
                Arguments.of("1 234 567 890 123 456 789 012 345 678 90", "\"1 234 567 890 123 456 789 012 345 678 90\""),
                Arguments.of("1 234 567 890 123 456 789 012 345 678 901",
                        "a text of 41 characters (not quoted: it may be personal data)"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("quotedOrNot")
    void aRefusedValueIsQuotedOnlyIfItIsFiguresOrOneShortWord(String value, String shown) {
        assertThatThrownBy(() -> CrmValues.count("LinkedIn_Headline_Length__c", value))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("but was " + shown);
        assertThatThrownBy(() -> CrmValues.instant("ActivityDate", value, BERLIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("but was " + shown);
    }
}
