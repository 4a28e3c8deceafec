package io.ssi.core.internal;

import java.text.AttributedCharacterIterator;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The one renderer of the texts users read: recommendations, their evidence, and rule
 * explanations. A caller's messages override the shipped ones key by key; a pattern is
 * formatted with the number format of the language it is written in.
 */
public final class Texts {

    /** A bundle with no keys: what a rule without explanations of its own ships. */
    public static final ResourceBundle EMPTY = new java.util.ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[0][];
        }
    };

    private Texts() {
    }

    /**
     * A message pattern and the language it is in.
     *
     * @param pattern a {@link MessageFormat} pattern
     * @param locale  the language of its words, whose number format it takes
     */
    public record Text(String pattern, Locale locale) {
        /**
         * @param args the arguments
         * @return the message
         */
        public String format(Object... args) {
            return Texts.format(pattern, locale, args);
        }
    }

    /**
     * Formats a pattern in a language.
     *
     * @param pattern a {@link MessageFormat} pattern
     * @param locale  the language
     * @param args    the arguments
     * @return the text
     */
    public static String format(String pattern, Locale locale, Object... args) {
        return FORMATS.get().prepared(pattern, locale).format(args);
    }

    /**
     * Parsed patterns, per thread: parsing a pattern (and making its number formats) costs
     * several times as much as formatting with it, and advice renders the same few dozen
     * patterns for every member. A {@code MessageFormat} is not thread-safe, hence one per
     * thread; bounded, since callers' overrides may bring any number of patterns.
     */
    private static final ThreadLocal<Formats> FORMATS = ThreadLocal.withInitial(Formats::new);
    private static final int MAX_FORMATS = 512;

    /** One thread's parsed patterns, and its default number format per language. */
    private static final class Formats {
        private final Map<Text, Prepared> prepared = new HashMap<>();
        private final Map<String, Prepared> byIdentity = new IdentityHashMap<>();
        private final Map<Locale, NumberFormat> numbers = new HashMap<>();

        Prepared prepared(String pattern, Locale locale) {
            // The same few dozen pattern objects come back from the advisor's kept texts: found by
            // identity first, without comparing their characters.
            Prepared p = byIdentity.get(pattern);
            if (p != null && Objects.equals(p.locale, locale)) {
                return p;
            }
            Text key = new Text(pattern, locale);
            p = prepared.get(key);
            if (p == null) {
                if (prepared.size() >= MAX_FORMATS) {
                    prepared.clear();
                    byIdentity.clear();
                }
                p = new Prepared(new MessageFormat(pattern, locale), locale, locale == null ? null : number(locale));
                prepared.put(key, p);
            }
            if (byIdentity.size() >= MAX_FORMATS) {
                byIdentity.clear();
            }
            byIdentity.put(pattern, p);
            return p;
        }

        private NumberFormat number(Locale locale) {
            NumberFormat f = numbers.get(locale);
            if (f == null) {
                f = NumberFormat.getInstance(locale);
                numbers.put(locale, f);
            }
            return f;
        }
    }

    /**
     * A parsed pattern, written without {@code MessageFormat} where that gives the same text:
     * its literal text and its elements (argument and format, in pattern order) are learnt once
     * from {@code MessageFormat} itself, and a message is then the literals with each element's
     * argument written as {@code MessageFormat} writes it. Fixed-decimal number formats are
     * replaced by {@link FixedDecimals} (the same text, without {@code DecimalFormat}'s general
     * machinery), and a number shown by an element without a format is written with one kept
     * {@code NumberFormat.getInstance(locale)}, which {@code MessageFormat} would make anew each
     * time. A pattern with a choice (whose sub-pattern may show any argument), a date or two
     * elements of one argument side by side, and arguments other than numbers and texts, are
     * left to {@code MessageFormat}.
     */
    private static final class Prepared {
        private final MessageFormat format;
        private final Locale locale;
        private final NumberFormat number;
        // The literal before each element, then the one after the last; null if MessageFormat writes it all.
        private final String[] literals;
        private final int[] argument;
        private final Format[] formats;

        Prepared(MessageFormat format, Locale locale, NumberFormat number) {
            this.format = format;
            this.locale = locale;
            this.number = number;
            Format[] elements = format.getFormats();
            boolean simple = number != null;
            for (int i = 0; i < elements.length; i++) {
                Optional<Format> fixed = FixedDecimals.of(elements[i]);
                if (fixed.isPresent()) {
                    format.setFormat(i, fixed.get());
                    elements[i] = fixed.get();
                }
                simple &= elements[i] == null || elements[i] instanceof FixedDecimals
                        || elements[i].getClass() == DecimalFormat.class;
            }
            this.formats = elements;
            String[] text = null;
            int[] args = null;
            if (simple) {
                // Every element can write a number: each argument's run is marked with its index.
                Object[] numbers = new Object[format.getFormatsByArgumentIndex().length];
                Arrays.fill(numbers, 0.0);
                AttributedCharacterIterator it = format.formatToCharacterIterator(numbers);
                text = new String[elements.length + 1];
                args = new int[elements.length];
                int element = 0;
                StringBuilder literal = new StringBuilder();
                int end = it.getEndIndex();
                for (int at = it.getBeginIndex(); at < end && text != null; ) {
                    it.setIndex(at);
                    int limit = it.getRunLimit(MessageFormat.Field.ARGUMENT);
                    if (it.getAttribute(MessageFormat.Field.ARGUMENT) instanceof Integer index) {
                        if (element == elements.length) {
                            text = null;
                        } else {
                            text[element] = literal.toString();
                            args[element++] = index;
                            literal.setLength(0);
                        }
                    } else {
                        for (char c = it.current(); it.getIndex() < limit; c = it.next()) {
                            literal.append(c);
                        }
                    }
                    at = limit;
                }
                if (text != null && element == elements.length) {
                    text[element] = literal.toString();
                } else {
                    text = null;
                }
            }
            this.literals = text;
            this.argument = text == null ? null : args;
        }

        String format(Object[] args) {
            if (literals == null || args == null) {
                return format.format(args);
            }
            for (Object a : args) {
                if (a != null && !(a instanceof Number) && !(a instanceof String)) {
                    return format.format(args);
                }
            }
            // Unsynchronised: a StringBuffer would take its lock at every append.
            StringBuilder out = new StringBuilder(128);
            for (int i = 0; i < argument.length; i++) {
                out.append(literals[i]);
                int a = argument[i];
                if (a >= args.length) {
                    out.append('{').append(a).append('}');
                    continue;
                }
                Object arg = args[a];
                if (arg == null) {
                    out.append("null");
                } else if (formats[i] instanceof FixedDecimals fixed) {
                    if (!fixed.write(arg, out)) {
                        out.append(fixed.format(arg));
                    }
                } else if (formats[i] != null) {
                    out.append(formats[i].format(arg));
                } else if (arg instanceof Number n) {
                    out.append(number.format(n));
                } else {
                    out.append((String) arg);
                }
            }
            return out.append(literals[argument.length]).toString();
        }
    }

    /**
     * The pattern for a key: the caller's override if it has the key, otherwise the bundle's
     * in the bundle's own language (English for the root bundle; the requested one for a
     * bundle made by hand, which has no locale).
     *
     * @param overrides the caller's messages, if any
     * @param bundle    the shipped messages
     * @param key       the key
     * @param locale    the requested language
     * @return the text, or empty if neither has the key
     */
    public static Optional<Text> lookup(Optional<ResourceBundle> overrides, ResourceBundle bundle, String key,
                                        Locale locale) {
        if (overrides.isPresent() && overrides.get().containsKey(key)) {
            return Optional.of(new Text(overrides.get().getString(key), locale));
        }
        if (!bundle.containsKey(key)) {
            return Optional.empty();
        }
        Locale of = bundle.getLocale();
        Locale language = of == null ? locale : of.getLanguage().isEmpty() ? Locale.ENGLISH : of;
        return Optional.of(new Text(bundle.getString(key), language));
    }
}
