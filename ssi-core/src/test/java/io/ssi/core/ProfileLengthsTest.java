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
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

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

    /**
     * The length is counted in place rather than by stripping a copy: it must be what
     * {@code strip().length()} gives for any text, white space of every kind at either end (a
     * supplementary character among it, whose two chars are one code point) included.
     */
    @Test
    void aTextsLengthIsWhatStrippingItGives() {
        String[] pieces = {"", " ", "\t", "\n", "\u2003", "\u00a0", "\u3000", "\u001c", "a", "é", "\ud83d\ude00", "\ud83d",
                "\ude00", "x y", "\u2028"};
        for (String a : pieces) {
            for (String b : pieces) {
                for (String c : pieces) {
                    String text = a + b + c;
                    assertThat(MemberProfile.strippedLength(text)).as("[%s]", text).isEqualTo(text.strip().length());
                }
            }
        }
        qt().withExamples(Examples.of(500)).forAll(strings().betweenCodePoints(0, 0x3100).ofLengthBetween(0, 12))
                .checkAssert(text -> assertThat(MemberProfile.strippedLength(text)).isEqualTo(text.strip().length()));
        MemberProfile p = MemberProfile.builder("m").headline("\u2003 ab\ud83d\ude00 \t").build();
        assertThat(p.headlineLength()).as("two letters and one code point of two chars").isEqualTo(4);
        assertThat(p.toBuilder().build()).isEqualTo(p);
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
