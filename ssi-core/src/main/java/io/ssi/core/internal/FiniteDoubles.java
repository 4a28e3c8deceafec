package io.ssi.core.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of doubles kept unboxed: the arguments of a keyed explanation, made for
 * every rule of every score and every day of a history. The evidence that keeps it checks its
 * values without boxing them or copying the list, and an element is boxed only when it is read
 * as a {@link Double}. It equals (and hashes as) any list of the same values, for example
 * one read back from JSON.
 */
public final class FiniteDoubles extends AbstractList<Double> implements RandomAccess {

    private final double[] values;

    private FiniteDoubles(double[] values) {
        this.values = values;
    }

    /**
     * The values as a list; the array is copied. The values are not checked here:
     * {@link #checkFinite(String)} does that, where the record that keeps the list checks its
     * other figures, so that the first bad figure is the one named.
     *
     * @param values the values
     * @return the list
     */
    public static FiniteDoubles of(double[] values) {
        return new FiniteDoubles(values.clone());
    }

    /**
     * Checks that every value is finite.
     *
     * @param field the field named when one is not
     * @return this list
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public FiniteDoubles checkFinite(String field) {
        for (double v : values) {
            Checks.finite(v, field);
        }
        return this;
    }

    @Override
    public Double get(int index) {
        return values[index];
    }

    /**
     * An element without boxing.
     *
     * @param index the position
     * @return the value there
     */
    public double getDouble(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
