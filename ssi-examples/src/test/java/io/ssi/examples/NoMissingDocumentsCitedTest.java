package io.ssi.examples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No file in the repository sends its reader to a document that is not in it: what a reader
 * needs is in the README or the Javadoc.
 */
final class NoMissingDocumentsCitedTest {

    /** Spelled in pieces, so that this file does not cite them itself. */
    private static final List<String> ABSENT = List.of("DESIGN" + ".md", "STYLE" + ".md", "../" + "shared");

    @Test
    void noFileCitesADocumentThatIsNotInTheRepository() throws IOException {
        Path root = ProjectFiles.root();
        List<String> citing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith(".git/") || rel.startsWith(".ci/") || rel.contains("/target/")
                        || rel.endsWith(".png") || rel.endsWith(".jar")) {
                    continue;
                }
                String text;
                try {
                    text = Files.readString(f, StandardCharsets.UTF_8);
                } catch (MalformedInputException e) {
                    continue;
                }
                for (String doc : ABSENT) {
                    if (text.contains(doc)) {
                        citing.add(rel + " cites " + doc);
                    }
                }
            }
        }
        assertThat(citing).isEmpty();
    }
}
