package io.ssi.core.mapping;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One record of a CRM export or API response: column name to cell value, as text.
 *
 * <p>Immutable. A blank cell is the same as a missing column: {@link #value(String)} gives
 * neither. Cell values are often personal data (names, titles, subjects), so
 * {@link #toString()} shows only the column names.
 *
 * @param values the cells by column name; copied, no null keys or values
 */
public record Row(Map<String, String> values) {

    public Row {
        Objects.requireNonNull(values, "values");
        for (Map.Entry<String, String> e : values.entrySet()) {
            Objects.requireNonNull(e.getKey(), "column name");
            Objects.requireNonNull(e.getValue(), "value of column " + e.getKey());
        }
        values = Map.copyOf(values);
    }

    /**
     * A row of the given cells.
     *
     * @param values the cells by column name; copied
     * @return the row
     */
    public static Row of(Map<String, String> values) {
        return new Row(values);
    }

    /**
     * A cell's value without leading and trailing white space.
     *
     * @param column the column name, as the CRM spells it
     * @return the value, or empty if the column is missing or the cell blank
     */
    public Optional<String> value(String column) {
        Objects.requireNonNull(column, "column");
        String v = values.get(column);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** Shows the column names only; the values may be personal data. */
    @Override
    public String toString() {
        return "Row" + new TreeSet<>(values.keySet());
    }
}
