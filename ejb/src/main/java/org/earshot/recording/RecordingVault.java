package org.earshot.recording;

import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.UUID;
import org.earshot.health.RecordingsDiskReadiness;

/**
 * Recordings encrypted at rest: one data key per recording (Tink streaming AEAD, AES256-GCM-HKDF,
 * 4 KB segments), wrapped by the key-encryption keyset; files under {@code earshot.recordings.dir}.
 * A recording is found and opened by what the database keeps of it: its id, the day it started (UTC)
 * and its wrapped key.
 */
@ApplicationScoped
public class RecordingVault {

    private KeyEncryptionKeys keys;
    private Path directory;

    RecordingVault() {
        // for the container's proxy
    }

    @Inject
    RecordingVault(KeyEncryptionKeys keys) {
        this(keys, RecordingsDiskReadiness.recordingsDirectory());
    }

    RecordingVault(KeyEncryptionKeys keys, Path directory) {
        this.keys = keys;
        this.directory = directory;
    }

    public boolean available() {
        return keys.available();
    }

    /** Why recording is refused; null when it is not. */
    public String unavailableReason() {
        return keys.unavailableReason();
    }

    /** A new recording's data key, wrapped by the primary key-encryption key. */
    public WrappedKey newDataKey() {
        keys.requireAvailable();
        try {
            return keys.wrap(KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB));
        } catch (GeneralSecurityException e) {
            throw new RecordingUnavailableException("no data key could be made: " + e.getMessage());
        }
    }

    /** Creates the call track's file now, the supervisor track's when a supervisor first speaks. */
    public EncryptedRecordingSink openSink(UUID recordingId, LocalDate day, WrappedKey key, boolean keepSupervisorTrack)
            throws IOException, GeneralSecurityException {
        return new EncryptedRecordingSink(recordingId, dataKey(key), track(recordingId, day, RecordingTrack.CALL),
                track(recordingId, day, RecordingTrack.SUPERVISOR), keepSupervisorTrack);
    }

    /**
     * The track's plaintext PCM, seekable; {@code size()} is its length in bytes.
     *
     * @throws java.nio.file.NoSuchFileException when the recording has no such track
     * @throws IOException when the file does not decrypt with this key (another recording's file, altered, not sealed)
     */
    public SeekableByteChannel openForReading(UUID recordingId, LocalDate day, RecordingTrack track, WrappedKey key)
            throws IOException, GeneralSecurityException {
        return track(recordingId, day, track).openPlaintext(dataKey(key));
    }

    /**
     * Crash recovery: replaces a track that was never closed by a sealed file of its good prefix
     * (every segment that authenticates: at most 1/4 s short of what was written). A sealed track is left alone.
     *
     * @return the track's plaintext length in bytes after the reseal
     * @throws java.nio.file.NoSuchFileException when the recording has no such track
     */
    public long reseal(UUID recordingId, LocalDate day, RecordingTrack track, WrappedKey key)
            throws IOException, GeneralSecurityException {
        TrackFile file = track(recordingId, day, track);
        if (!Files.exists(file.path())) {
            throw new NoSuchFileException(file.path().toString());
        }
        return TrackResealing.reseal(dataKey(key), file);
    }

    /** The same data key, wrapped by the current primary key-encryption key; the audio is not touched. */
    public WrappedKey rewrap(WrappedKey key) throws GeneralSecurityException {
        return keys.wrap(keys.unwrap(key));
    }

    /**
     * Deletes the recording's files; missing ones are fine. The recording is unreadable once its
     * wrapped key is destroyed, which the caller does first: this only frees the disk.
     */
    public void shred(UUID recordingId, LocalDate day) throws IOException {
        for (RecordingTrack track : RecordingTrack.values()) {
            TrackFile file = track(recordingId, day, track);
            Files.deleteIfExists(file.path());
            Files.deleteIfExists(file.replacement().path());
        }
    }

    private TrackFile track(UUID recordingId, LocalDate day, RecordingTrack track) {
        return TrackFile.of(directory, recordingId, day, track);
    }

    private StreamingAead dataKey(WrappedKey key) throws GeneralSecurityException {
        return keys.unwrap(key).getPrimitive(ConfigurationV0.get(), StreamingAead.class);
    }
}
