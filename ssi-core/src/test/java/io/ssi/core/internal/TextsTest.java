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
}
