package io.ssi.examples;

import io.ssi.core.spi.ScoringRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a standard rule measures from the Javadoc of its class, for the README's table. */
final class RuleDocs {

    private static final Pattern INLINE_TAG = Pattern.compile("\\{@(\\w+)\\s+([^}]*)}");
    private static final Pattern PILLAR_PREFIX = Pattern.compile("^(Brand|Find|Engage|Relationships): ");

    private RuleDocs() {
    }

    /**
     * The first sentence of the rule class's Javadoc, in plain text, without the pillar prefix
     * ("Brand: ") and with {@code {@value #X}} replaced by the constant's value.
     *
     * @param rule a standard rule
     * @return for example "posts published, thought leadership beyond the job description"
     */
    static String firstSentence(ScoringRule rule) {
        Class<?> type = rule.getClass();
        Path file = ProjectFiles.root().resolve("ssi-rules/src/main/java")
                .resolve(type.getName().replace('.', '/') + ".java");
        String src;
        try {
            src = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int decl = src.indexOf("public final class " + type.getSimpleName());
        int start = src.lastIndexOf("/**", decl);
        int end = src.indexOf("*/", start);
        if (decl < 0 || start < 0 || end > decl) {
            throw new IllegalStateException(file + " has no class Javadoc");
        }
        String text = src.substring(start + 3, end).replaceAll("(?m)^\\s*\\*\\s?", " ").replaceAll("\\s+", " ").strip();
        Matcher m = INLINE_TAG.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(plain, Matcher.quoteReplacement(inline(type, m.group(1), m.group(2).strip())));
        }
        m.appendTail(plain);
        String doc = plain.toString();
        int stop = doc.indexOf(". ");
        String sentence = stop < 0 ? doc : doc.substring(0, stop + 1);
        if (stop >= 0 && sentence.split(" ").length <= 3) {
            // A bare name ("Engage: consistency.") is followed by the sentence that explains it.
            int next = doc.indexOf(". ", stop + 2);
            String rest = next < 0 ? doc.substring(stop + 2) : doc.substring(stop + 2, next + 1);
            sentence = sentence.substring(0, sentence.length() - 1) + ": "
                    + Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
        }
        sentence = PILLAR_PREFIX.matcher(sentence).replaceFirst("");
        if (sentence.endsWith(".")) {
            sentence = sentence.substring(0, sentence.length() - 1);
        }
        return sentence.replace("|", "\\|");
    }

    private static String inline(Class<?> type, String tag, String body) {
        switch (tag) {
            case "value":
                try {
                    Field f = type.getField(body.substring(body.indexOf('#') + 1));
                    return String.valueOf(f.get(null));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot resolve {@value " + body + "} in " + type.getName(), e);
                }
            case "link":
            case "linkplain": {
                int space = body.indexOf(' ');
                String target = space < 0 ? body : body.substring(space + 1);
                return target.substring(target.lastIndexOf('#') + 1);
            }
            default:
                return body;
        }
    }
}
