package io.ssi.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's quick start is {@link QuickStart}, word for word, and it runs. */
final class QuickStartTest {

    @Test
    void quickStartScoresTheMemberAndExplainsThePoints() {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out).startsWith("SSI ").contains("of 100", "model standard-2");
        assertThat(out).contains("PROFESSIONAL_BRAND", "FIND_RIGHT_PEOPLE", "ENGAGE_WITH_INSIGHTS",
                "BUILD_RELATIONSHIPS");
        assertThat(out).contains("brand.photo", "the profile has a profile photo");
        assertThat(out.lines().filter(l -> l.startsWith("    ")).count()).isEqualTo(8);
    }

    @Test
    void readmeShowsTheQuickStartWordForWord() throws IOException {
        Path root = ProjectFiles.root();
        String source = Files.readString(root.resolve("ssi-examples/src/main/java/io/ssi/examples/QuickStart.java"));
        int begin = source.indexOf('\n', source.indexOf("// README:begin")) + 1;
        int end = source.indexOf("// README:end");
        String snippet = source.substring(begin, end);

        String readme = Files.readString(root.resolve("README.md"));
        assertThat(readme).as("README.md must show QuickStart.java between its README markers, in a java block")
                .contains("```java\n" + snippet + "```\n");
    }
}
