package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.earshot.telephony.api.RecordingEnd;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the core sees when the disk cannot take a recording, and what is kept of it. */
class FullDiskTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);
    private static final int QUARTER_SECOND = RecordingTrack.CALL.bytesPerSecond() / 4;

    @TempDir
    Path temp;
    private KeyEncryptionKeys keys;
    private final Random random = new Random(11);
    private final ByteArrayOutputStream accepted = new ByteArrayOutputStream();
    private TinyDisk disk;

    @BeforeEach
    void keys() {
        keys = new KeyEncryptionKeys(temp.resolve("config/recording-keyset.json"), true);
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void aSupervisorTrackTheDiskRefusesStopsTheRecordingAndTheCallIsSealed() throws Exception {
        RecordingVault vault = new RecordingVault(keys, temp.resolve("recordings"));
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        EncryptedRecordingSink sink = vault.openSink(id, DAY, key, true);
        // the block in which the supervisor track fails: its call audio was written first, and is kept
        for (int block = 0; block < 3; block++) {
            writeCall(sink, null);
        }
        Path supervisorFile = temp.resolve("recordings/2026/12/06/" + id + ".supervisor.enc");
        Files.createSymbolicLink(supervisorFile, Path.of("/dev/full"));
        short[] caller = Audio.noise(random);
        short[] agent = Audio.noise(random);

        assertThatThrownBy(() -> sink.write(caller, agent, Audio.noise(random))).isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
        accepted.write(LinearPcm.interleave(caller, agent));
        sink.close(RecordingEnd.failed("disk full"));

        assertThat(sink.sealed()).isTrue();
        assertThat(sink.hasTrack(RecordingTrack.SUPERVISOR)).isFalse();
        try (SeekableByteChannel call = vault.openForReading(id, DAY, RecordingTrack.CALL, key)) {
            assertThat(Audio.readAll(call)).isEqualTo(accepted.toByteArray());
        }
    }

    @Test
    void whenTheDiskFillsUpTheCoreIsToldAndCloseSealsWhatWasWrittenOnceThereIsRoom() throws Exception {
        RecordingVault vault = onTinyDisk();
        Path filler = filler();
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        EncryptedRecordingSink sink = vault.openSink(id, DAY, key, false);

        writeUntilTheDiskIsFull(sink);
        Files.delete(filler);
        sink.close(RecordingEnd.failed("disk full"));

        assertThat(sink.sealed()).isTrue();
        assertKept(vault, id, key, sink.plaintextLength(RecordingTrack.CALL));
    }

    @Test
    void aTrackLeftUnsealedByAFullDiskIsResealedLater() throws Exception {
        RecordingVault vault = onTinyDisk();
        Path filler = filler();
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        EncryptedRecordingSink sink = vault.openSink(id, DAY, key, false);

        writeUntilTheDiskIsFull(sink);
        sink.close(RecordingEnd.failed("disk full"));

        assertThat(sink.sealed()).as("no room to seal it").isFalse();
        Files.delete(filler);
        assertKept(vault, id, key, vault.reseal(id, DAY, RecordingTrack.CALL, key));
    }

    private RecordingVault onTinyDisk() throws Exception {
        disk = TinyDisk.mount(temp.resolve("disk"), 256);
        assumeTrue(disk != null, "mounting a tmpfs needs root");
        return new RecordingVault(keys, disk.root().resolve("recordings"));
    }

    /** Takes more of the disk than the recording will get, so that deleting it leaves room to reseal. */
    private Path filler() throws IOException {
        Path filler = disk.root().resolve("filler");
        Files.write(filler, new byte[144 * 1024]);
        return filler;
    }

    private void writeUntilTheDiskIsFull(EncryptedRecordingSink sink) {
        assertThatThrownBy(() -> {
            for (int block = 0; block < 100; block++) {
                writeCall(sink, null);
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
        assertThat(accepted.size()).as("some audio fitted").isGreaterThan(10 * Audio.BLOCK * 4);
    }

    private void assertKept(RecordingVault vault, UUID id, WrappedKey key, long kept) throws Exception {
        assertThat(kept).isGreaterThanOrEqualTo(accepted.size() - QUARTER_SECOND).isLessThanOrEqualTo(accepted.size());
        try (SeekableByteChannel call = vault.openForReading(id, DAY, RecordingTrack.CALL, key)) {
            assertThat(call.size()).isEqualTo(kept);
            assertThat(Audio.readAll(call)).isEqualTo(Arrays.copyOf(accepted.toByteArray(), (int) kept));
        }
    }

    private void writeCall(EncryptedRecordingSink sink, short[] supervisor) throws IOException {
        short[] caller = Audio.noise(random);
        short[] agent = Audio.noise(random);
        sink.write(caller, agent, supervisor);
        accepted.write(LinearPcm.interleave(caller, agent));
    }
}
