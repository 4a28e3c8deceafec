package io.ssi.core.spi;

/**
 * A {@link ScoringRule} that can also hand the engine the figures of its contribution instead
 * of building it: a daily history re-runs most volume rules every day (a recency-weighted rate
 * moves every day), and builds each day's contribution only to pack its figures into the day's
 * score. A rule that writes its figures saves the evidence, its argument list and the record.
 *
 * <p>Optional: a rule that does not implement this interface is evaluated with
 * {@link #evaluate(ScoringContext)} everywhere. The engine may call either method; both must
 * describe the same contribution.
 */
public interface FiguresRule extends ScoringRule {

    /**
     * Writes the contribution {@link #evaluate(ScoringContext)} returns in this context into
     * {@code figures}, or writes nothing and returns {@code false}. An implementation must read
     * from the context nothing that {@code evaluate} does not, must write the figures, unit, key
     * and message of exactly that contribution (to the last bit), and must return {@code false}
     * for a contribution it cannot write: one not made by
     * {@link io.ssi.core.RuleContribution#of(ScoringRule, double, io.ssi.core.Evidence)} with this
     * rule and {@link io.ssi.core.Evidence#keyed keyed} evidence (one not applicable, say).
     * Where {@code evaluate} would fail it may throw, write figures that {@code evaluate} would
     * reject (a figure that is not finite, points out of range), or return {@code false}: in each
     * case the engine calls {@code evaluate}, whose failure is the one reported.
     *
     * @param context the member's profile and aggregated activity, never {@code null}
     * @param figures where the contribution's figures go; valid only during this call
     * @return whether the figures were written
     */
    boolean writeFigures(ScoringContext context, Figures figures);

    /**
     * Where a {@link FiguresRule} writes its contribution, as the engine hands it out. Not
     * thread-safe: one call of {@link #writeFigures} writes into it, once.
     */
    interface Figures {

        /**
         * The contribution {@code RuleContribution.of(rule, points, Evidence.keyed(measured,
         * target, unit, key, english, args))} of the rule being evaluated.
         *
         * @param points   the points awarded
         * @param measured what was measured
         * @param target   the value that earns the maximum
         * @param unit     what the numbers count, in English
         * @param key      the message key
         * @param english  the message in English
         * @param args     the message's arguments from {@code {4}} on; not kept past the call
         */
        void keyed(double points, double measured, double target, String unit, String key, String english,
                   double... args);
    }
}
