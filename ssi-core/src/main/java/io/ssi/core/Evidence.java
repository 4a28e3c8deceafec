package io.ssi.core;

import io.ssi.core.internal.Checks;
import io.ssi.core.internal.FiniteDoubles;
import io.ssi.core.internal.Texts;

import java.util.List;
import java.util.Locale;

import java.util.Objects;

/**
 * What a rule measured, against what target, and a short sentence a sales coach understands.
 *
 * <p>The sentence is kept as a template and rendered only when asked for, by
 * {@link RuleContribution#explanation()}: a nightly rescore of a whole org, or a year of daily
 * history, then costs nothing for text nobody reads. A template may contain these
 * placeholders:
 * <ul>
 *   <li>{@code {measured}} and {@code {target}}: the figure with one decimal;</li>
 *   <li>{@code {measured#}} and {@code {target#}}: the figure rounded to a whole number;</li>
 *   <li>{@code {measured%}} and {@code {target%}}: the figure as a whole percentage;</li>
 *   <li>{@code {unit}}: the unit;</li>
 *   <li>{@code {points}} and {@code {max}}: the points awarded and the rule's maximum.</li>
 * </ul>
 * Templates never contain personal data.
 *
 * <p><b>Localised explanations.</b> Evidence with a {@link #key()} names a message of its
 * rule's {@linkplain io.ssi.core.spi.ScoringRule#explanations(java.util.Locale) explanation
 * bundle}; its template is then that message in English, a {@link java.text.MessageFormat}
 * pattern whose arguments are {@code {0}} measured, {@code {1}} target, {@code {2}} points,
 * {@code {3}} maximum and {@code {4}} on the {@link #args()}. {@link SsiAdvisor#explain}
 * renders it in the advisor's language, with that locale's number format.
 *
 * @param measured the measured value, for example 2.4 (comments a week) or 0.35 (a rate)
 * @param target   the value at which the rule saturates and awards its maximum
 * @param unit     what the numbers count, for example {@code "comments a week"}
 * @param template the explanation, with placeholders, or the English message of the key
 * @param key      the message key in the rule's explanation bundle; empty when the template
 *                 is all there is
 * @param args     the message's arguments from {@code {4}} on, finite; copied
 */
public record Evidence(double measured, double target, String unit, String template, String key,
                       List<Double> args) {

    public Evidence {
        Checks.finite(measured, "measured");
        Checks.finite(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(key, "key");
        // Keyed evidence's arguments are immutable and unboxed already: checked without a copy.
        if (args instanceof FiniteDoubles d) {
            d.checkFinite("args");
        } else {
            args = List.copyOf(Checks.noNullElements(args, "args"));
            for (int i = 0, n = args.size(); i < n; i++) {
                Checks.finite(args.get(i), "args");
            }
        }
    }

    /**
     * Evidence whose explanation is a message of the rule's explanation bundle.
     *
     * @param measured what was measured
     * @param target   the value that earns the maximum
     * @param unit     what the numbers count, in English
     * @param key      the message key
     * @param english  the message in English, for {@link RuleContribution#explanation()}
     * @param args     the arguments from {@code {4}} on
     * @return the evidence
     */
    public static Evidence keyed(double measured, double target, String unit, String key, String english,
                                 double... args) {
        // Every rule of every score (and of every day of a history) comes here: build the one
        // immutable list the record keeps, unboxed, not a list for the constructor to copy.
        List<Double> list = args.length == 0 ? List.of() : FiniteDoubles.of(args);
        return new Evidence(measured, target, unit, english, Checks.nonBlank(key, "key"), list);
    }

    /**
     * The arguments of a keyed message in a language: measured, target, points, maximum, then
     * {@link #args()}.
     *
     * @param points    the points awarded
     * @param maxPoints the rule's maximum
     * @return the arguments
     */
    public Object[] messageArgs(double points, double maxPoints) {
        Object[] all = new Object[4 + args.size()];
        all[0] = measured;
        all[1] = target;
        all[2] = points;
        all[3] = maxPoints;
        for (int i = 0; i < args.size(); i++) {
            all[4 + i] = args.get(i);
        }
        return all;
    }

    /**
     * Evidence with the given figures and explanation template.
     *
     * @param measured what was measured
     * @param target   the value that earns the maximum
     * @param unit     what the numbers count
     * @param template a short human sentence, with placeholders
     * @return the evidence
     */
    public static Evidence of(double measured, double target, String unit, String template) {
        return new Evidence(measured, target, unit, template, "", List.of());
    }

    /**
     * Renders the template.
     *
     * @param points    the points awarded
     * @param maxPoints the rule's maximum
     * @return the explanation, in English
     */
    public String render(double points, double maxPoints) {
        if (!key.isEmpty()) {
            return Texts.format(template, Locale.ENGLISH, messageArgs(points, maxPoints));
        }
        String t = template;
        if (t.indexOf('{') < 0) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length() + 32);
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf('{', i);
            int close = open < 0 ? -1 : t.indexOf('}', open);
            if (close < 0) {
                out.append(t, i, t.length());
                break;
            }
            out.append(t, i, open);
            String key = t.substring(open + 1, close);
            String value = value(key, points, maxPoints);
            out.append(value != null ? value : t.substring(open, close + 1));
            i = close + 1;
        }
        return out.toString();
    }

    private String value(String key, double points, double maxPoints) {
        switch (key) {
            case "measured": return oneDecimal(measured);
            case "target": return oneDecimal(target);
            case "measured#": return Long.toString(Math.round(measured));
            case "target#": return Long.toString(Math.round(target));
            case "measured%": return Math.round(measured * 100) + "%";
            case "target%": return Math.round(target * 100) + "%";
            case "unit": return unit;
            case "points": return oneDecimal(points);
            case "max": return oneDecimal(maxPoints);
            default: return null;
        }
    }

    /**
     * Formats a figure with one decimal and a dot, whatever the default locale.
     *
     * @param value a finite number
     * @return for example {@code "2.4"} or {@code "-0.5"}
     */
    public static String oneDecimal(double value) {
        long tenths = Math.round(Math.abs(value) * 10);
        return (value < 0 && tenths != 0 ? "-" : "") + (tenths / 10) + "." + (tenths % 10);
    }
}
