package io.ssi.core.mapping;

import io.ssi.core.ActivityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table from a CRM's own type or subject values to {@link ActivityType}s.
 *
 * <p>Three kinds of entry, tried in this order, each value compared without leading and
 * trailing white space and ignoring case:
 * <ol>
 *   <li><b>exact</b> values ("LinkedIn Connection Request");</li>
 *   <li><b>prefixes</b> ("LinkedIn InMail:" for "LinkedIn InMail: Quick question"); the longest
 *       matching prefix wins, so a more specific one overrides a general one;</li>
 *   <li><b>patterns</b> (regular expressions that must match the whole value), in the order they
 *       were added.</li>
 * </ol>
 * Adding an exact value or prefix that is already there replaces its type, which is how a
 * ready-made table is overridden: {@code table.toBuilder().exact("LinkedIn Message",
 * ActivityType.INMAIL_SENT).build()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class TypeTable {

    private final Map<String, Entry> exact;
    private final List<Entry> prefixes;
    private final List<PatternEntry> patterns;

    private TypeTable(Builder b) {
        this.exact = Map.copyOf(b.exact);
        List<Entry> p = new ArrayList<>(b.prefixes.values());
        p.sort(Comparator.comparingInt((Entry e) -> e.key().length()).reversed());
        this.prefixes = List.copyOf(p);
        this.patterns = List.copyOf(b.patterns);
    }

    /**
     * Starts an empty table.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this table's entries, for overriding or adding some.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        for (Entry e : exact.values()) {
            b.exact(e.spelling(), e.type());
        }
        for (Entry e : prefixes) {
            b.prefix(e.spelling(), e.type());
        }
        for (PatternEntry e : patterns) {
            b.pattern(e.pattern(), e.type());
        }
        return b;
    }

    /**
     * The activity type a CRM value maps to.
     *
     * @param value a type or subject value
     * @return the type, or empty if no entry matches
     */
    public Optional<ActivityType> typeOf(String value) {
        Objects.requireNonNull(value, "value");
        String v = value.strip();
        String key = normal(v);
        Entry e = exact.get(key);
        if (e != null) {
            return Optional.of(e.type());
        }
        for (Entry p : prefixes) {
            if (key.startsWith(p.key())) {
                return Optional.of(p.type());
            }
        }
        for (PatternEntry p : patterns) {
            if (p.pattern().matcher(v).matches()) {
                return Optional.of(p.type());
            }
        }
        return Optional.empty();
    }

    /**
     * How a report counts a value no entry matched: the text before its first colon, without
     * surrounding white space. CRM subjects carry free text after a colon ("Email: Re: your
     * pricing"); cutting it groups the rows by kind and keeps message subjects, which may be
     * personal, out of the report.
     *
     * @param value the unmapped value
     * @return its key in {@link MappingReport#unmapped()}; "(blank)" for a blank value
     */
    public static String unmappedKey(String value) {
        Objects.requireNonNull(value, "value");
        int colon = value.indexOf(':');
        String k = (colon < 0 ? value : value.substring(0, colon)).strip();
        return k.isEmpty() ? "(blank)" : k;
    }

    @Override
    public String toString() {
        return "TypeTable[" + exact.size() + " exact, " + prefixes.size() + " prefixes, " + patterns.size()
                + " patterns]";
    }

    private static String normal(String v) {
        return v.strip().toLowerCase(Locale.ROOT);
    }

    private record Entry(String key, String spelling, ActivityType type) {
    }

    private record PatternEntry(Pattern pattern, ActivityType type) {
    }

    /** Builds a {@link TypeTable}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Entry> exact = new LinkedHashMap<>();
        private final Map<String, Entry> prefixes = new LinkedHashMap<>();
        private final List<PatternEntry> patterns = new ArrayList<>();

        private Builder() {
        }

        /**
         * Maps one value, ignoring case and surrounding white space; replaces an entry for the
         * same value.
         *
         * @param value the CRM's value, not blank
         * @param type  the activity type it means
         * @return this builder
         */
        public Builder exact(String value, ActivityType type) {
            exact.put(normal(nonBlank(value, "value")), new Entry(normal(value), value.strip(),
                    Objects.requireNonNull(type, "type")));
            return this;
        }

        /**
         * Maps every value that starts with a prefix, ignoring case; replaces an entry for the
         * same prefix. Include the separator ("LinkedIn InMail:") so that a longer word
         * ("LinkedIn InMail Declined") is not caught by accident.
         *
         * @param prefix the prefix, not blank
         * @param type   the activity type it means
         * @return this builder
         */
        public Builder prefix(String prefix, ActivityType type) {
            String spelling = nonBlank(prefix, "prefix").stripLeading();
            String key = spelling.toLowerCase(Locale.ROOT);
            prefixes.put(key, new Entry(key, spelling, Objects.requireNonNull(type, "type")));
            return this;
        }

        /**
         * Maps every value the pattern matches whole, tried after exact values and prefixes.
         *
         * @param pattern a regular expression; compile it with {@link Pattern#CASE_INSENSITIVE}
         *                to ignore case
         * @param type    the activity type it means
         * @return this builder
         */
        public Builder pattern(Pattern pattern, ActivityType type) {
            patterns.add(new PatternEntry(Objects.requireNonNull(pattern, "pattern"),
                    Objects.requireNonNull(type, "type")));
            return this;
        }

        /**
         * @return the table
         */
        public TypeTable build() {
            return new TypeTable(this);
        }

        private static String nonBlank(String v, String field) {
            Objects.requireNonNull(v, field);
            if (v.isBlank()) {
                throw new IllegalArgumentException(field + " must not be blank, but was \"" + v + "\"");
            }
            return v;
        }
    }
}
