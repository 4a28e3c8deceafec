package io.ssi.core.internal;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.spi.ScoringRule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every score of one calculator has in common, rule by rule: the id, pillar, maximum,
 * unit, template, key and usually the target of each rule's contribution. A score's
 * {@link PackedContributions} then keeps only what differs from member to member (the points,
 * the measured value, the odd target or argument) and refers to its shapes by number.
 *
 * <p>Thread-safe. A rule whose evidence takes a new unit, template or key (another variant of
 * its explanation) adds a shape, up to {@value #VARIANTS_PER_RULE} per rule and
 * {@value #MAX_SHAPES} in all; a contribution past those bounds is kept as it is, so a plugin
 * whose units vary from member to member costs memory but never a wrong score. Shapes are only
 * ever added: a score keeps the array of shapes it was packed against.
 */
public final class ContributionShapes {

    /** Shapes a rule may add: its explanation's variants (".none", ".scaled", …). */
    static final int VARIANTS_PER_RULE = 8;
    /** Shapes in all, so that a shape's number takes at most two bytes. */
    static final int MAX_SHAPES = 1 << 14;

    private static final Shape[] NO_VARIANTS = {};

    /** Per rule id; fixed at construction, so it is read without locks. */
    private final Map<String, Slot> slots;
    /**
     * By rule index, the shape that rule's contribution took last: a history packs each rule's
     * contribution every day, and its shape is nearly always the one it took the day before.
     * Shapes are immutable, so a thread that sees another's stale or null entry only looks again.
     */
    private final Shape[] lastByRule;
    /** Every shape by number; number 0 is reserved for a contribution kept as it is. */
    private volatile Shape[] all = {null};

    /**
     * @param rules the rules whose contributions will be packed
     */
    public ContributionShapes(List<ScoringRule> rules) {
        Map<String, Slot> m = new HashMap<>();
        for (ScoringRule r : rules) {
            m.put(r.id(), new Slot());
        }
        this.slots = Map.copyOf(m);
        this.lastByRule = new Shape[rules.size()];
    }

    /**
     * One pillar's contributions, packed against these shapes.
     *
     * @param contributions the contributions, in rule order, none null
     * @return an immutable list equal to {@code contributions}
     */
    public PackedContributions pack(List<RuleContribution> contributions) {
        return PackedContributions.pack(contributions, this);
    }

    /**
     * The contributions {@code byRule[rules[0]]}, {@code byRule[rules[1]]}, … packed in that
     * order, the nulls (rules that failed) left out.
     *
     * @param byRule the contributions by the index of their rule in the rules this table was
     *               made for, nulls allowed
     * @param rules  the rule indexes to pack, in order
     * @return an immutable list equal to those contributions
     */
    public PackedContributions pack(RuleContribution[] byRule, int[] rules) {
        return PackedContributions.pack(byRule, rules, this);
    }

    /**
     * As {@link #pack(RuleContribution[], int[])}, copying the bytes of a contribution that is
     * the same object as the one the cache last packed for its rule.
     *
     * @param byRule    the contributions by rule index, nulls allowed
     * @param rules     the rule indexes to pack, in order
     * @param cache     what was packed before, by rule
     * @param mayRepeat by rule index, whether to keep the bytes of the rule's contribution
     * @return an immutable list equal to those contributions
     */
    PackedContributions pack(RuleContribution[] byRule, int[] rules, PackedContributions.Cache cache,
                             boolean[] mayRepeat) {
        return PackedContributions.pack(byRule, rules, this, cache, mayRepeat);
    }

    /**
     * As {@link #pack(RuleContribution[], int[], PackedContributions.Cache, boolean[])}, with the
     * rules whose {@code written} entry is true packed from the figures they wrote.
     *
     * @param byRule    the contributions by rule index, nulls allowed
     * @param rules     the rule indexes to pack, in order
     * @param cache     what was packed before, by rule
     * @param mayRepeat by rule index, whether to keep the bytes of the rule's contribution
     * @param written   by rule index, whether the rule wrote figures instead
     * @param figures   by rule index, the figures written
     * @return an immutable list equal to those contributions
     */
    PackedContributions pack(RuleContribution[] byRule, int[] rules, PackedContributions.Cache cache,
                             boolean[] mayRepeat, boolean[] written, WrittenFigures[] figures) {
        return PackedContributions.pack(byRule, rules, this, cache, mayRepeat, written, figures);
    }

    /**
     * {@link #shapeOf(RuleContribution)}, first trying the shape that rule {@code rule} (its
     * index in the rules this table was made for) took last.
     */
    Shape shapeOf(RuleContribution c, int rule) {
        Shape last = lastByRule[rule];
        if (last != null && last.fits(c)) {
            return last;
        }
        Shape s = shapeOf(c);
        if (s != null) {
            lastByRule[rule] = s;
        }
        return s;
    }

    /**
     * The shape of figures rule {@code rule} wrote, if one of the rule's shapes fits them:
     * the one it took last, or another variant of it; {@code null} if none does yet (the
     * figures are then packed as the contribution they describe, which adds the shape).
     */
    Shape shapeOf(WrittenFigures w, int rule) {
        Shape last = lastByRule[rule];
        if (last != null && last.fits(w)) {
            return last;
        }
        Slot slot = slots.get(w.ruleId);
        if (slot == null) {
            return null;
        }
        for (Shape s : slot.variants) {
            if (s.fits(w)) {
                lastByRule[rule] = s;
                return s;
            }
        }
        return null;
    }

    /** The array that holds every shape handed out so far, by number. */
    Shape[] all() {
        return all;
    }

    /** The shape that {@code c} fits, added if its rule has room for another; {@code null} if none. */
    Shape shapeOf(RuleContribution c) {
        Slot slot = slots.get(c.ruleId());
        if (slot == null) {
            return null;
        }
        Shape[] variants = slot.variants;
        for (Shape s : variants) {
            if (s.fits(c)) {
                return s;
            }
        }
        return add(slot, c);
    }

    private synchronized Shape add(Slot slot, RuleContribution c) {
        // Another thread may have added it since the look without the lock.
        Shape[] variants = slot.variants;
        for (Shape s : variants) {
            if (s.fits(c)) {
                return s;
            }
        }
        Shape[] shapes = all;
        if (variants.length >= VARIANTS_PER_RULE || shapes.length >= MAX_SHAPES) {
            return null;
        }
        Shape s = new Shape(shapes.length, c);
        Shape[] more = java.util.Arrays.copyOf(shapes, shapes.length + 1);
        more[s.number] = s;
        // The shape must be in the array before a score packed against it can be read.
        all = more;
        Shape[] grown = java.util.Arrays.copyOf(variants, variants.length + 1);
        grown[variants.length] = s;
        slot.variants = grown;
        return s;
    }

    /** The shapes of one rule. */
    private static final class Slot {
        volatile Shape[] variants = NO_VARIANTS;
    }

    /**
     * What one variant of one rule's contribution has in common from score to score, and the
     * usual target and arguments, which a score stores only when its own differ.
     */
    static final class Shape {
        final int number;
        final String ruleId;
        final Pillar pillar;
        final double maxPoints;
        final boolean applicable;
        final String unit;
        final String template;
        final String key;
        final double target;
        final double[] args;

        Shape(int number, RuleContribution c) {
            Evidence e = c.evidence();
            this.number = number;
            this.ruleId = c.ruleId();
            this.pillar = c.pillar();
            this.maxPoints = c.maxPoints();
            this.applicable = c.applicable();
            this.unit = e.unit();
            this.template = e.template();
            this.key = e.key();
            this.target = e.target();
            List<Double> list = e.args();
            this.args = new double[list.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = list.get(i);
            }
        }

        /** Whether {@code c} is this variant: everything but its figures the same. */
        boolean fits(RuleContribution c) {
            Evidence e = c.evidence();
            return c.applicable() == applicable && c.pillar() == pillar
                    && Double.doubleToRawLongBits(c.maxPoints()) == Double.doubleToRawLongBits(maxPoints)
                    && e.args().size() == args.length && c.ruleId().equals(ruleId) && e.key().equals(key)
                    && e.unit().equals(unit) && e.template().equals(template);
        }

        /** As {@link #fits(RuleContribution)}, for the contribution written figures describe (applicable, keyed). */
        boolean fits(WrittenFigures w) {
            return applicable && w.pillar == pillar
                    && Double.doubleToRawLongBits(w.maxPoints) == Double.doubleToRawLongBits(maxPoints)
                    && w.argc == args.length && w.ruleId.equals(ruleId) && w.key.equals(key)
                    && w.unit.equals(unit) && w.english.equals(template);
        }
    }
}
