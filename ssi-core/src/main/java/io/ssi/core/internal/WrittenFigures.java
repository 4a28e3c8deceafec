package io.ssi.core.internal;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.FiguresRule;

import java.util.Arrays;

/**
 * One rule's contribution as a {@link FiguresRule} wrote it on one day of a history: the
 * figures, unit, key and message, checked as {@link Evidence} and {@link RuleContribution}
 * check them, so that the day's score packs them without the objects being built. Figures the
 * records would reject (or written twice) are not {@linkplain #valid() valid}, and the engine
 * then calls the rule's {@code evaluate}, whose failure is the one reported. Not thread-safe:
 * one per rule of one history.
 */
final class WrittenFigures implements FiguresRule.Figures {

    private static final double[] NONE = {};

    final String ruleId;
    final Pillar pillar;
    final double maxPoints;

    double points;
    double measured;
    double target;
    String unit;
    String key;
    String english;
    /** The arguments, {@link #argc} of them: the array is re-used from day to day. */
    double[] args = NONE;
    int argc;

    private boolean written;
    private boolean valid;
    /**
     * The last two keys found not blank: a rule passes the same constants every day, and a scaled
     * volume rule alternates between two (its main message and its scaled one) as its factor
     * crosses 1.
     */
    private String checkedKey;
    private String otherCheckedKey;

    WrittenFigures(String ruleId, Pillar pillar, double maxPoints) {
        this.ruleId = ruleId;
        this.pillar = pillar;
        this.maxPoints = maxPoints;
    }

    /** Forgets the last figures, before the rule writes the day's. */
    void reset() {
        written = false;
        valid = false;
    }

    /** @return whether figures were written once, and every one as the records accept it */
    boolean valid() {
        return written && valid;
    }

    @Override
    public void keyed(double points, double measured, double target, String unit, String key, String english,
                      double... args) {
        if (written) {
            // The contract is one call: anything else is left to evaluate.
            valid = false;
            return;
        }
        written = true;
        this.points = points;
        this.measured = measured;
        this.target = target;
        this.unit = unit;
        this.key = key;
        this.english = english;
        boolean ok = args != null && points >= 0 && points <= maxPoints && Double.isFinite(measured)
                && Double.isFinite(target) && unit != null && english != null && key != null
                && (key == checkedKey || key == otherCheckedKey || notBlank(key));
        if (ok) {
            int n = args.length;
            if (this.args.length < n) {
                this.args = new double[n];
            }
            for (int i = 0; i < n; i++) {
                double a = args[i];
                ok &= Double.isFinite(a);
                this.args[i] = a;
            }
            argc = n;
        }
        valid = ok;
    }

    private boolean notBlank(String key) {
        if (key.isBlank()) {
            return false;
        }
        otherCheckedKey = checkedKey;
        checkedKey = key;
        return true;
    }

    /** The contribution the figures describe, as the rule's {@code evaluate} builds it. */
    RuleContribution toContribution() {
        return new RuleContribution(ruleId, pillar, points, maxPoints, true,
                Evidence.keyed(measured, target, unit, key, english, Arrays.copyOf(args, argc)));
    }
}
