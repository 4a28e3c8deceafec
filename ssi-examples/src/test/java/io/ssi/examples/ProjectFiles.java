package io.ssi.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the files of this repository from a test, whatever directory the test runs in. */
final class ProjectFiles {

    private ProjectFiles() {
    }

    /**
     * The repository root: the nearest directory, from the working directory up, that holds
     * the parent pom and the ssi-core module. Surefire runs in {@code ssi-examples/}; an IDE
     * may run in the root.
     *
     * @return the root, absolute
     */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("ssi-core"))
                    && Files.isDirectory(dir.resolve("ssi-examples"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no ssi repository root above " + Path.of("").toAbsolutePath());
    }
}
