package io.ssi.core.internal;

import java.text.MessageFormat;
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
        Map<Text, MessageFormat> formats = FORMATS.get();
        Text key = new Text(pattern, locale);
        MessageFormat format = formats.get(key);
        if (format == null) {
            if (formats.size() >= MAX_FORMATS) {
                formats.clear();
            }
            format = new MessageFormat(pattern, locale);
            formats.put(key, format);
        }
        return format.format(args);
    }

    /**
     * Parsed patterns, per thread: parsing a pattern (and making its number formats) costs
     * several times as much as formatting with it, and advice renders the same few dozen
     * patterns for every member. A {@code MessageFormat} is not thread-safe, hence one per
     * thread; bounded, since callers' overrides may bring any number of patterns.
     */
    private static final ThreadLocal<Map<Text, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);
    private static final int MAX_FORMATS = 512;

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
