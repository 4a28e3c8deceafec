package io.ssi.core.internal;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Optional;

/**
 * A message's decimal number format ({@code {0,number,0.0}}, {@code 0}, {@code 0.#},
 * {@code 0.##}, {@code percent}, and a language's plain number format, which a message's
 * {@code {0}} writes a number with) that writes a {@code double}, {@code int} or {@code long}
 * as the {@code DecimalFormat} it stands in for does, character for character, at a fraction of
 * the cost: the value (times 100 for a percentage, in {@code double} arithmetic as
 * {@code DecimalFormat} multiplies) rounded half-even to the pattern's decimals (from the
 * double's exact binary value, where that is clearly on one side of a tie or exactly on it),
 * trailing zeros beyond the pattern's minimum dropped, its whole part grouped as the format
 * groups it, the language's decimal and grouping separators, and the format's prefix and
 * suffix for a positive or a negative value. Anything else (another type, a value near a tie,
 * a huge or non-finite value, a whole number given to a percentage) is left to the
 * {@code DecimalFormat} itself, and so is any format with other features (exponents,
 * currencies, other digits, more than three decimals). Not thread-safe, as the format it
 * stands in for.
 */
final class FixedDecimals extends Format {

    private static final long serialVersionUID = 1L;
    private static final long[] POWERS = {1, 10, 100, 1_000};
    /** Values at or above this many units of the last decimal are left to the format. */
    private static final double LARGEST = 1e15;
    /** The fewest integer digits a format must allow to write every value below {@link #LARGEST} in full. */
    private static final int INTEGER_DIGITS = 20;

    private final DecimalFormat format;
    private final int maxFraction;
    private final int minFraction;
    private final char separator;
    // The digits of a group of the whole part, 0 for none, and what stands between groups.
    private final int grouping;
    private final char groupSeparator;
    private final int multiplier;
    // The format's affixes, each null if empty.
    private final String positivePrefix;
    private final String positiveSuffix;
    private final String negativePrefix;
    private final String negativeSuffix;

    private FixedDecimals(DecimalFormat format) {
        this.format = format;
        this.maxFraction = format.getMaximumFractionDigits();
        this.minFraction = format.getMinimumFractionDigits();
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        this.separator = symbols.getDecimalSeparator();
        this.grouping = format.isGroupingUsed() ? format.getGroupingSize() : 0;
        this.groupSeparator = symbols.getGroupingSeparator();
        this.multiplier = format.getMultiplier();
        this.positivePrefix = orNull(format.getPositivePrefix());
        this.positiveSuffix = orNull(format.getPositiveSuffix());
        this.negativePrefix = orNull(format.getNegativePrefix());
        this.negativeSuffix = orNull(format.getNegativeSuffix());
    }

    /**
     * An affix, or null for none: most have none (a positive number, a negative one's suffix),
     * and appending an empty text still costs a builder's checks, twice for every number.
     */
    private static String orNull(String affix) {
        return affix.isEmpty() ? null : affix;
    }

