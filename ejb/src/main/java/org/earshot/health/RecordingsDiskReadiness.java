package org.earshot.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the disk that will hold call recordings has room: at least
 * {@code earshot.recordings.min-free-mb} (default 512) free under {@code earshot.recordings.dir}
 * (default the server's data directory's {@code recordings}). Both are read on every check, so an
 * operator can change them without a restart.
 */
@Readiness
@ApplicationScoped
public class RecordingsDiskReadiness implements HealthCheck {

    static final String MIN_FREE_MB = "earshot.recordings.min-free-mb";
    private static final long DEFAULT_MIN_FREE_MB = 512;
    private static final long MB = 1024 * 1024;

    @Override
    public HealthCheckResponse call() {
        Path directory = recordingsDirectory();
        long minimum = Long.getLong(MIN_FREE_MB, DEFAULT_MIN_FREE_MB);
        try {
            long free = Files.getFileStore(nearestExisting(directory)).getUsableSpace() / MB;
            return HealthCheckResponse.named("recordings-disk").status(free >= minimum)
                    .withData("directory", directory.toString()).withData("freeMb", free).withData("minimumFreeMb", minimum)
                    .build();
        } catch (IOException e) {
            return HealthCheckResponse.named("recordings-disk").down().withData("directory", directory.toString())
                    .withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    /** Where recordings are kept; the recording vault reads it here too (this library is visible to the EJB module). */
    public static Path recordingsDirectory() {
        String configured = System.getProperty("earshot.recordings.dir");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("jboss.server.data.dir", "."), "recordings");
    }

    /** The directory is created with the first recording; until then its disk is its parent's. */
    static Path nearestExisting(Path directory) {
        Path candidate = directory.toAbsolutePath();
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate == null ? directory.toAbsolutePath().getRoot() : candidate;
    }
}
