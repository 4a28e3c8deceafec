package io.ssi.rules.advice;

import io.ssi.core.spi.RecommendationGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * A missing message is a test failure, not a runtime surprise: every code of every standard
 * generator has a message and an evidence text in every shipped language, in that language's
 * own file (not by falling back to English), and every pattern formats.
 */
final class AdviceMessagesTest {

    /** The languages we ship: the root file is English. */
    static List<String> files() {
        return List.of("messages.properties", "messages_de.properties");
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AdviceMessagesTest.class.getResourceAsStream("/io/ssi/rules/advice/" + file)) {
            assertThat(in).as(file).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> expectedKeys() {
        Set<String> keys = new TreeSet<>();
        for (RecommendationGenerator g : StandardAdvice.generators()) {
            for (String code : g.codes()) {
                keys.add(code);
                keys.add(code + ".evidence");
            }
        }
        return keys;
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyCodeHasAMessageAndEvidenceInEveryShippedLanguage(String file) throws IOException {
        Properties p = load(file);
        assertThat(p.stringPropertyNames()).containsAll(expectedKeys());
        assertThat(p.stringPropertyNames()).as("keys no generator uses").isSubsetOf(expectedKeys());
    }

    @ParameterizedTest
    @MethodSource("files")
    void everyPatternFormatsWithNumbersForItsArguments(String file) throws IOException {
        Properties p = load(file);
        Object[] args = {1.25, 3, 10, 7.5, 0.4};
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key);
            assertThatCode(() -> new MessageFormat(pattern, Locale.ROOT).format(args)).as(key).doesNotThrowAnyException();
            assertThat(new MessageFormat(pattern, Locale.ROOT).format(args)).as(key).doesNotContain("{");
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void messagesStateTheExpectedGain(String file) throws IOException {
        Properties p = load(file);
        for (String code : expectedKeys()) {
            if (!code.endsWith(".evidence")) {
                assertThat(p.getProperty(code)).as(code).contains("{0,number,0.0}");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void germanTextIsNotEnglish(String file) throws IOException {
        if (file.equals("messages.properties")) {
            return;
        }
        Properties english = load("messages.properties");
        Properties translated = load(file);
        Set<String> untranslated = new HashSet<>();
        for (String key : expectedKeys()) {
            if (english.getProperty(key).equals(translated.getProperty(key))) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("files")
    void generatorsLoadTheirBundleForEachLocale(String file) {
        Locale locale = file.equals("messages.properties") ? Locale.ENGLISH : Locale.GERMAN;
        for (RecommendationGenerator g : StandardAdvice.generators()) {
            for (String code : g.codes()) {
                assertThat(g.messages(locale).getString(code)).as(code).isNotBlank();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void everyGeneratorHasAUniqueIdAndUniqueCodes() {
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (RecommendationGenerator g : StandardAdvice.generators()) {
            assertThat(ids.add(g.id())).as(g.id()).isTrue();
            for (String code : g.codes()) {
                assertThat(codes.add(code)).as(code).isTrue();
                assertThat(code).matches("(brand|find|engage|relationships)\\.[a-z0-9-]+");
            }
        }
    }
}
