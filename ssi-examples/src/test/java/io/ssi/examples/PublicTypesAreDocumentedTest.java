package io.ssi.examples;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public top-level type of the libraries (ssi-core and ssi-rules) has a Javadoc comment,
 * and every package has a {@code package-info.java} with one. javac's doclint, which the build
 * runs on main code, checks that Javadoc is well-formed, but not that a public type has any.
 *
 * <p>The check reads the sources with a small lexer that knows comments, strings, text blocks
 * and braces; that is all it takes to find top-level declarations and the comment before them.
 */
final class PublicTypesAreDocumentedTest {

    private static final List<String> LIBRARY_SOURCES = List.of("ssi-core/src/main/java", "ssi-rules/src/main/java");

    @Test
    void everyPublicTopLevelTypeOfTheLibrariesHasJavadoc() {
        List<String> undocumented = new ArrayList<>();
        for (Path file : javaFiles()) {
            String name = file.getFileName().toString();
            if (name.equals("package-info.java") || name.equals("module-info.java")) {
                continue;
            }
            for (Declaration d : topLevelTypes(read(file))) {
                if (d.isPublic() && !d.documented()) {
                    undocumented.add(relative(file) + ": public " + d.kind() + " " + d.name());
                }
            }
        }
        assertThat(undocumented).as("public top-level types without a Javadoc comment").isEmpty();
    }

    @Test
    void everyPackageOfTheLibrariesHasADocumentedPackageInfo() {
        Set<Path> packages = new TreeSet<>();
        for (Path file : javaFiles()) {
            if (!file.getFileName().toString().equals("module-info.java")) {
                packages.add(file.getParent());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path dir : packages) {
            Path info = dir.resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                missing.add(relative(dir) + ": no package-info.java");
            } else if (!javadocBeforePackage(read(info))) {
                missing.add(relative(info) + ": no Javadoc comment before the package declaration");
            }
        }
        assertThat(packages).as("packages found").isNotEmpty();
        assertThat(missing).as("packages without a documented package-info.java").isEmpty();
    }

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("package a;\n/** Doc. */\npublic final class A {\n}\n", "public class A documented"),
                Arguments.of("package a;\nimport b.C;\npublic class A { /** not this */ void m() {} }\n",
                        "public class A undocumented"),
                Arguments.of("/* licence */\npackage a;\n/** Doc. */\n@Deprecated\npublic record R(int x) {\n}\n",
                        "public record R documented"),
                Arguments.of("package a;\n// /** not a Javadoc */\npublic enum E { X; public void m() { String s = \"}\"; } }\n",
                        "public enum E undocumented"),
                Arguments.of("package a;\n/** Doc. */\nfinal class P {\n String t = \"\"\"\n  public class Q {\n  \"\"\";\n}\n",
                        "class P documented"),
                Arguments.of("package a;\nimport x.record.Y;\n/**/\npublic sealed interface I permits J {\n}\n"
                        + "/** Doc. */ @SuppressWarnings({\"a\", \"b\"}) public @interface Ann { char c = '{'; }\n",
                        "public interface I undocumented; public @interface Ann documented"));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void lexerFindsTopLevelDeclarationsAndTheirJavadoc(String source, String expected) {
        List<String> found = new ArrayList<>();
        for (Declaration d : topLevelTypes(source)) {
            found.add((d.isPublic() ? "public " : "") + d.kind() + " " + d.name() + (d.documented() ? " documented"
                    : " undocumented"));
        }
        assertThat(String.join("; ", found)).isEqualTo(expected);
    }

    // -------------------------------------------------------------------------------------------

    /**
     * A top-level type declaration.
     *
     * @param kind       class, interface, enum, record or @interface
     * @param name       its simple name
     * @param isPublic   whether {@code public} is among its modifiers
     * @param documented whether a Javadoc comment comes after the previous declaration and before it
     */
    record Declaration(String kind, String name, boolean isPublic, boolean documented) {
    }

    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "interface", "enum", "record");

    /** The top-level type declarations of a compilation unit, in order. */
    static List<Declaration> topLevelTypes(String src) {
        List<Declaration> found = new ArrayList<>();
        int braces = 0;
        int parens = 0;
        boolean javadoc = false;  // a Javadoc comment since the last top-level boundary
        boolean isPublic = false; // "public" since the last top-level boundary
        String pendingKind = null;
        char previous = ' ';      // the last significant character outside comments and literals
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                int end = src.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            }
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                boolean isJavadoc = src.startsWith("/**", i) && end - i > 4;
                if (isJavadoc && braces == 0) {
                    javadoc = true;
                }
                i = end;
                continue;
            }
            if (c == '"' && src.startsWith("\"\"\"", i)) {
                int end = src.indexOf("\"\"\"", i + 3);
                while (end > 0 && src.charAt(end - 1) == '\\') {
                    end = src.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                previous = '"';
                continue;
            }
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c) {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                previous = c;
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int j = i;
                while (j < n && Character.isJavaIdentifierPart(src.charAt(j))) {
                    j++;
                }
                String word = src.substring(i, j);
                if (braces == 0 && parens == 0) {
                    if (pendingKind != null) {
                        found.add(new Declaration(pendingKind, word, isPublic, javadoc));
                        pendingKind = null;
                    } else if (word.equals("public")) {
                        isPublic = true;
                    } else if (TYPE_KEYWORDS.contains(word) && previous != '.') {
                        pendingKind = previous == '@' ? "@interface" : word;
                    }
                }
                i = j;
                previous = 'a';
                continue;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            } else if (parens == 0 && c == '{') {
                braces++;
            } else if (parens == 0 && c == '}') {
                braces--;
                if (braces == 0) {
                    javadoc = false;
                    isPublic = false;
                }
            } else if (c == ';' && braces == 0 && parens == 0) {
                javadoc = false;
                isPublic = false;
            }
            if (!Character.isWhitespace(c)) {
                previous = c;
            }
            i++;
        }
        return found;
    }

    private static boolean javadocBeforePackage(String src) {
        int pkg = src.indexOf("\npackage ");
        int doc = src.indexOf("/**");
        return pkg > 0 && doc >= 0 && doc < pkg && !src.startsWith("/**/", doc);
    }

    private static List<Path> javaFiles() {
        Path root = ProjectFiles.root();
        List<Path> files = new ArrayList<>();
        for (String dir : LIBRARY_SOURCES) {
            try (Stream<Path> s = Files.walk(root.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path p) {
        return ProjectFiles.root().relativize(p).toString();
    }
}
