package io.ssi.core.internal;

import io.ssi.core.Evidence;
import io.ssi.core.Pillar;
import io.ssi.core.RuleContribution;
import io.ssi.core.internal.ContributionShapes.Shape;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One pillar's contributions as a score keeps them: an immutable list whose elements are made
 * when asked for, from a few bytes each. A nightly batch or a year of history holds many
 * scores, and as records a contribution costs some 150 bytes (the record, its evidence, the
 * boxed arguments and their list); what is the same in every score (the rule's id, pillar,
 * maximum, unit, template, key, usually the target) lives once in the calculator's
 * {@link ContributionShapes}, and each element here is its shape's number and the figures
 * that differ from the shape's: the points, the measured value, a target or argument of its
 * own.
 *
 * <p>Every figure is kept to the last bit, so an element equals the contribution it was packed
 * from, and the list equals (and hashes as) any list of the same contributions, for example
 * one read back from JSON. An element is a new record each time it is read.
 *
 * <p>The encoding, per element: the shape's number as a base-128 varint (0: the contribution
 * is kept as it is, and the varint that follows is its index in {@link #kept}); then one
 * nibble per figure (target, points, measured, then each argument), two to a byte, saying how
 * the figure is stored; then the figures' bytes. A nibble is {@link #SAME} (the figure's
 * usual value: the shape's target, the maximum for points, the target for measured, the
 * shape's argument), {@link #ZERO}, {@link #SMALL} (a whole number from 1 to 255, in one
 * byte), or 1 to 8: that many leading bytes of the figure's IEEE 754 bits, the bytes left off
 * being zero (2.5 takes 2 bytes, a recency-weighted rate 8).
 */
public final class PackedContributions extends AbstractList<RuleContribution> {

    static final int SAME = 0;
    static final int ZERO = 9;
    static final int SMALL = 10;