    /**
     * The stand-in for a message element's format, if it is a decimal one this class writes.
     *
     * @param element the format {@code MessageFormat} made for an element (or a language's
     *                number format), or null
     * @return the stand-in, or empty to keep the element's own format
     */
    static Optional<Format> of(Format element) {
        if (element == null || element.getClass() != DecimalFormat.class) {
            return Optional.empty();
        }
        DecimalFormat f = (DecimalFormat) element;
        // The pattern shows what the getters do not: an exponent, a currency sign (a currency
        // format uses the monetary separators). A quote may hide either: left to the format too.
        String pattern = f.toPattern();
        DecimalFormatSymbols symbols = f.getDecimalFormatSymbols();
        if (pattern.indexOf('E') >= 0 || pattern.indexOf('\u00A4') >= 0 || pattern.indexOf('\'') >= 0
                || (f.getMultiplier() != 1 && f.getMultiplier() != 100) || f.isDecimalSeparatorAlwaysShown()
                || f.getRoundingMode() != RoundingMode.HALF_EVEN || f.getMinimumIntegerDigits() != 1
                || f.getMaximumIntegerDigits() < INTEGER_DIGITS
                || f.getMaximumFractionDigits() >= POWERS.length || symbols.getZeroDigit() != '0') {
            return Optional.empty();
        }
        return Optional.of(new FixedDecimals(f));
    }

    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
        if (pos.getField() == 0 && pos.getFieldAttribute() == null) {
            StringBuilder written = new StringBuilder();
            if (write(obj, written)) {
                return toAppendTo.append(written);
            }
        }
        return format.format(obj, toAppendTo, pos);
    }

    /**
     * Writes a value as the format would, onto an unsynchronised builder (a message's text,
     * which a {@code StringBuffer} would lock at every character), if it is one this stand-in
     * writes itself.
     *
     * @param obj the value
     * @param out where the text goes
     * @return false, with nothing written, if the value is left to the format itself
     */
    boolean write(Object obj, StringBuilder out) {
        if (obj instanceof Integer || obj instanceof Long) {
            if (multiplier != 1) {
                return false;
            }
            whole(((Number) obj).longValue(), out);
            return true;
        }
        if (!(obj instanceof Double d)) {
            return false;
        }
        // As DecimalFormat multiplies: in double arithmetic, before it rounds.
        double x = multiplier == 1 ? d : d * multiplier;
        double a = Math.abs(x);
        long power = POWERS[maxFraction];
        double y = a * power;
        if (!(y < LARGEST)) {
            return false;
        }
        double floor = Math.floor(y);
        double fraction = y - floor;
        long units;
        if (Math.fma(a, power, -y) == 0) {
            // The product is the exact value: it rounds as the value does, a tie to even.
            units = (long) floor + (fraction > 0.5 || fraction == 0.5 && ((long) floor & 1) == 1 ? 1 : 0);
        } else if (Math.abs(fraction - 0.5) <= 4 * Math.ulp(y)) {
            // Near a tie neither the product nor the exact value decides it: DecimalFormat rounds
            // the shortest decimal digits of the double, as told whether they were rounded up
            // (0.0005 is above the tie, yet written "0" with three decimals), so it writes these.
            return false;
        } else {
            units = (long) floor + (fraction > 0.5 ? 1 : 0);
        }
        // DecimalFormat writes the sign of any negative value (and of -0.0), even one that
        // rounds to zero.
        affixed(x < 0 || x == 0 && 1 / x < 0, units, power, out);
        return true;
    }

    /** A rounded value (in units of the last decimal) with the affixes of its sign. */
    private void affixed(boolean negative, long units, long power, StringBuilder out) {
        String prefix = negative ? negativePrefix : positivePrefix;
        if (prefix != null) {
            out.append(prefix);
        }
        if (units <= Integer.MAX_VALUE) {
            decimals((int) units, out);
        } else {
            longDecimals(units, power, out);
        }
        String suffix = negative ? negativeSuffix : positiveSuffix;
        if (suffix != null) {
            out.append(suffix);
        }
    }

    /** A value in units of the last decimal, as {@link #decimals} writes it, for one beyond an {@code int}. */
    private void longDecimals(long units, long power, StringBuilder out) {
        integer(units / power, out);
        long rest = units % power;
        int digits = maxFraction;
        while (digits > minFraction && rest % 10 == 0) {
            rest /= 10;
            digits--;
        }
        if (digits > 0) {
            out.append(separator);
            for (long p = POWERS[digits - 1]; p > 0; p /= 10) {
                out.append((char) ('0' + rest / p % 10));
            }
        }
    }

    /**
     * A value of at most {@code Integer.MAX_VALUE} units of the last decimal, written as the
     * general case above writes it (whole part, then the decimals beyond the minimum that are
     * not trailing zeros), by the decimals' count: each case divides by a constant, which the
     * compiler turns into a multiplication, where the general case divides a {@code long} by a
     * variable power of ten, twice for every number of every message.
     */
    private void decimals(int units, StringBuilder out) {
        switch (maxFraction) {
            case 0 -> integer(units, out);
            case 1 -> {
                int whole = units / 10;
                int tenths = units - 10 * whole;
                integer(whole, out);
                if (tenths != 0 || minFraction == 1) {
                    out.append(separator).append((char) ('0' + tenths));
                }
            }
            case 2 -> {
                int whole = units / 100;
                int rest = units - 100 * whole;
                int tenths = rest / 10;
                int hundredths = rest - 10 * tenths;
                integer(whole, out);
                if (hundredths != 0 || minFraction == 2) {
                    out.append(separator).append((char) ('0' + tenths)).append((char) ('0' + hundredths));
                } else if (tenths != 0 || minFraction == 1) {
                    out.append(separator).append((char) ('0' + tenths));
                }
            }
            default -> {
                int whole = units / 1_000;
                int rest = units - 1_000 * whole;
                int digits = 3;
                int shown = rest;
                while (digits > minFraction && shown % 10 == 0) {
                    shown /= 10;
                    digits--;
                }
                integer(whole, out);
                if (digits > 0) {
                    out.append(separator);
                    for (int p = digits == 3 ? 100 : digits == 2 ? 10 : 1; p > 0; p /= 10) {
                        out.append((char) ('0' + shown / p % 10));
                    }
                }
            }
        }
    }

    /**
     * A whole number as the format writes one: its prefix, digits (grouped) and suffix, the
     * pattern's minimum decimals, all zeros, between the digits and the suffix.
     */
    private void whole(long v, StringBuilder out) {
        String prefix = v < 0 ? negativePrefix : positivePrefix;
        if (prefix != null) {
            out.append(prefix);
        }
        if (v < 0) {
            // Long.MIN_VALUE has no positive: its digits are those of its text.
            String digits = Long.toString(v);
            grouped(digits, 1, out);
        } else {
            integer(v, out);
        }
        if (minFraction > 0) {
            out.append(separator);
            for (int i = 0; i < minFraction; i++) {
                out.append('0');
            }
        }
        String suffix = v < 0 ? negativeSuffix : positiveSuffix;
        if (suffix != null) {
            out.append(suffix);
        }
    }

    /** A whole part, not negative, grouped as the format groups it. */
    private void integer(long whole, StringBuilder out) {
        if (grouping == 0 || whole < POWERS_OF_TEN[Math.min(grouping, POWERS_OF_TEN.length - 1)]) {
            out.append(whole);
        } else {
            grouped(Long.toString(whole), 0, out);
        }
    }

    /**
     * Digits from {@code from} on, with the group separator after each digit that has a
     * multiple of the group's size of digits after it, as {@code DecimalFormat} writes them.
     */
    private void grouped(String digits, int from, StringBuilder out) {
        int n = digits.length();
        for (int k = from; k < n; k++) {
            out.append(digits.charAt(k));
            int after = n - 1 - k;
            if (grouping > 0 && after > 0 && after % grouping == 0) {
                out.append(groupSeparator);
            }
        }
    }

    /** 10^n for n up to 18: a whole part below 10^grouping has no separator. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = 10 * POWERS_OF_TEN[i - 1];
        }
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return format.parseObject(source, pos);
    }
}
