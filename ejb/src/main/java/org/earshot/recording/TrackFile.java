package org.earshot.recording;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Where one track of one recording lives ({@code <dir>/yyyy/MM/dd/<id>.<track>.enc}) and what its
 * ciphertext is bound to: the recording's id and the track, so that no file decrypts in another's place.
 */
record TrackFile(Path path, byte[] associatedData) {

    private static final DateTimeFormatter DAY_DIRECTORIES = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    static TrackFile of(Path directory, UUID recordingId, LocalDate day, RecordingTrack track) {
        Path path = directory.resolve(DAY_DIRECTORIES.format(day)).resolve(recordingId + "." + track.fileSuffix());
        return new TrackFile(path, (recordingId + "/" + track.label()).getBytes(StandardCharsets.US_ASCII));
    }

    /** A file beside this one, bound to the same recording and track, that will replace it. */
    TrackFile replacement() {
        return new TrackFile(path.resolveSibling(path.getFileName() + ".resealing"), associatedData);
    }

    /**
     * The plaintext of a sealed track, seekable, its size known. Opening checks the key, the
     * associated data and the final segment, so a wrong or unsealed file fails here, not mid-play.
     */
    SeekableByteChannel openPlaintext(StreamingAead key) throws IOException, GeneralSecurityException {
        SeekableByteChannel ciphertext = Files.newByteChannel(path);
        try {
            SeekableByteChannel decrypting = key.newSeekableDecryptingChannel(ciphertext, associatedData);
            return new SealedPlaintext(decrypting, verifiedSize(key, decrypting));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
    }

    /** Reads the first and the last byte: only a sealed file's last segment authenticates as the last. */
    private long verifiedSize(StreamingAead key, SeekableByteChannel decrypting) throws IOException, GeneralSecurityException {
        if (decrypting.read(ByteBuffer.allocate(1)) == 1) {
            long size = decrypting.size();
            decrypting.position(size - 1).read(ByteBuffer.allocate(1));
            return size;
        }
        try (InputStream empty = key.newDecryptingStream(Files.newInputStream(path), associatedData)) {
            if (empty.read() != -1) {
                throw new IOException(path + " does not decrypt as a sealed track");
            }
        }
        return 0;
    }
}
