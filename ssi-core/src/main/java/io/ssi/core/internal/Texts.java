package io.ssi.core.internal;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
        private final Map<Locale, NumberFormat> numbers = new HashMap<>();

        Prepared prepared(String pattern, Locale locale) {
            Text key = new Text(pattern, locale);
            Prepared p = prepared.get(key);
            if (p == null) {
                if (prepared.size() >= MAX_FORMATS) {
                    prepared.clear();
                }
                p = new Prepared(new MessageFormat(pattern, locale), locale == null ? null : number(locale));
                prepared.put(key, p);
            }
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
     * A parsed pattern, with its fixed-decimal number formats replaced by {@link FixedDecimals}
     * (the same text, without {@code DecimalFormat}'s general machinery), and the arguments
     * that only elements without a format show.
     *
     * <p>{@code MessageFormat} writes a number shown by an element without a format with a
     * {@code NumberFormat.getInstance(locale)} it makes anew each time; such an argument is
     * written here once, with one kept number format, and handed over as that text, which
     * {@code MessageFormat} shows as it is. Which arguments those are is asked of the pattern
     * once: given a text, an element with a format refuses it.
     */
    private static final class Prepared {
        private final MessageFormat format;
        private final NumberFormat number;
        private final boolean[] plain;

        Prepared(MessageFormat format, NumberFormat number) {
            this.format = format;
            this.number = number;
            Format[] elements = format.getFormats();
            boolean choice = false;
            for (int i = 0; i < elements.length; i++) {
                choice |= elements[i] instanceof ChoiceFormat;
                Optional<Format> fixed = FixedDecimals.of(elements[i]);
                if (fixed.isPresent()) {
                    format.setFormat(i, fixed.get());
                }
            }
            // A choice may pick a sub-pattern that shows any argument with any format.
            int n = number == null || choice ? 0 : format.getFormatsByArgumentIndex().length;
            plain = new boolean[n];
            for (int i = 0; i < n; i++) {
                Object[] probe = new Object[n];
                probe[i] = "";
                try {
                    format.format(probe);
                    plain[i] = true;
                } catch (IllegalArgumentException e) {
                    plain[i] = false;
                }
            }
        }

        String format(Object[] args) {
            Object[] given = args;
            if (args != null) {
                for (int i = 0; i < Math.min(plain.length, args.length); i++) {
                    if (plain[i] && args[i] instanceof Number n) {
                        if (given == args) {
                            given = args.clone();
                        }
                        given[i] = number.format(n);
                    }
                }
            }
            return format.format(given);
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
