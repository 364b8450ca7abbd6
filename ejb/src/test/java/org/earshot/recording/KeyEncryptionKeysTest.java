package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyEncryptionKeysTest {

    @TempDir
    Path temp;

    @Test
    void withoutAKeysetAndWithoutCreateRecordingIsRefusedAndSaysWhy() {
        Path missing = temp.resolve("configuration/recording-keyset.json");

        KeyEncryptionKeys keys = new KeyEncryptionKeys(missing, false);

        assertThat(keys.available()).isFalse();
        assertThat(keys.unavailableReason()).contains(missing.toString()).contains("earshot.recordings.keyset.create=true");
        assertThat(missing).doesNotExist();
        assertThatThrownBy(keys::primaryKeyId).isInstanceOf(RecordingUnavailableException.class)
                .hasMessage(keys.unavailableReason());
    }

    @Test
    void createMakesAKeysetOnlyItsOwnerCanRead() throws Exception {
        Path keyset = temp.resolve("new/configuration/recording-keyset.json");

        KeyEncryptionKeys created = new KeyEncryptionKeys(keyset, true);

        assertThat(created.available()).isTrue();
        assertThat(created.unavailableReason()).isNull();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset))).isEqualTo("rw-------");
        assertThat(Files.readString(keyset)).contains("AesGcmKey");
        assertThat(new KeyEncryptionKeys(keyset, false).primaryKeyId()).as("read back at the next start")
                .isEqualTo(created.primaryKeyId());
    }

    @Test
    void aKeysetThatCannotBeReadRefusesRecording() throws Exception {
        Path keyset = temp.resolve("recording-keyset.json");
        Files.writeString(keyset, "{ not a keyset");

        KeyEncryptionKeys keys = new KeyEncryptionKeys(keyset, true);

        assertThat(keys.available()).isFalse();
        assertThat(keys.unavailableReason()).contains("cannot be read");
        assertThat(Files.readString(keyset)).as("never overwritten").isEqualTo("{ not a keyset");
    }

    @Test
    void rotationAddsAPrimaryAndRewritesTheFileWhole() throws Exception {
        Path keyset = temp.resolve("recording-keyset.json");
        KeyEncryptionKeys keys = new KeyEncryptionKeys(keyset, true);
        int first = keys.primaryKeyId();

        int second = keys.rotate();

        assertThat(second).isNotEqualTo(first).isEqualTo(keys.primaryKeyId());
        assertThat(new KeyEncryptionKeys(keyset, false).primaryKeyId()).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyset))).isEqualTo("rw-------");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(keyset);
        }
    }

    @Test
    void onlyKeysThatWrapNothingAreDisabled() throws Exception {
        Path keyset = temp.resolve("recording-keyset.json");
        KeyEncryptionKeys keys = new KeyEncryptionKeys(keyset, true);
        int oldest = keys.primaryKeyId();
        int stillInUse = keys.rotate();
        int primary = keys.rotate();

        assertThat(keys.disable(Set.of(stillInUse))).containsExactly(oldest);
        assertThat(keys.disable(Set.of(stillInUse))).as("nothing more to disable").isEmpty();
        assertThat(keys.disable(Set.of())).containsExactly(stillInUse);
        assertThat(new KeyEncryptionKeys(keyset, false).primaryKeyId()).isEqualTo(primary);
    }
}
