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
     * A message pattern and the language it is in; equal to another of the same pattern and
     * language.
     *
     * <p>Thread-safe. It remembers the parsed pattern of the last thread that formatted it (the
     * thread's own, as parsed patterns are not thread-safe), so that a thread formatting the same
     * kept text again and again, as an advisor does for every member, finds it without looking it
     * up among its thread's patterns; another thread looks its own up, and is remembered instead.
     */
    public static final class Text {
        private final String pattern;
        private final Locale locale;
        // The last formatting thread and its parsed pattern; immutable, so a racy read sees either whole.
        private Owned last;

        /**
         * @param pattern a {@link MessageFormat} pattern
         * @param locale  the language of its words, whose number format it takes
         */
        public Text(String pattern, Locale locale) {
            this.pattern = pattern;
            this.locale = locale;
        }

        /** @return the pattern */
        public String pattern() {
            return pattern;
        }

        /** @return the language of its words */
        public Locale locale() {
            return locale;
        }

        /**
         * @param args the arguments
         * @return the message
         */
        public String format(Object... args) {
            Thread me = Thread.currentThread();
            Owned o = last;
            if (o == null || o.thread != me) {
                o = new Owned(me, FORMATS.get().prepared(pattern, locale));
                last = o;
            }
            return o.prepared.format(args);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && Objects.equals(pattern, t.pattern) && Objects.equals(locale, t.locale);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(pattern) + Objects.hashCode(locale);
        }

        @Override
        public String toString() {
            return "Text[pattern=" + pattern + ", locale=" + locale + "]";
        }
    }

    /** A thread's parsed pattern, for that thread alone. */
    private record Owned(Thread thread, Prepared prepared) {
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
        private final Map<Locale, Format> numbers = new HashMap<>();
        private final Map<Locale, Boolean> plainWhole = new HashMap<>();

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
                p = new Prepared(new MessageFormat(pattern, locale), locale, locale == null ? null : number(locale),
                        locale != null && plainWhole(locale));
                prepared.put(key, p);
            }
            if (byIdentity.size() >= MAX_FORMATS) {
                byIdentity.clear();
            }
            byIdentity.put(pattern, p);
            return p;
        }

        /**
         * Whether the language's number format writes every whole number from 0 to 999 as its
         * plain digits, as {@code Integer.toString} does, whether given as an {@code Integer}, a
         * {@code Long} or a {@code Double}: tried on each of them once, so that a message may
         * then write them itself. (A language that writes other digits, or a format with
         * a prefix or a minimum of decimals, fails the trial and keeps its format.)
         */
        private boolean plainWhole(Locale locale) {
            Boolean plain = plainWhole.get(locale);
            if (plain == null) {
                // A format of its own: trying it leaves the kept one as it was.
                NumberFormat f = NumberFormat.getInstance(locale);
                plain = true;
                for (int v = 0; v <= MAX_PLAIN && plain; v++) {
                    String digits = Integer.toString(v);
                    plain = f.format(v).equals(digits) && f.format((long) v).equals(digits)
                            && f.format((double) v).equals(digits);
                }
                plainWhole.put(locale, plain);
            }
            return plain;
        }

        /**
         * The language's number format, as {@code MessageFormat} makes it for a number shown
         * without a format, or its {@link FixedDecimals} stand-in where there is one (grouping a
         * network of 5,000 without {@code DecimalFormat}'s general machinery).
         */
        private Format number(Locale locale) {
            Format f = numbers.get(locale);
            if (f == null) {
                NumberFormat general = NumberFormat.getInstance(locale);
                f = FixedDecimals.of(general).orElse(general);
                numbers.put(locale, f);
            }
            return f;
        }
    }

    /**
     * A parsed pattern, written without {@code MessageFormat} where that gives the same text:
     * its literal text and its elements (argument and format, in pattern order) are learnt once
     * from {@code MessageFormat} itself, and a message is then the literals with each element's
     * argument written as {@code MessageFormat} writes it. Decimal number formats (fixed
     * decimals, percentages, grouped numbers) are replaced by {@link FixedDecimals} (the same
     * text, without {@code DecimalFormat}'s general machinery), and a number shown by an element
     * without a format is written with one kept {@code NumberFormat.getInstance(locale)}, or its
     * {@code FixedDecimals} stand-in, which {@code MessageFormat} would make anew each time. A pattern with a choice (whose sub-pattern may show any argument), a date or two
     * elements of one argument side by side, and arguments other than numbers and texts, are
     * left to {@code MessageFormat}.
     */
    private static final class Prepared {
        private final MessageFormat format;
        private final Locale locale;
        private final Format number;
        // Whether number writes 0 to 999 as their plain digits (tried on every one of them).
        private final boolean plainWhole;
        // The literal before each element, then the one after the last; null if MessageFormat writes it all.
        private final String[] literals;
        private final int[] argument;
        private final Format[] formats;
        // What a message's builder starts with: its literals' length and room for its arguments.
        private final int capacity;
        // The builder of the last message, for the next; null while one is being written. The
        // prepared pattern is its thread's own, so no other thread sees it.
        private StringBuilder spare;

        Prepared(MessageFormat format, Locale locale, Format number, boolean plainWhole) {
            this.format = format;
            this.locale = locale;
            this.number = number;
            this.plainWhole = plainWhole;
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
            int length = 16;
            if (text != null) {
                for (String literal : text) {
                    length += literal.length();
                }
                length += 8 * args.length;
            }
            this.capacity = length;
        }

        String format(Object[] args) {
            if (literals == null || args == null) {
                return format.format(args);
            }
            // This thread's own builder, kept: a message is written into it and copied out once,
            // instead of into a new builder (zeroed, then copied) each time. A format that came
            // back here while one was being written (a caller's Number formatting a text of its
            // own) takes a builder of its own.
            StringBuilder out = spare;
            spare = null;
            if (out == null) {
                out = new StringBuilder(capacity);
            } else {
                out.setLength(0);
            }
            String message = write(args, out);
            if (out.capacity() <= MAX_KEPT) {
                spare = out;
            }
            return message != null ? message : format.format(args);
        }

        /**
         * The message as {@code MessageFormat} writes it, or null if an argument is neither a
         * number nor a text (checked as each is reached: nothing written is returned then).
         */
        private String write(Object[] args, StringBuilder out) {
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
                } else if (!(arg instanceof Number) && !(arg instanceof String)) {
                    return null;
                } else if (formats[i] instanceof FixedDecimals fixed) {
                    if (!fixed.write(arg, out)) {
                        out.append(fixed.format(arg));
                    }
                } else if (formats[i] != null) {
                    out.append(formats[i].format(arg));
                } else if (arg instanceof Number n) {
                    int whole = plainWhole ? plainWhole(n) : -1;
                    if (whole >= 0) {
                        // The digits the format would write (tried once for each such value), without it.
                        out.append(whole);
                    } else if (!(number instanceof FixedDecimals fixed) || !fixed.write(n, out)) {
                        out.append(number.format(n));
                    }
                } else {
                    out.append((String) arg);
                }
            }
            return out.append(literals[argument.length]).toString();
        }
    }

    /** The longest builder a pattern keeps for its next message; a longer one (a huge argument) is let go. */
    private static final int MAX_KEPT = 4096;

    /** The whole numbers a message writes as digits itself, when the language's format writes them so. */
    static final int MAX_PLAIN = 999;

    /**
     * A number's value if it is a whole number from 0 to {@value #MAX_PLAIN} given as an
     * {@code Integer}, {@code Long} or {@code Double} (not {@code -0.0}, which a format writes with its
     * sign); otherwise -1.
     */
    static int plainWhole(Number n) {
        if (n instanceof Integer i) {
            int v = i;
            return v >= 0 && v <= MAX_PLAIN ? v : -1;
        }
        if (n instanceof Long l) {
            long v = l;
            return v >= 0 && v <= MAX_PLAIN ? (int) v : -1;
        }
        if (n instanceof Double d) {
            double v = d;
            // 0.0 is +0.0 here: -0.0 == 0.0, but its sign bit is set.
            if (v >= 0 && v <= MAX_PLAIN && v == Math.rint(v) && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO) {
                return (int) v;
            }
        }
        return -1;
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    /** Whether this thread's messages in a language write whole numbers 0 to 999 as digits themselves. */
    static boolean writesWholeNumbersPlainly(Locale locale) {
        return FORMATS.get().plainWhole(locale);
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
