package org.earshot.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingsDiskReadinessTest {

    @Test
    void aRecordingsDirectoryNotCreatedYetIsMeasuredOnItsNearestExistingParent(@TempDir Path data) {
        assertThat(RecordingsDiskReadiness.nearestExisting(data.resolve("recordings/2026/12"))).isEqualTo(data.toAbsolutePath());
    }

    @Test
    void anExistingDirectoryIsMeasuredItself(@TempDir Path recordings) {
        assertThat(RecordingsDiskReadiness.nearestExisting(recordings)).isEqualTo(recordings.toAbsolutePath());
    }
}
