package org.earshot.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit trail depends on no capability that writes to it: they all import the trail, so an
 * import back (access for authorization, monitoring for its modes) would be a cycle.
 */
class AuditTrailIndependenceTest {

    private static final Path SOURCES = Path.of("src/main/java/org/earshot/audit");

    @Test
    void auditImportsNothingOfEarshotButItsOwnPackageAndQueryHelpers() throws IOException {
        List<String> foreign;
        try (Stream<Path> files = Files.list(SOURCES)) {
            foreign = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(AuditTrailIndependenceTest::lines)
                    .filter(line -> line.startsWith("import org.earshot.") || line.startsWith("import static org.earshot."))
                    .filter(line -> !line.contains("org.earshot.audit.") && !line.contains("org.earshot.query."))
                    .toList();
        }

        assertThat(SOURCES.resolve("AuditService.java")).exists();
        assertThat(foreign).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
