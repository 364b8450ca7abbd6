package org.earshot.bench.rec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.earshot.recording.BenchVault;
import org.earshot.recording.RecordingTrack;
import org.earshot.recording.RecordingVault;
import org.earshot.recording.WrappedKey;

/**
 * The benchmark's encrypted recordings: the vault (org.earshot.recording, ejb) as the EJB layer uses
 * it for each recorded call: a new data key wrapped by the key-encryption keyset
 * ({@code newDataKey}), the encrypting sink on {@code <dir>/yyyy/MM/dd/<id>.call.enc}
 * ({@code openSink}, no supervisor track). The recording's id, day and wrapped key go to the
 * recordings log (where the EJB layer keeps them in the database), so that RecordingCheck can read
 * the file back through {@code openForReading}.
 */
public final class VaultSinks implements Sinks {

    private static RecordingVault reader;
    private final RecordingVault vault;

    public VaultSinks(Path dir, Path keyset) {
        this.vault = BenchVault.open(keyset, dir);
    }

    @Override
    public Opened open(String callId) throws IOException {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        WrappedKey key = vault.newDataKey();
        try {
            return new Opened(vault.openSink(id, day, key, false), id + "/" + day,
                    Base64.getEncoder().encodeToString(key.wrapped()) + ":" + key.kekId());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    /** The plaintext of a recording written by {@link #open} (its "path" and "key" from the log). */
    public static synchronized InputStream read(Path dir, Path keyset, String path, String key) throws IOException {
        if (reader == null) {
            reader = BenchVault.open(keyset, dir);
        }
        String[] where = path.split("/", 2);
        String[] wrapped = key.split(":", 2);
        try {
            return Channels.newInputStream(reader.openForReading(UUID.fromString(where[0]), LocalDate.parse(where[1]),
                    RecordingTrack.CALL, new WrappedKey(Base64.getDecoder().decode(wrapped[0]), Integer.parseInt(wrapped[1]))));
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }
}
