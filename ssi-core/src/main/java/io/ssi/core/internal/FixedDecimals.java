package io.ssi.core.internal;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Optional;

/**
 * A message's fixed-decimal number format ({@code {0,number,0.0}}, {@code 0}, {@code 0.#},
 * {@code 0.##}) that writes a {@code double} as the {@code DecimalFormat} it stands in for
 * does, character for character, at a fraction of the cost: the value rounded half-even to
 * the pattern's decimals (from the double's exact binary value, where that is clearly on one
 * side of a tie or exactly on it), trailing zeros beyond the pattern's minimum dropped, the language's decimal
 * separator and minus sign. Anything else (another type, a value near a tie, a huge or
 * non-finite value) is left to the {@code DecimalFormat} itself. Not thread-safe, as the
 * format it stands in for.
 */
final class FixedDecimals extends Format {

    private static final long serialVersionUID = 1L;
    private static final long[] POWERS = {1, 10, 100, 1_000};
    /** Values at or above this many units of the last decimal are left to the format. */
    private static final double LARGEST = 1e15;

    private final DecimalFormat format;
    private final int maxFraction;
    private final int minFraction;
    private final char separator;
    private final String minus;

    private FixedDecimals(DecimalFormat format) {
        this.format = format;
        this.maxFraction = format.getMaximumFractionDigits();
        this.minFraction = format.getMinimumFractionDigits();
        this.separator = format.getDecimalFormatSymbols().getDecimalSeparator();
        this.minus = format.getNegativePrefix();
    }

    /**
     * The stand-in for a message element's format, if it is a plain fixed-decimal one.
     *
     * @param element the format {@code MessageFormat} made for an element, or null
     * @return the stand-in, or empty to keep the element's own format
     */
    static Optional<Format> of(Format element) {
        if (element == null || element.getClass() != DecimalFormat.class) {
            return Optional.empty();
        }
        DecimalFormat f = (DecimalFormat) element;
        String pattern = f.toPattern();
        // As DecimalFormat writes the pattern back: "#0.0" for "0.0".
        boolean plain = pattern.matches("#?0(\\.0*#*)?");
        DecimalFormatSymbols symbols = f.getDecimalFormatSymbols();
        if (!plain || f.getMultiplier() != 1 || f.isGroupingUsed() || f.isDecimalSeparatorAlwaysShown()
                || f.getRoundingMode() != RoundingMode.HALF_EVEN || f.getMinimumIntegerDigits() != 1
                || f.getMaximumFractionDigits() >= POWERS.length || symbols.getZeroDigit() != '0'
                || !f.getPositivePrefix().isEmpty() || !f.getPositiveSuffix().isEmpty()
                || !f.getNegativeSuffix().isEmpty()
                || !f.getNegativePrefix().equals(String.valueOf(symbols.getMinusSign()))) {
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
            whole(((Number) obj).longValue(), out);
            return true;
        }
        if (!(obj instanceof Double d)) {
            return false;
        }
        double x = d;
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
        if (x < 0 || x == 0 && 1 / x < 0) {
            out.append(minus);
        }
        if (units <= Integer.MAX_VALUE) {
            decimals((int) units, out);
            return true;
        }
        out.append(units / power);
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
        return true;
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
            case 0 -> out.append(units);
            case 1 -> {
                int whole = units / 10;
                int tenths = units - 10 * whole;
                out.append(whole);
                if (tenths != 0 || minFraction == 1) {
                    out.append(separator).append((char) ('0' + tenths));
                }
            }
            case 2 -> {
                int whole = units / 100;
                int rest = units - 100 * whole;
                int tenths = rest / 10;
                int hundredths = rest - 10 * tenths;
                out.append(whole);
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
                out.append(whole);
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
     * A whole number as the format writes one: its sign and digits (no grouping), then the
     * pattern's minimum decimals, all zeros.
     */
    private void whole(long v, StringBuilder out) {
        String digits = Long.toString(v);
        if (v < 0) {
            out.append(minus).append(digits, 1, digits.length());
        } else {
            out.append(digits);
        }
        if (minFraction > 0) {
            out.append(separator);
            for (int i = 0; i < minFraction; i++) {
                out.append('0');
            }
        }
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        return format.parseObject(source, pos);
    }
}
