package org.earshot.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.earshot.audit.AuditAction;
import org.junit.jupiter.api.Test;

/** The viewer's action filter offers every capability's actions: a new audit enum that is not listed fails here. */
class KnownAuditActionsTest {

    @Test
    void everyAuditActionOfTheEjbModuleIsOffered() throws Exception {
        List<String> declared = new ArrayList<>();
        for (String className : auditActionClassNames()) {
            Class<?> type = Class.forName(className);
            if (type.isEnum() && AuditAction.class.isAssignableFrom(type)) {
                Stream.of(type.getEnumConstants()).map(action -> ((AuditAction) action).qualifiedName()).forEach(declared::add);
            }
        }
        assertThat(declared).as("the audit enums found").hasSizeGreaterThan(20);
        assertThat(KnownAuditActions.names()).containsAll(declared);
    }

    /** Classes of the ejb module (a jar, or its classes directory in a reactor build) named *AuditAction. */
    private static List<String> auditActionClassNames() throws Exception {
        Path module = location();
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(module)) {
            try (Stream<Path> files = Files.walk(module)) {
                files.map(file -> module.relativize(file).toString().replace('\\', '/')).forEach(entries::add);
            }
        } else {
            try (ZipFile jar = new ZipFile(module.toFile())) {
                jar.stream().map(entry -> entry.getName()).forEach(entries::add);
            }
        }
        return entries.stream().filter(name -> name.endsWith("AuditAction.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList();
    }

    private static Path location() throws URISyntaxException {
        return Path.of(AuditAction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
