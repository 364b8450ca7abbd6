package org.earshot.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sound.sampled.AudioFormat;
import org.earshot.telephony.api.RecordingEnd;
import org.earshot.telephony.api.RecordingSink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingVaultTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 6);

    @TempDir
    Path temp;
    private KeyEncryptionKeys keys;
    private RecordingVault vault;
    private Path recordings;

    @BeforeEach
    void vault() {
        keys = new KeyEncryptionKeys(temp.resolve("config/recording-keyset.json"), true);
        recordings = temp.resolve("recordings");
        vault = new RecordingVault(keys, recordings);
    }

    @Test
    void aToneRecordedCannotBeFoundInTheFile() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        RecordingSink sink = vault.openSink(id, DAY, key, false);
        for (int block = 0; block < 25; block++) {
            sink.write(Audio.tone(440, block), Audio.tone(440, block), null);
        }
        sink.close(RecordingEnd.CALL_ENDED);

        try (SeekableByteChannel plaintext = vault.openForReading(id, DAY, RecordingTrack.CALL, key)) {
            assertThat(Goertzel.strongest(440, Audio.left(Audio.littleEndian(Audio.readAll(plaintext))))).as("the detector hears the tone")
                    .isGreaterThan(0.9);
        }
        byte[] file = Files.readAllBytes(recordings.resolve("2026/12/06/" + id + ".call.enc"));
        assertThat(new String(file, 0, 4, StandardCharsets.US_ASCII)).isNotEqualTo("RIFF");
        assertThat(file.length).isGreaterThan(25 * Audio.BLOCK * 4);
        short[] asLinear = Audio.littleEndian(file);
        assertThat(Goertzel.strongest(440, asLinear)).isLessThan(0.1);
        assertThat(Goertzel.strongest(440, Audio.left(asLinear))).isLessThan(0.1);
        assertThat(Goertzel.strongest(440, Audio.g711(file, AudioFormat.Encoding.ULAW))).isLessThan(0.1);
        assertThat(Goertzel.strongest(440, Audio.g711(file, AudioFormat.Encoding.ALAW))).isLessThan(0.1);
    }

    @Test
    void theCallTrackDecryptsBitExactFromAnyOffset() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        byte[] written = record(id, key, 17);

        try (SeekableByteChannel plaintext = vault.openForReading(id, DAY, RecordingTrack.CALL, key)) {
            assertThat(plaintext.size()).isEqualTo(written.length).isEqualTo(17L * Audio.BLOCK * 4);
            assertThat(Audio.readAll(plaintext)).isEqualTo(written);
            Random offsets = new Random(7);
            for (int i = 0; i < 50; i++) {
                int from = offsets.nextInt(written.length);
                ByteBuffer part = ByteBuffer.allocate(Math.min(1 + offsets.nextInt(9000), written.length - from));
                plaintext.position(from).read(part);
                assertThat(part.array()).as("from %d", from).isEqualTo(Arrays.copyOfRange(written, from, from + part.capacity()));
            }
        }
    }

    @Test
    void aFileDoesNotDecryptUnderAnotherRecordingsName() throws Exception {
        WrappedKey sharedKey = vault.newDataKey();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        record(first, sharedKey, 3);
        record(second, sharedKey, 3);
        Path firstFile = callFile(first);
        Path secondFile = callFile(second);
        Path aside = temp.resolve("aside");
        Files.move(firstFile, aside);
        Files.move(secondFile, firstFile);
        Files.move(aside, secondFile);

        assertThatThrownBy(() -> vault.openForReading(first, DAY, RecordingTrack.CALL, sharedKey)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> vault.openForReading(second, DAY, RecordingTrack.CALL, sharedKey)).isInstanceOf(IOException.class);
        Files.copy(secondFile, supervisorFile(second));
        assertThatThrownBy(() -> vault.openForReading(second, DAY, RecordingTrack.SUPERVISOR, sharedKey))
                .as("nor as another track").isInstanceOf(IOException.class);
    }

    @Test
    void anotherRecordingsKeyDoesNotOpenIt() throws Exception {
        UUID id = UUID.randomUUID();
        record(id, vault.newDataKey(), 2);

        assertThatThrownBy(() -> vault.openForReading(id, DAY, RecordingTrack.CALL, vault.newDataKey())).isInstanceOf(IOException.class);
    }

    @Test
    void theSupervisorTrackStartsWhenASupervisorSpeaksAndKeepsTheTimeline() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        Random random = new Random(3);
        short[] speech = Audio.noise(random);
        EncryptedRecordingSink sink = vault.openSink(id, DAY, key, true);
        sink.write(Audio.noise(random), Audio.noise(random), null);
        sink.write(Audio.noise(random), Audio.noise(random), null);
        assertThat(Files.exists(supervisorFile(id))).isFalse();
        sink.write(Audio.noise(random), Audio.noise(random), speech);
        sink.write(Audio.noise(random), Audio.noise(random), null);
        sink.close(RecordingEnd.CALL_ENDED);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(new byte[2 * Audio.BLOCK * 2]);
        expected.write(LinearPcm.mono(speech));
        expected.write(new byte[Audio.BLOCK * 2]);
        try (SeekableByteChannel supervisor = vault.openForReading(id, DAY, RecordingTrack.SUPERVISOR, key)) {
            assertThat(Audio.readAll(supervisor)).isEqualTo(expected.toByteArray());
        }
        assertThat(sink.plaintextLength(RecordingTrack.SUPERVISOR)).isEqualTo(4L * Audio.BLOCK * 2);
        assertThat(sink.plaintextLength(RecordingTrack.CALL)).isEqualTo(4L * Audio.BLOCK * 4);
        assertThat(sink.sealed()).isTrue();
    }

    @Test
    void supervisorAudioIsDroppedWhenThePolicyDoesNotKeepIt() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        Random random = new Random(4);
        EncryptedRecordingSink sink = vault.openSink(id, DAY, key, false);
        sink.write(Audio.noise(random), Audio.noise(random), Audio.noise(random));
        sink.close(RecordingEnd.CALL_ENDED);

        assertThat(sink.hasTrack(RecordingTrack.SUPERVISOR)).isFalse();
        assertThatThrownBy(() -> vault.openForReading(id, DAY, RecordingTrack.SUPERVISOR, key)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aRecordingThatWasNeverClosedIsResealedWithAllButItsLastQuarterSecond() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        Random random = new Random(5);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        RecordingSink abandoned = vault.openSink(id, DAY, key, false);
        for (int block = 0; block < 23; block++) {
            short[] caller = Audio.noise(random);
            short[] agent = Audio.noise(random);
            abandoned.write(caller, agent, null);
            written.write(LinearPcm.interleave(caller, agent));
        }
        assertThatThrownBy(() -> vault.openForReading(id, DAY, RecordingTrack.CALL, key)).as("Tink refuses it unsealed")
                .isInstanceOf(IOException.class);

        long recovered = vault.reseal(id, DAY, RecordingTrack.CALL, key);

        // lost: the segment Tink was filling, and the last one on disk, which reads as a final segment and fails
        assertThat(recovered).isGreaterThanOrEqualTo(written.size() - RecordingTrack.CALL.bytesPerSecond() / 4);
        try (SeekableByteChannel plaintext = vault.openForReading(id, DAY, RecordingTrack.CALL, key)) {
            assertThat(plaintext.size()).isEqualTo(recovered);
            assertThat(Audio.readAll(plaintext)).isEqualTo(Arrays.copyOf(written.toByteArray(), (int) recovered));
        }
    }

    @Test
    void aFileCutAnywhereIsResealedWithEveryWholeSegmentBeforeTheCut() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        byte[] written = record(id, key, 10);
        byte[] complete = Files.readAllBytes(callFile(id));
        for (int cut : new int[] {0, 20, 4096, 4097, 3 * 4096, 20_001, complete.length - 1}) {
            Files.write(callFile(id), Arrays.copyOf(complete, cut));

            long recovered = vault.reseal(id, DAY, RecordingTrack.CALL, key);

            assertThat(recovered).as("cut at %d", cut).isGreaterThanOrEqualTo(Math.max(0, cut - 2L * 4096))
                    .isLessThanOrEqualTo(cut);
            try (SeekableByteChannel plaintext = vault.openForReading(id, DAY, RecordingTrack.CALL, key)) {
                assertThat(Audio.readAll(plaintext)).isEqualTo(Arrays.copyOf(written, (int) recovered));
            }
        }
    }

    @Test
    void aSealedFileIsLeftAsItIs() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        byte[] written = record(id, key, 4);
        byte[] sealed = Files.readAllBytes(callFile(id));

        assertThat(vault.reseal(id, DAY, RecordingTrack.CALL, key)).isEqualTo(written.length);
        assertThat(Files.readAllBytes(callFile(id))).isEqualTo(sealed);
    }

    @Test
    void anEmptyRecordingIsAValidEmptyFile() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        vault.openSink(id, DAY, key, false).close(RecordingEnd.failed("hung up before the answer"));
        byte[] sealed = Files.readAllBytes(callFile(id));

        assertThat(vault.reseal(id, DAY, RecordingTrack.CALL, key)).isZero();
        assertThat(Files.readAllBytes(callFile(id))).isEqualTo(sealed);
        try (SeekableByteChannel plaintext = vault.openForReading(id, DAY, RecordingTrack.CALL, key)) {
            assertThat(plaintext.size()).isZero();
            assertThat(plaintext.read(ByteBuffer.allocate(10))).isEqualTo(-1);
        }
    }

    @Test
    void afterARotationOldRecordingsAreRewrappedWithoutTouchingTheAudio() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey original = vault.newDataKey();
        byte[] written = record(id, original, 3);
        byte[] file = Files.readAllBytes(callFile(id));

        int newPrimary = keys.rotate();
        WrappedKey rewrapped = vault.rewrap(original);

        assertThat(newPrimary).isNotEqualTo(original.kekId());
        assertThat(rewrapped.kekId()).isEqualTo(newPrimary).isEqualTo(keys.primaryKeyId());
        assertThat(vault.newDataKey().kekId()).isEqualTo(newPrimary);
        assertThat(Files.readAllBytes(callFile(id))).isEqualTo(file);
        RecordingVault afterRestart = new RecordingVault(new KeyEncryptionKeys(temp.resolve("config/recording-keyset.json"), false), recordings);
        try (SeekableByteChannel plaintext = afterRestart.openForReading(id, DAY, RecordingTrack.CALL, rewrapped)) {
            assertThat(Audio.readAll(plaintext)).isEqualTo(written);
        }

        assertThat(keys.disable(Set.of(newPrimary))).containsExactly(original.kekId());
        assertThatThrownBy(() -> vault.rewrap(original)).as("the disabled key unwraps nothing").isInstanceOf(GeneralSecurityException.class);
        try (SeekableByteChannel plaintext = vault.openForReading(id, DAY, RecordingTrack.CALL, rewrapped)) {
            assertThat(Audio.readAll(plaintext)).isEqualTo(written);
        }
    }

    @Test
    void shreddingDeletesEveryTrackAndMissingFilesAreFine() throws Exception {
        UUID id = UUID.randomUUID();
        WrappedKey key = vault.newDataKey();
        Random random = new Random(6);
        RecordingSink sink = vault.openSink(id, DAY, key, true);
        sink.write(Audio.noise(random), Audio.noise(random), Audio.noise(random));
        sink.close(RecordingEnd.CALL_ENDED);

        vault.shred(id, DAY);
        vault.shred(id, DAY);

        assertThat(callFile(id)).doesNotExist();
        assertThat(supervisorFile(id)).doesNotExist();
        assertThatThrownBy(() -> vault.openForReading(id, DAY, RecordingTrack.CALL, key)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void withoutTheKeysetNoDataKeyIsMade() {
        RecordingVault refusing = new RecordingVault(new KeyEncryptionKeys(temp.resolve("nowhere/keyset.json"), false), recordings);

        assertThat(refusing.available()).isFalse();
        assertThatThrownBy(refusing::newDataKey).isInstanceOf(RecordingUnavailableException.class)
                .hasMessageContaining("nowhere/keyset.json");
    }

    private byte[] record(UUID id, WrappedKey key, int blocks) throws Exception {
        Random random = new Random(id.getLeastSignificantBits());
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        EncryptedRecordingSink sink = vault.openSink(id, DAY, key, false);
        for (int block = 0; block < blocks; block++) {
            short[] caller = Audio.noise(random);
            short[] agent = Audio.noise(random);
            sink.write(caller, agent, null);
            written.write(LinearPcm.interleave(caller, agent));
        }
        sink.close(RecordingEnd.CALL_ENDED);
        assertThat(sink.plaintextLength(RecordingTrack.CALL)).isEqualTo(written.size());
        return written.toByteArray();
    }

    private Path callFile(UUID id) {
        return recordings.resolve("2026/12/06/" + id + ".call.enc");
    }

    private Path supervisorFile(UUID id) {
        return recordings.resolve("2026/12/06/" + id + ".supervisor.enc");
    }
}
