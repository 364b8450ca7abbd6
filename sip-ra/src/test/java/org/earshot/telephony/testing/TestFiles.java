package org.earshot.telephony.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the tests' phones keep their files (sipp's logs, tone files, baresip's configuration and
 * recordings): under the module's target directory, which {@code mvn clean} empties, and never in
 * /tmp, which is shared with everyone on the machine. Helpers delete what they wrote once read.
 */
public final class TestFiles {

    /** Surefire runs in the module directory and names it in {@code basedir}. */
    private static final Path ROOT = Path.of(System.getProperty("basedir", "."), "target", "test-phones");

    private TestFiles() {
    }

    /** The directory of the tests' phone files, made if missing. */
    public static Path root() throws IOException {
        return Files.createDirectories(ROOT);
    }

    public static Path newFile(String prefix, String suffix) throws IOException {
        return Files.createTempFile(root(), prefix, suffix);
    }

    public static Path newDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(root(), prefix);
    }

    /** Deletes a file, or a directory with everything in it; what is already gone is fine. */
    public static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(path)) {
            for (Path each : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + path, e);
        }
    }
}
