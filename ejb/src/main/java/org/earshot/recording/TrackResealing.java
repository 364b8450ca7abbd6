package org.earshot.recording;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.OptionalLong;

/**
 * Makes a track file that was not closed (the process died, the disk filled) readable again. Tink
 * refuses a stream without its final segment, so the good prefix (every segment that still
 * authenticates) is decrypted and encrypted again, with the same data key, into a new file that is
 * closed properly, which then replaces the old one.
 */
final class TrackResealing {

    private static final int LARGEST_READ = 64 * 1024;

    private TrackResealing() {
    }

    /** @return the plaintext length of the sealed file (the recovered prefix, or the whole of a file already sealed) */
    static long reseal(StreamingAead key, TrackFile file) throws IOException, GeneralSecurityException {
        OptionalLong sealed = sealedLength(key, file);
        if (sealed.isPresent()) {
            return sealed.getAsLong();
        }
        TrackFile replacement = file.replacement();
        long recovered;
        // Tink's stream does not close the file when sealing it fails, so the file is a resource of its own.
        try (SeekableByteChannel ciphertext = Files.newByteChannel(file.path());
             SeekableByteChannel damaged = key.newSeekableDecryptingChannel(ciphertext, file.associatedData());
             OutputStream resealedFile = Files.newOutputStream(replacement.path());
             OutputStream resealed = key.newEncryptingStream(resealedFile, file.associatedData())) {
            recovered = copyGoodPrefix(damaged, resealed);
        } catch (IOException | GeneralSecurityException e) {
            Files.deleteIfExists(replacement.path());
            throw e;
        }
        force(replacement.path(), WRITE);
        Files.move(replacement.path(), file.path(), ATOMIC_MOVE, REPLACE_EXISTING);
        force(file.path().getParent(), READ);
        return recovered;
    }

    private static OptionalLong sealedLength(StreamingAead key, TrackFile file) {
        try (SeekableByteChannel plaintext = file.openPlaintext(key)) {
            return OptionalLong.of(plaintext.size());
        } catch (IOException | GeneralSecurityException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Copies up to the first byte that does not decrypt. A read that reaches into a bad segment
     * fails whole, so reads are halved near the end until one byte is refused: the prefix is exact.
     */
    private static long copyGoodPrefix(SeekableByteChannel plaintext, OutputStream out) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(LARGEST_READ);
        long good = 0;
        int readSize = LARGEST_READ;
        while (true) {
            buffer.clear().limit(readSize);
            int read;
            try {
                plaintext.position(good);
                read = plaintext.read(buffer);
            } catch (IOException unauthenticated) {
                if (readSize == 1) {
                    return good;
                }
                readSize /= 2;
                continue;
            }
            if (read <= 0) {
                return good;
            }
            out.write(buffer.array(), 0, read);
            good += read;
        }
    }

    private static void force(Path path, OpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        }
    }
}
