package io.ssi.core.internal;

import io.ssi.core.Examples;
import org.junit.jupiter.api.Test;

import java.text.DecimalFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static io.ssi.core.internal.IdTableUnitTest.onAFreshThread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * A message's fixed-decimal numbers and its plain numbers are written exactly as
 * {@code MessageFormat} writes them with its own formats: every character, in English, German
 * and French, at ties, near ties, for negative values that round to zero, huge and non-finite
 * values, and other number types.
 */
final class FixedDecimalsTest {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);
    // Every count of decimals it writes itself (up to three), each with every minimum.
    private static final List<String> PATTERNS = List.of("0", "0.0", "0.#", "0.##", "0.00", "0.0#", "0.###",
            "0.0##", "0.00#", "0.000");

    /** The format MessageFormat makes for {@code {0,number,pattern}}. */
    private static Format element(String pattern, Locale locale) {
        return new MessageFormat("{0,number," + pattern + "}", locale).getFormats()[0];
    }

    /** A double, an int or a long, written in every pattern and locale as DecimalFormat writes it. */
    private static void writesAsDecimalFormat(Number x) {
        for (Locale locale : LOCALES) {
            for (String pattern : PATTERNS) {
                Format fixed = FixedDecimals.of(element(pattern, locale)).orElseThrow();
                assertThat(fixed.format(x)).as("%s in %s, %s", x, pattern, locale)
                        .isEqualTo(element(pattern, locale).format(x));
            }
        }
    }

    @Test
    void anyDoubleIsWrittenAsDecimalFormatWritesIt() {
        qt().withExamples(Examples.of(300)).forAll(longs().all()).checkAssert(bits ->
                writesAsDecimalFormat(Double.longBitsToDouble(bits)));
        qt().withExamples(Examples.of(300)).forAll(doubles().between(-1_000, 1_000)).checkAssert(
                FixedDecimalsTest::writesAsDecimalFormat);
    }

    @Test
    void tiesAndValuesNextToThemAreRoundedAsTheExactValueIs() {
        // k / 20000 puts a tie at each of the patterns' decimals; a few ulps either side lie on
        // the side the exact binary value is on, not the side its product with 10^n rounds to.
        qt().withExamples(Examples.of(400)).forAll(integers().between(-2_000_000, 2_000_000), integers().between(-4, 4))
                .checkAssert((k, ulps) -> {
                    double x = k / 20000.0;
                    for (int i = 0; i < Math.abs(ulps); i++) {
                        x = ulps > 0 ? Math.nextUp(x) : Math.nextDown(x);
                    }
                    writesAsDecimalFormat(x);
                });
        for (double x : new double[] {0.5, 1.5, -0.5, 3.5, 0.125, 0.375, -0.625, 0.75, 12.25, 0.0, -0.0, -0.01, -0.04, -0.05, 0.05, 0.15, 0.25, 0.35, 2.5, -2.5, 1.005,
                2.675, 0.045, 1e14, 1e15, 1e16, Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            writesAsDecimalFormat(x);
        }
    }

    /**
     * Values written with {@code int} arithmetic and those beyond, in units of the last decimal:
     * either side of {@code Integer.MAX_VALUE} units, and every pattern's trailing zeros.
     */
    @Test
    void valuesEitherSideOfTheLargestIntUnitsAreWrittenAlike() {
        for (double base : new double[] {Integer.MAX_VALUE, Integer.MAX_VALUE / 10.0, Integer.MAX_VALUE / 100.0,
                Integer.MAX_VALUE / 1000.0}) {
            for (double d = -3; d <= 3; d += 0.25) {
                writesAsDecimalFormat(base + d);
                writesAsDecimalFormat(-(base + d));
            }
        }
        for (double x : new double[] {0.1, 0.01, 0.001, 0.011, 0.101, 0.11, 0.2, 1.0, 10.0, 10.01, 10.1, 100.001,
                99.999, 9.9999, 0.0005, 0.0015}) {
            writesAsDecimalFormat(x);
            writesAsDecimalFormat(-x);
        }
    }

    @Test
    void wholeNumbersAreWrittenAsDecimalFormatWritesThem() {
        qt().withExamples(Examples.of(200)).forAll(longs().all()).checkAssert(v -> {
            writesAsDecimalFormat(v);
            writesAsDecimalFormat((int) (long) v);
        });
        for (long v : new long[] {0, 1, -1, 9, 10, -10, 999, 1000, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE}) {
            writesAsDecimalFormat(v);
            writesAsDecimalFormat((int) v);
        }
        assertThat(FixedDecimals.of(element("0.00", Locale.GERMAN)).orElseThrow().format(-42)).isEqualTo("-42,00");
        assertThat(FixedDecimals.of(element("0.#", Locale.ENGLISH)).orElseThrow().format(7L)).isEqualTo("7");
    }

    @Test
    void aFieldAskedForIsLeftToTheFormatAndParsingToo() throws Exception {
        for (Object value : new Object[] {2.5, 17, 123456.75}) {
            for (FieldPosition asked : List.of(new FieldPosition(NumberFormat.FRACTION_FIELD),
                    new FieldPosition(NumberFormat.Field.FRACTION), new FieldPosition(NumberFormat.Field.INTEGER,
                            NumberFormat.INTEGER_FIELD))) {
                FieldPosition expected = new FieldPosition(asked.getFieldAttribute(), asked.getField());
                String text = element("0.0", Locale.GERMAN).format(value, new StringBuffer("> "), expected).toString();
                FieldPosition got = new FieldPosition(asked.getFieldAttribute(), asked.getField());
                assertThat(FixedDecimals.of(element("0.0", Locale.GERMAN)).orElseThrow()
                        .format(value, new StringBuffer("> "), got).toString()).isEqualTo(text);
                assertThat(got.getBeginIndex()).as("%s", value).isEqualTo(expected.getBeginIndex());
                assertThat(got.getEndIndex()).as("%s", value).isEqualTo(expected.getEndIndex());
            }
        }
        assertThat(FixedDecimals.of(element("0.0", Locale.GERMAN)).orElseThrow()
                .format(2.5, new StringBuffer("> "), new FieldPosition(0)).toString()).isEqualTo("> 2,5");
        assertThat(FixedDecimals.of(element("0.0", Locale.GERMAN)).orElseThrow().parseObject("2,5"))
                .isEqualTo(element("0.0", Locale.GERMAN).parseObject("2,5"));
    }

    /**
     * Grouped, percent and prefixed formats, and every language's own number and percent
     * formats: wherever there is a stand-in, it writes doubles of any size and sign, ties,
     * ints and longs as the format does (the grouping separator, the size of a group, the
     * prefix and suffix of either sign, times 100 for a percentage).
     */
    @Test
    void everyLanguagesNumberAndPercentFormatsAreWrittenAsTheyWrite() {
        List<Format> formats = new java.util.ArrayList<>();
        for (Locale locale : Locale.getAvailableLocales()) {
            formats.add(NumberFormat.getInstance(locale));
            formats.add(NumberFormat.getPercentInstance(locale));
            formats.add(NumberFormat.getIntegerInstance(locale));
        }
        for (String pattern : List.of("#,##0.0", "#,##0.##", "#,##0.###", "0.0%", "#,##0.00%", "+0.0;(0.0)",
                "#,####0.#", "#,#0", "0.0 pts")) {
            for (Locale locale : LOCALES) {
                formats.add(element(pattern, locale));
            }
        }
        List<Object> values = new java.util.ArrayList<>(List.of(0, -0.0, 0.0, 1, -1, 999, 1000, -1000, 12345678,
                Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L, 0.125, 0.005,
                0.0005, 2.5, 1234.5, -1234.5, 99999.995, 1e14 + 0.5, 9.99e14, 1e15, 1e16, 0.2, 0.35, 1.005,
                Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE));
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 60; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
            values.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(16)));
            values.add(random.nextInt(40_001) / 20000.0 * (random.nextBoolean() ? 1 : -1) * Math.pow(10,
                    random.nextInt(6)));
            values.add(random.nextInt());
            values.add(random.nextLong() >> random.nextInt(64));
        }
        int written = 0;
        for (Format f : formats) {
            Optional<Format> fixed = FixedDecimals.of(f);
            if (fixed.isEmpty()) {
                continue;
            }
            written++;
            for (Object v : values) {
                assertThat(fixed.get().format(v)).as("%s in %s (grouped by %s)", v, ((DecimalFormat) f).toPattern(),
                        ((DecimalFormat) f).getDecimalFormatSymbols().getGroupingSeparator()).isEqualTo(f.format(v));
            }
        }
        assertThat(written).as("formats with a stand-in").isGreaterThan(formats.size() / 2);
    }

    @Test
    void otherTypesAreLeftToTheFormatAndOtherFormatsAreKept() {
        Format fixed = FixedDecimals.of(element("0.0", Locale.GERMAN)).orElseThrow();
        assertThat(fixed.format(3)).isEqualTo("3,0");
        assertThat(fixed.format(2.25f)).isEqualTo("2,2");
        assertThat(fixed.format((short) 4)).isEqualTo("4,0");
        assertThat(fixed.format(new java.math.BigInteger("-12"))).isEqualTo("-12,0");
        assertThat(fixed.format(new java.math.BigDecimal("2.35"))).isEqualTo("2,4");
        assertThatThrownBy(() -> fixed.format("text")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FixedDecimals.of(element("percent", Locale.ENGLISH))).isPresent();
        assertThat(FixedDecimals.of(element("#,##0.0", Locale.ENGLISH))).isPresent();
        assertThat(FixedDecimals.of(element("0.0E0", Locale.ENGLISH))).isEmpty();
        assertThat(FixedDecimals.of(element("currency", Locale.ENGLISH))).isEmpty();
        assertThat(FixedDecimals.of(element("0.0000", Locale.ENGLISH))).isEmpty();
        assertThat(FixedDecimals.of(element("0.0\u2030", Locale.ENGLISH))).as("per mille").isEmpty();
        assertThat(FixedDecimals.of(element("'#'0.0", Locale.ENGLISH))).as("a quoted prefix").isEmpty();
        assertThat(FixedDecimals.of(NumberFormat.getInstance(Locale.forLanguageTag("th-TH-u-nu-thai"))))
                .as("Thai digits").isEmpty();
        Format percent = FixedDecimals.of(element("percent", Locale.GERMAN)).orElseThrow();
        assertThat(percent.format(7)).as("a whole number is multiplied by the format").isEqualTo("700\u00a0%");
        assertThat(percent.format(0.2)).isEqualTo("20\u00a0%");
        assertThat(percent.format(-12.345)).isEqualTo("-1.234\u00a0%");
        assertThat(FixedDecimals.of(element("00.0", Locale.ENGLISH))).isEmpty();
        assertThat(FixedDecimals.of(null)).isEmpty();
        DecimalFormat rounded = (DecimalFormat) element("0.0", Locale.ENGLISH);
        rounded.setRoundingMode(java.math.RoundingMode.HALF_UP);
        assertThat(FixedDecimals.of(rounded)).isEqualTo(Optional.empty());
    }

    @Test
    void aMessageReadsAsMessageFormatWritesItWhateverItsArguments() {
        List<String> patterns = List.of("+{0,number,0.0} points: {1} a week, {2,number,0.#} to go ({3})",
                "{0} and {0,number,0.0}", "{1,number,percent} of {0}", "'{0}' quoted {0}",
                "{0,choice,0#none|1#one {1}|1<{0,number,0} of {1}}", "{2} of {1}, {0,number,0} kept",
                "{0}{1} and {1}{1}, it''s {2,number,0.##}", "{4} and {7} missing, '''' {3}",
                "no arguments", "{0,number,0.0}", "{1,date} {0}", "{2,number,#,##0.0} {3,number,0.00}%");
        // On a thread of its own: each thread keeps the patterns it has parsed, and patterns parsed
        // by earlier tests on this thread would not be parsed again here.
        onAFreshThread(() -> qt().withExamples(Examples.of(200)).forAll(doubles().between(-50, 50),
                integers().between(0, 40), doubles().between(0, 3)).checkAssert((a, b, c) -> {
                    for (Locale locale : LOCALES) {
                        for (String p : patterns) {
                            Object[] args = {a, b, c, b % 3 == 0 ? null : "text", b % 2 == 0 ? 7L : "x"};
                            readsAsMessageFormat(p, locale, args);
                            readsAsMessageFormat(p, locale, new Object[] {a, new java.util.Date(0), c});
                            readsAsMessageFormat(p, locale, new Object[] {a, b, c});
                            readsAsMessageFormat(p, locale, new Object[] {b, (long) b - 20, a});
                        }
                    }
                }));
    }

    /** The same text as MessageFormat's, or the same refusal (a date element given a number, say). */
    private static void readsAsMessageFormat(String pattern, Locale locale, Object[] args) {
        String expected;
        try {
            expected = new MessageFormat(pattern, locale).format(args);
        } catch (IllegalArgumentException e) {
            assertThatThrownBy(() -> Texts.format(pattern, locale, args)).as("%s in %s", pattern, locale)
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(e.getMessage());
            return;
        }
        assertThat(Texts.format(pattern, locale, args)).as("%s in %s", pattern, locale).isEqualTo(expected);
    }
}