    /** Bytes of the figures that one byte of nibbles announces. */
    private static final byte[] PAYLOAD = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            PAYLOAD[b] = (byte) (payload(b & 0xF) + payload(b >>> 4));
        }
    }

    private static final RuleContribution[] NONE_KEPT = {};
    /** A shape's number and an index of the kept each take at most this many bytes. */
    private static final int VARINT_MAX = 5;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[1024]);
    private static final Double[] NO_ARGS = {};

    /** {@link #pillar}'s value when the elements feed more than one pillar. */
    private static final byte MIXED = -1;
    /** {@link #pillar}'s value when there are no elements: their sum is 0 whatever the pillar. */
    private static final byte ANY = -2;

    private final Shape[] shapes;
    private final byte[] data;
    private final RuleContribution[] kept;
    private final int size;
    /** The sum of the points in list order, made as the elements were packed. */
    private final double sum;
    /** The ordinal of the pillar every element feeds, or {@link #MIXED} or {@link #ANY}. */
    private final byte pillar;

    private PackedContributions(Shape[] shapes, byte[] data, RuleContribution[] kept, int size, double sum,
                                byte pillar) {
        this.shapes = shapes;
        this.data = data;
        this.kept = kept;
        this.size = size;
        this.sum = sum;
        this.pillar = pillar;
    }

    static PackedContributions pack(List<RuleContribution> contributions, ContributionShapes table) {
        return pack(contributions.toArray(NONE_KEPT), null, table, null, null);
    }

    /**
     * The bytes each rule's contribution was last packed to, by rule index, for contributions
     * that may come again: a history keeps a rule's contribution while its reads answer the same,
     * and packs the same object day after day. Not thread-safe: one per history.
     */
    static final class Cache {
        private final RuleContribution[] last;
        private final byte[][] bytes;
        private final int[] lengths;

        Cache(int rules) {
            this.last = new RuleContribution[rules];
            this.bytes = new byte[rules][];
            this.lengths = new int[rules];
        }
    }

    /**
     * Packs the contributions {@code byRule[rules[0]]}, {@code byRule[rules[1]]}, … in that
     * order, leaving out the nulls (rules that failed); with {@code rules} null, every element
     * of {@code byRule} in order. The indexes are the rules' in the table's rule list, so that
     * each rule's shape is found without a look-up by id.
     */
    static PackedContributions pack(RuleContribution[] byRule, int[] rules, ContributionShapes table) {
        return pack(byRule, rules, table, null, null);
    }

    /**
     * As {@link #pack(RuleContribution[], int[], ContributionShapes)}; an element that is the
     * same object {@code cache} last saw for its rule is copied from the bytes it was packed to
     * then, and the bytes of each element of {@code mayRepeat} rules are kept there.
     *
     * @param cache     the bytes of contributions packed before, or null
     * @param mayRepeat by rule index, whether the rule's contribution may be packed again, or
     *                  null when {@code cache} is
     */
    static PackedContributions pack(RuleContribution[] byRule, int[] rules, ContributionShapes table, Cache cache,
                                    boolean[] mayRepeat) {
        return pack(byRule, rules, table, cache, mayRepeat, null, null);
    }

    /**
     * As {@link #pack(RuleContribution[], int[], ContributionShapes, Cache, boolean[])}; a rule
     * whose {@code written} entry is true (its entry of {@code byRule} then null) is packed from
     * its figures, to the bytes the contribution they describe packs to.
     *
     * @param written by rule index, whether the rule's contribution is in {@code figures}, or null
     * @param figures by rule index, the figures the rules wrote, or null when {@code written} is
     */
    static PackedContributions pack(RuleContribution[] byRule, int[] rules, ContributionShapes table, Cache cache,
                                    boolean[] mayRepeat, boolean[] written, WrittenFigures[] figures) {
        int count = rules == null ? byRule.length : rules.length;
        // Written into the thread's scratch, then copied at its length: one pass, and no array
        // per score but the one it keeps.
        byte[] data = SCRATCH.get();
        List<RuleContribution> kept = null;
        int pos = 0;
        int n = 0;
        double sum = 0;
        byte pillar = ANY;
        // The cache and the figures are by rule index: a list packed without the indexes uses neither.
        cache = rules == null ? null : cache;
        written = rules == null ? null : written;
        for (int i = 0; i < count; i++) {
            RuleContribution c = rules == null ? byRule[i] : byRule[rules[i]];
            int rule = rules == null ? -1 : rules[i];
            WrittenFigures w = written != null && written[rule] ? figures[rule] : null;
            if (c == null && w == null) {
                continue;
            }
            n++;
            Shape s;
            if (w != null) {
                sum += w.points;
                byte p = (byte) w.pillar.ordinal();
                pillar = pillar == ANY || pillar == p ? p : MIXED;
                s = table.shapeOf(w, rule);
                if (s == null) {
                    // No shape of the rule fits yet: the contribution itself adds one.
                    c = w.toContribution();
                    w = null;
                    s = table.shapeOf(c, rule);
                }
            } else {
                sum += c.points();
                byte p = (byte) c.pillar().ordinal();
                pillar = pillar == ANY || pillar == p ? p : MIXED;
                if (cache != null && cache.last[rule] == c) {
                    int length = cache.lengths[rule];
                    if (pos + length > data.length) {
                        data = Arrays.copyOf(data, Math.max(2 * data.length, pos + length));
                        SCRATCH.set(data);
                    }
                    System.arraycopy(cache.bytes[rule], 0, data, pos, length);
                    pos += length;
                    continue;
                }
                s = rules == null ? table.shapeOf(c) : table.shapeOf(c, rule);
            }
            int args = s == null ? 0 : s.args.length;
            // The most an element takes: a shape's number, the nibbles, every figure in full.
            int most = 2 * VARINT_MAX + (3 + args + 1) / 2 + 8 * (3 + args);
            if (pos + most > data.length) {
                data = Arrays.copyOf(data, Math.max(2 * data.length, pos + most));
                SCRATCH.set(data);
            }
            if (s == null) {
                if (cache != null) {
                    cache.last[rule] = null;
                }
                if (kept == null) {
                    kept = new ArrayList<>();
                }
                pos = writeVarint(data, pos, 0);
                pos = writeVarint(data, pos, kept.size());
                kept.add(c);
                continue;
            }
            int start = pos;
            pos = writeVarint(data, pos, s.number);
            int figures3 = 3 + args;
            int nibbles = pos;
            pos += (figures3 + 1) / 2;
            // The three figures every element has, then the arguments, written without a branch
            // per figure on which one it is: a history packs some twenty elements a day.
            Evidence e = w == null ? c.evidence() : null;
            double target = w == null ? e.target() : w.target;
            double points = w == null ? c.points() : w.points;
            double measured = w == null ? e.measured() : w.measured;
            int kindTarget = kind(target, s.target);
            int kindPoints = kind(points, s.maxPoints);
            int kindMeasured = kind(measured, target);
            data[nibbles] = (byte) (kindTarget | kindPoints << 4);
            pos = write(data, pos, kindTarget, target);
            pos = write(data, pos, kindPoints, points);
            pos = write(data, pos, kindMeasured, measured);
            if (args == 0) {
                data[nibbles + 1] = (byte) kindMeasured;
            } else {
                List<Double> values = w == null ? e.args() : null;
                FiniteDoubles unboxed = values instanceof FiniteDoubles d ? d : null;
                int nibble = kindMeasured;
                for (int f = 3; f < figures3; f++) {
                    double value = w != null ? w.args[f - 3]
                            : unboxed != null ? unboxed.getDouble(f - 3) : values.get(f - 3);
                    int kind = kind(value, s.args[f - 3]);
                    if (f % 2 == 0) {
                        nibble = kind;
                    } else {
                        data[nibbles + f / 2] = (byte) (nibble | kind << 4);
                    }
                    pos = write(data, pos, kind, value);
                }
                if (figures3 % 2 == 1) {
                    data[nibbles + figures3 / 2] = (byte) nibble;
                }
            }
            if (cache != null) {
                // An element's bytes depend only on its shape and its figures: the same object
                // packs to the same bytes each time. Written figures are no object to know again.
                if (w == null && mayRepeat[rule]) {
                    int length = pos - start;
                    if (cache.bytes[rule] == null || cache.bytes[rule].length < length) {
                        cache.bytes[rule] = new byte[most];
                    }
                    System.arraycopy(data, start, cache.bytes[rule], 0, length);
                    cache.lengths[rule] = length;
                    cache.last[rule] = c;
                } else {
                    cache.last[rule] = null;
                }
            }
        }
        // Read the table after every shape is in it, so that the array holds them all.
        return new PackedContributions(table.all(), Arrays.copyOf(data, pos),
                kept == null ? NONE_KEPT : kept.toArray(NONE_KEPT), n, sum, pillar);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public RuleContribution get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index must be between 0 and " + (size - 1) + ", but was " + index);
        }
        int pos = 0;
        for (int i = 0; i < index; i++) {
            pos = skip(pos);
        }
        return decode(pos);
    }

    @Override
    public Iterator<RuleContribution> iterator() {
        return new Iterator<>() {
            private int next;
            private int pos;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public RuleContribution next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                RuleContribution c = decode(pos);
                pos = skip(pos);
                next++;
                return c;
            }
        };
    }

    /**
     * The sum of the points in list order, as a loop over the records would add them, without
     * making the records.
     *
     * @param pillar the pillar every element must feed
     * @return the sum
     * @throws IllegalArgumentException if an element feeds another pillar
     */
    public double sumOfPoints(Pillar pillar) {
        if (this.pillar == ANY || this.pillar == pillar.ordinal()) {
            return sum;
        }
        // Some element feeds another pillar (the elements feed more than one, or all another
        // one): find the first, for the message. No sum is made on the way, as none is returned.
        int pos = 0;
        for (int i = 0; i < size; i++) {
            int number = readVarint(pos);
            if (number == 0) {
                RuleContribution c = kept[readVarint(pos + 1)];
                feeds(c.ruleId(), c.pillar(), pillar);
            } else {
                Shape s = shapes[number];
                feeds(s.ruleId, s.pillar, pillar);
            }
            pos = skip(pos);
        }
        throw new IllegalStateException("the elements were packed as feeding more than one pillar, but all feed "
                + pillar);
    }

    private static void feeds(String ruleId, Pillar of, Pillar pillar) {
        if (of != pillar) {
            throw new IllegalArgumentException("contribution of rule " + ruleId + " feeds " + of + ", not " + pillar);
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        // The same bytes against the same shapes are the same contributions (and so as many of
        // them: the bytes say where each ends); anything else is compared element by element, as
        // any two lists are.
        if (o instanceof PackedContributions p && Arrays.equals(p.data, data)
                && Arrays.equals(p.kept, kept) && samePrefix(p.shapes, shapes)) {
            return true;
        }
        return super.equals(o);
    }

    private static boolean samePrefix(Shape[] a, Shape[] b) {
        int n = Math.min(a.length, b.length);
        return Arrays.equals(a, 0, n, b, 0, n);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    /** The position after the element at {@code pos}. */
    private int skip(int pos) {
        int number = readVarint(pos);
        if (number == 0) {
            return pos + 1 + varintLength(readVarint(pos + 1));
        }
        int p = pos + varintLength(number);
        int nibbleBytes = (3 + shapes[number].args.length + 1) / 2;
        int end = p + nibbleBytes;
        int payload = 0;
        for (int b = p; b < end; b++) {
            payload += PAYLOAD[data[b] & 0xFF];
        }
        return end + payload;
    }

    private RuleContribution decode(int pos) {
        int number = readVarint(pos);
        if (number == 0) {
            return kept[readVarint(pos + 1)];
        }
        Shape s = shapes[number];
        int nibbles = pos + varintLength(number);
        int figures = 3 + s.args.length;
        int p = nibbles + (figures + 1) / 2;
        double target = 0;
        double points = 0;
        double measured = 0;
        Double[] args = s.args.length == 0 ? NO_ARGS : new Double[s.args.length];
        for (int f = 0; f < figures; f++) {
            int kind = (f % 2 == 0 ? data[nibbles + f / 2] : data[nibbles + f / 2] >>> 4) & 0xF;
            double usual = f == 0 ? s.target : f == 1 ? s.maxPoints : f == 2 ? target : s.args[f - 3];
            double value = read(p, kind, usual);
            p += payload(kind);
            if (f == 0) {
                target = value;
            } else if (f == 1) {
                points = value;
            } else if (f == 2) {
                measured = value;
            } else {
                args[f - 3] = value;
            }
        }
        Evidence evidence = new Evidence(measured, target, s.unit, s.template, s.key, List.of(args));
        return new RuleContribution(s.ruleId, s.pillar, points, s.maxPoints, s.applicable, evidence);
    }

    /** How {@code value} is stored, given the value it usually has. */
    static int kind(double value, double usual) {
        long bits = Double.doubleToRawLongBits(value);
        if (bits == Double.doubleToRawLongBits(usual)) {
            return SAME;
        }
        if (bits == 0) {
            return ZERO;
        }
        if (value >= 1 && value <= 255 && value == Math.rint(value)) {
            return SMALL;
        }
        return 8 - Long.numberOfTrailingZeros(bits) / 8;
    }

    private static int payload(int kind) {
        if (kind == SAME || kind == ZERO) {
            return 0;
        }
        return kind == SMALL ? 1 : kind;
    }

    private static int write(byte[] data, int pos, int kind, double value) {
        if (kind == SAME || kind == ZERO) {
            return pos;
        }
        if (kind == SMALL) {
            data[pos] = (byte) (int) value;
            return pos + 1;
        }
        // All eight bytes at once, most significant first; those past the kind's are written over
        // by what follows, or cut off with the scratch (every element has room for its figures
        // in full).
        BIG_ENDIAN_LONG.set(data, pos, Double.doubleToRawLongBits(value));
        return pos + kind;
    }

    private static final java.lang.invoke.VarHandle BIG_ENDIAN_LONG = java.lang.invoke.MethodHandles
            .byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

    private double read(int pos, int kind, double usual) {
        if (kind == SAME) {
            return usual;
        }
        if (kind == ZERO) {
            return 0.0;
        }
        if (kind == SMALL) {
            return data[pos] & 0xFF;
        }
        long bits = 0;
        for (int b = 0; b < kind; b++) {
            bits |= (data[pos + b] & 0xFFL) << (56 - 8 * b);
        }
        return Double.longBitsToDouble(bits);
    }

    private static int varintLength(int value) {
        int n = 1;
        while (value >= 0x80) {
            value >>>= 7;
            n++;
        }
        return n;
    }

    private static int writeVarint(byte[] data, int pos, int value) {
        while (value >= 0x80) {
            data[pos++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        data[pos++] = (byte) value;
        return pos;
    }

    private int readVarint(int pos) {
        int value = 0;
        int shift = 0;
        while (true) {
            int b = data[pos++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
