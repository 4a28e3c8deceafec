package io.ssi.core.internal;

import io.ssi.core.Evidence;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one renderer of texts: which bundle a key comes from and in what language, and how
 * evidence fills its templates, keyed or not.
 */
final class TextsTest {

    private static ResourceBundle bundle(Locale locale, String key, String pattern) {
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{key, pattern}};
            }

            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

    @Test
    void anOverrideWinsKeyByKeyAndIsInTheRequestedLanguage() {
        ResourceBundle shipped = bundle(Locale.ROOT, "k", "{0,number,#.#} shipped");
        ResourceBundle mine = bundle(Locale.ROOT, "k", "{0,number,#.#} mine");
        Texts.Text over = Texts.lookup(Optional.of(mine), shipped, "k", Locale.GERMAN).orElseThrow();
        assertThat(over.pattern()).isEqualTo("{0,number,#.#} mine");
        assertThat(over.locale()).isEqualTo(Locale.GERMAN);
        assertThat(over.format(2.5)).isEqualTo("2,5 mine");

        Texts.Text root = Texts.lookup(Optional.of(bundle(Locale.ROOT, "other", "x")), shipped, "k", Locale.GERMAN)
                .orElseThrow();
        assertThat(root.pattern()).isEqualTo("{0,number,#.#} shipped");
        assertThat(root.locale()).as("the root bundle is English").isEqualTo(Locale.ENGLISH);
        assertThat(root.format(2.5)).isEqualTo("2.5 shipped");

        Texts.Text german = Texts.lookup(Optional.empty(), bundle(Locale.GERMAN, "k", "{0,number,#.#} de"), "k",
                Locale.ENGLISH).orElseThrow();
        assertThat(german.locale()).isEqualTo(Locale.GERMAN);

        Texts.Text byHand = Texts.lookup(Optional.empty(), bundle(null, "k", "p"), "k", Locale.FRENCH).orElseThrow();
        assertThat(byHand.locale()).as("a bundle with no locale is in the requested one").isEqualTo(Locale.FRENCH);

        assertThat(Texts.lookup(Optional.empty(), shipped, "missing", Locale.ENGLISH)).isEmpty();
        assertThat(Texts.lookup(Optional.of(mine), shipped, "missing", Locale.ENGLISH)).isEmpty();
        assertThat(Texts.EMPTY.keySet()).isEmpty();
    }

    @Test
    void keyedEvidenceRendersItsEnglishPatternWithEveryArgument() {
        Evidence e = Evidence.keyed(3, 5, "comments a week", "engage.comments",
                "{0,number,#.#} of {1,number,#.#} for {2,number,#.#} of {3,number,#.#}, then {4,number,#.#} and {5}",
                7.25, 8);
        assertThat(e.key()).isEqualTo("engage.comments");
        assertThat(e.args()).containsExactly(7.25, 8.0);
        assertThat(e.messageArgs(1.5, 2)).containsExactly(3.0, 5.0, 1.5, 2.0, 7.25, 8.0);
        assertThat(e.render(1.5, 2)).isEqualTo("3 of 5 for 1.5 of 2, then 7.2 and 8");
        assertThat(Evidence.keyed(1, 2, "u", "k", "{0,number,#}").messageArgs(0, 1)).hasSize(4);
    }

    @Test
    void aTemplateFillsItsPlaceholdersWhereverTheyStand() {
        Evidence e = Evidence.of(2.44, 0.5, "likes", "{measured} {unit}");
        assertThat(e.render(1, 3)).isEqualTo("2.4 likes");
        assertThat(Evidence.of(2.44, 0.5, "likes", "{measured#} of {target%}; {points} of {max} {nope} {").render(1, 3))
                .isEqualTo("2 of 50%; 1.0 of 3.0 {nope} {");
        assertThat(Evidence.of(0.256, 12, "", "{measured%} {target#} {target}").render(0, 0)).isEqualTo("26% 12 12.0");
        assertThat(Evidence.of(1, 1, "", "no placeholders").render(0, 0)).isEqualTo("no placeholders");
        assertThat(Evidence.oneDecimal(-0.04)).isEqualTo("0.0");
        assertThat(Evidence.oneDecimal(-0.05)).isEqualTo("-0.1");
        assertThat(Evidence.oneDecimal(12.96)).isEqualTo("13.0");
    }

    /**
     * Whole numbers from 0 to 999 are written as digits without the number format only where
     * that gives its text: every such value, as an Integer, a Long and a Double, in every kind of
     * element the shipped messages use, comes out as MessageFormat writes it, in the shipped
     * languages and in ones whose format writes other digits or groups otherwise; and so do
     * the values just outside (negative, -0.0, 1000 and up, fractions).
     */
    @Test
    void wholeNumbersAreWrittenAsTheNumberFormatWritesThem() {
        List<String> patterns = List.of("{1} of {2}, {3} in {4}",
                "{0,number,0.0}: {1} a {2,number,0} b {3,number,0.#} c {4,number,percent} d {1,number,0.##} {5}");
        List<Locale> locales = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.ROOT, Locale.FRENCH,
                Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("th-TH-u-nu-thai"));
        List<Number> values = new ArrayList<>();
        for (int v = 0; v <= Texts.MAX_PLAIN; v++) {
            values.add(v);
            values.add((long) v);
            values.add((double) v);
        }
        values.addAll(List.of(-1, -1L, -1.0, -0.0, 1000, 1000L, 1000.0, 12345, 0.5, 998.5, 999.0001, 1e300,
                Double.NaN, Integer.MIN_VALUE, Long.MAX_VALUE, (short) 7, 7.0f));
        for (Locale locale : locales) {
            for (String pattern : patterns) {
                MessageFormat general = new MessageFormat(pattern, locale);
                for (Number v : values) {
                    Object[] args = {v, v, v, v, v, v};
                    assertThat(Texts.format(pattern, locale, args)).as("%s in %s of %s (%s)", pattern, locale, v,
                            v.getClass().getSimpleName()).isEqualTo(general.format(args));
                }
            }
        }
    }

    @Test
    void onlyWholeNumbersFromZeroTo999AreWrittenPlainly() {
        assertThat(Texts.writesWholeNumbersPlainly(Locale.ENGLISH)).isTrue();
        assertThat(Texts.writesWholeNumbersPlainly(Locale.GERMAN)).isTrue();
        assertThat(Texts.writesWholeNumbersPlainly(Locale.forLanguageTag("th-TH-u-nu-thai"))).as("Thai digits")
                .isFalse();
        assertThat(Texts.plainWhole(0)).isZero();
        assertThat(Texts.plainWhole(999L)).isEqualTo(999);
        assertThat(Texts.plainWhole(42.0)).isEqualTo(42);
        assertThat(Texts.plainWhole(0.0)).isZero();
        for (Number n : List.of(-0.0, -1, 1000, 1000L, 999.5, 0.25, -1L, Double.NaN, Double.POSITIVE_INFINITY,
                (short) 3, (byte) 3, 3.0f, new java.math.BigDecimal("3"))) {
            assertThat(Texts.plainWhole(n)).as("%s (%s)", n, n.getClass().getSimpleName()).isEqualTo(-1);
        }
    }

    /**
     * A text remembers the parsed pattern of the last thread that formatted it: threads taking
     * turns, and threads at once, each get the right message (a parsed pattern is not
     * thread-safe, so each must use its own).
     */
    @Test
    void aTextFormatsRightInEveryThread() throws Exception {
        Texts.Text t = new Texts.Text("{0,number,0.0} of {1} at {2,number,percent}", Locale.GERMAN);
        assertThat(t).isEqualTo(new Texts.Text(t.pattern(), Locale.GERMAN)).hasSameHashCodeAs(
                new Texts.Text(t.pattern(), Locale.GERMAN)).isNotEqualTo(new Texts.Text(t.pattern(), Locale.ENGLISH));
        assertThat(t.toString()).isEqualTo("Text[pattern=" + t.pattern() + ", locale=de]");
        assertThat(t.format(2.25, 3, 0.5)).isEqualTo(new MessageFormat(t.pattern(), Locale.GERMAN).format(
                new Object[] {2.25, 3, 0.5})).startsWith("2,2 of 3 at 50");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                int seed = k;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        int n = (seed * 2_000 + i) % 5_000;
                        String expected = new MessageFormat(t.pattern(), Locale.GERMAN).format(
                                new Object[] {n / 10.0, n, n / 100.0});
                        if (!t.format(n / 10.0, n, n / 100.0).equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(t.format(1.0, 1000, 1)).startsWith("1,0 of 1.000 at 100");
    }

    /**
     * The bounds of the numbers written as digits without the format: 0 and 999 are, given as
     * an Integer, a Long or a Double; -1 and 1000 are not.
     */
    @Test
    void theBoundsOfThePlainWholeNumbersAreZeroAnd999OfEachType() {
        assertThat(Texts.plainWhole(999)).isEqualTo(999);
        assertThat(Texts.plainWhole(0L)).isZero();
        assertThat(Texts.plainWhole(999.0)).isEqualTo(999);
        for (Number n : List.of(1000, -1, 1000L, -1L, 1000.0, -1.0, Long.MIN_VALUE, Long.MAX_VALUE)) {
            assertThat(Texts.plainWhole(n)).as("%s (%s)", n, n.getClass().getSimpleName()).isEqualTo(-1);
        }
    }

    /**
     * A thread's first message in a language tries the language's format then: on a new thread
     * (which has no parsed patterns yet), English and German write 0 to 999 plainly, Thai and
     * Egyptian Arabic digits do not, and every message comes out as MessageFormat writes it.
     */
    @Test
    void aNewThreadTriesEachLanguagesDigitsAfresh() {
        IdTableUnitTest.onAFreshThread(() -> {
            Locale thai = Locale.forLanguageTag("th-TH-u-nu-thai");
            Locale arabic = Locale.forLanguageTag("ar-EG");
            assertThat(Texts.format("{0} of {1}", thai, 5, 999L)).isEqualTo("\u0e55 of \u0e59\u0e59\u0e59");
            assertThat(Texts.format("{0}", arabic, 7)).isEqualTo(new MessageFormat("{0}", arabic).format(new Object[] {7}))
                    .isNotEqualTo("7");
            assertThat(Texts.writesWholeNumbersPlainly(thai)).isFalse();
            assertThat(Texts.writesWholeNumbersPlainly(Locale.ENGLISH)).isTrue();
            assertThat(Texts.writesWholeNumbersPlainly(Locale.GERMAN)).isTrue();
            assertThat(Texts.format("{0} of {1}", Locale.GERMAN, 999, 1000)).isEqualTo("999 of 1.000");
        });
    }

    /**
     * Texts MessageFormat writes in its own way come out as it writes them: no arguments at
     * all, arguments that are neither numbers nor texts, one argument shown twice side by side,
     * a choice, and a language that is null (which MessageFormat takes for texts alone).
     */
    @Test
    void whatTheFastPathDoesNotWriteIsLeftToMessageFormat() {
        assertThat(Texts.format("a {0} b {1}", Locale.ENGLISH, (Object[]) null)).isEqualTo("a {0} b {1}");
        assertThat(Texts.format("{0} and {1}", Locale.ENGLISH, true, 'c')).isEqualTo("true and c");
        assertThat(Texts.format("{0} and {1}", Locale.ENGLISH, 3, List.of(1, 2))).isEqualTo("3 and [1, 2]");
        assertThat(Texts.format("{1} and {0}", Locale.ENGLISH, "x", Boolean.FALSE)).isEqualTo("false and x");
        assertThat(Texts.format("{0}{0}", Locale.ENGLISH, 5)).isEqualTo("55");
        assertThat(Texts.format("<{0}{0}>", Locale.GERMAN, 1234.5)).isEqualTo("<1.234,51.234,5>");
        assertThat(Texts.format("{0}{0,number,0.0} {1}", Locale.ENGLISH, 2, "t")).isEqualTo("22.0 t");
        String choice = "{0,choice,0#none|1#one|1<{0,number,integer} many} of {1}";
        for (double v : new double[] {0, 1, 2}) {
            assertThat(Texts.format(choice, Locale.ENGLISH, v, "them")).isEqualTo(
                    new MessageFormat(choice, Locale.ENGLISH).format(new Object[] {v, "them"}));
        }
        assertThat(Texts.format(choice, Locale.ENGLISH, 2, "them")).isEqualTo("2 many of them");
        assertThat(Texts.format("{0} and {1}", null, "s", "t")).isEqualTo("s and t");
        assertThat(new Texts.Text("{0}: {1}", null).format("s", "t")).isEqualTo("s: t");
    }

    /**
     * The same pattern object in another language, on the same thread, is formatted in that
     * language: a pattern remembered by identity is not taken for another language's.
     */
    @Test
    void theSamePatternInAnotherLanguageIsFormattedInThatLanguage() {
        String pattern = "{0,number,0.0} and {1}";
        assertThat(Texts.format(pattern, Locale.ENGLISH, 2.5, 1234)).isEqualTo("2.5 and 1,234");
        assertThat(Texts.format(pattern, Locale.GERMAN, 2.5, 1234)).isEqualTo("2,5 and 1.234");
        assertThat(Texts.format(pattern, Locale.ENGLISH, 2.5, 1234)).isEqualTo("2.5 and 1,234");
        assertThat(new Texts.Text(pattern, Locale.FRENCH).format(2.5, 12)).isEqualTo("2,5 and 12");
        assertThat(new Texts.Text(pattern, Locale.ENGLISH).format(2.5, 12)).isEqualTo("2.5 and 12");
    }

    /**
     * More patterns than a thread keeps parsed: each is still formatted right, including the
     * first ones again after the others have pushed them out.
     */
    @Test
    void moreDistinctPatternsThanAreKeptAreAllFormattedRight() {
        IdTableUnitTest.onAFreshThread(() -> {
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < 1_200; i++) {
                    String pattern = "#" + i + " {0,number,0.0} of {1}";
                    assertThat(Texts.format(pattern, i % 2 == 0 ? Locale.ENGLISH : Locale.GERMAN, 1.5, 7))
                            .isEqualTo("#" + i + (i % 2 == 0 ? " 1.5 of 7" : " 1,5 of 7"));
                }
            }
        });
    }
}
