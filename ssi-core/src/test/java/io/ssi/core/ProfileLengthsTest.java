package io.ssi.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.ssi.core.BadInput.iae;
import static org.assertj.core.api.Assertions.assertThat;

/** A CRM that stores only how long the headline and summary are never has to invent text. */
final class ProfileLengthsTest {

    @Test
    void lengthsStandInForTextThatTheCrmDoesNotHold() {
        MemberProfile p = MemberProfile.builder("m").headlineLength(72).summaryLength(640).build();
        assertThat(p.headline()).isEmpty();
        assertThat(p.summary()).isEmpty();
        assertThat(p.headlineLength()).isEqualTo(72);
        assertThat(p.summaryLength()).isEqualTo(640);
        assertThat(p.toString()).contains("headline=<72 chars>", "summary=<640 chars>");
        assertThat(p.toBuilder().build()).isEqualTo(p);
    }

    @Test
    void textGivesItsOwnLengthWithoutSurroundingWhiteSpace() {
        MemberProfile p = MemberProfile.builder("m").headline("  Helping CFOs close faster  ").summary("abc").build();
        assertThat(p.headlineLength()).isEqualTo("Helping CFOs close faster".length());
        assertThat(p.summaryLength()).isEqualTo(3);
    }

    @Test
    void theLastOfTextAndLengthWins() {
        MemberProfile lengthLast = MemberProfile.builder("m").headline("abc").headlineLength(40).build();
        assertThat(lengthLast.headline()).isEmpty();
        assertThat(lengthLast.headlineLength()).isEqualTo(40);
        MemberProfile textLast = MemberProfile.builder("m").summaryLength(40).summary("abc").build();
        assertThat(textLast.summary()).isEqualTo("abc");
        assertThat(textLast.summaryLength()).isEqualTo(3);
    }

    static Stream<Arguments> badLengths() {
        return Stream.of(
                iae("negative headline length", () -> MemberProfile.builder("m").headlineLength(-1),
                        "headlineLength must be >= 0, but was -1"),
                iae("negative summary length", () -> MemberProfile.builder("m").summaryLength(-5),
                        "summaryLength must be >= 0, but was -5"),
                iae("a length that contradicts the text", () -> new MemberProfile("m", Optional.empty(),
                                ZoneOffset.UTC, Optional.empty(), "abc", "", 4, 0, false, false, 0, 0, 0, 0, 0, 0, 0,
                                0, 0, 0, 0, Set.of()),
                        "headlineLength must be 3 (the length of the text given), but was 4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLengths")
    void badLengthsAreRefused(BadInput bad) {
        bad.assertRejected();
    }
}
