package io.ssi.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The README's code examples are cut from the example classes: the lines between
 * {@code // README:begin} and {@code // README:end}, without the indentation they share.
 */
final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    /**
     * The marked lines of an example class, dedented.
     *
     * @param example an example class in {@code io.ssi.examples}
     * @return the lines, each ending in a newline
     */
    static String of(Class<?> example) {
        Path source = ProjectFiles.root()
                .resolve("ssi-examples/src/main/java/io/ssi/examples/" + example.getSimpleName() + ".java");
        String text;
        try {
            text = Files.readString(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int begin = text.indexOf('\n', text.indexOf("// README:begin")) + 1;
        int end = text.lastIndexOf('\n', text.indexOf("// README:end")) + 1;
        if (begin <= 0 || end <= begin) {
            throw new IllegalStateException(source + " has no README:begin/README:end markers");
        }
        List<String> lines = text.substring(begin, end).lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** @return the README, as a string */
    static String readme() {
        try {
            return Files.readString(ProjectFiles.root().resolve("README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
