package io.ssi.core;

import io.ssi.core.internal.Checks;

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
 * @param measured the measured value, for example 2.4 (comments a week) or 0.35 (a rate)
 * @param target   the value at which the rule saturates and awards its maximum
 * @param unit     what the numbers count, for example {@code "comments a week"}
 * @param template the explanation, with placeholders
 */
public record Evidence(double measured, double target, String unit, String template) {

    public Evidence {
        Checks.finite(measured, "measured");
        Checks.finite(target, "target");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(template, "template");
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
        return new Evidence(measured, target, unit, template);
    }

    /**
     * Renders the template.
     *
     * @param points    the points awarded
     * @param maxPoints the rule's maximum
     * @return the explanation, in English
     */
    public String render(double points, double maxPoints) {
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
