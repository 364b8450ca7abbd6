package org.earshot.recording;

import com.google.crypto.tink.StreamingAead;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Encrypts one track straight onto its file. Tink seals each 4 KB segment (1/8 s of stereo audio)
 * as it fills and writes it through the unbuffered file stream at once: no buffering is added, and
 * a flush would have nothing to push. A process that dies loses the segment being filled, and the
 * reseal the last one written (which reads as a final segment and fails): 1/4 s at most.
 */
final class TrackWriter {

    private static final Logger LOG = Logger.getLogger(TrackWriter.class.getName());
    private static final byte[] SILENCE = new byte[64 * 1024];

    private final StreamingAead key;
    private final TrackFile file;
    private final FileOutputStream ciphertext;
    private final OutputStream plaintext;
    private long plaintextLength;
    private boolean failed;
    private boolean sealed;

    TrackWriter(StreamingAead key, TrackFile file) throws IOException, GeneralSecurityException {
        this.key = key;
        this.file = file;
        Files.createDirectories(file.path().getParent());
        ciphertext = new FileOutputStream(file.path().toFile());
        try {
            plaintext = key.newEncryptingStream(ciphertext, file.associatedData());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
    }

    void write(byte[] samples) throws IOException {
        encrypt(samples, samples.length);
    }

    void writeSilence(long bytes) throws IOException {
        for (long left = bytes; left > 0; left -= SILENCE.length) {
            encrypt(SILENCE, (int) Math.min(left, SILENCE.length));
        }
    }

    private void encrypt(byte[] bytes, int length) throws IOException {
        if (failed) {
            throw new IOException(file.path() + ": an earlier write failed");
        }
        try {
            plaintext.write(bytes, 0, length);
            plaintextLength += length;
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    /**
     * Seals the file. After a failed write the stream's last segment may be half on disk, so Tink's
     * own close would append its final segment after garbage: the file is re-sealed from its good
     * prefix instead. If even that fails (the disk is still full), the file stays unsealed for the
     * recovery at startup.
     */
    void close() {
        try {
            if (failed) {
                ciphertext.close();
                plaintextLength = TrackResealing.reseal(key, file);
            } else {
                plaintext.close();
            }
            sealed = true;
        } catch (IOException | GeneralSecurityException e) {
            LOG.log(Level.WARNING, "Could not seal " + file.path() + "; it is left for recovery", e);
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            ciphertext.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing " + file.path(), e);
        }
    }

    long plaintextLength() {
        return plaintextLength;
    }

    boolean sealed() {
        return sealed;
    }
}
