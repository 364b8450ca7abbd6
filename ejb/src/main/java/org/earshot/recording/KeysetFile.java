package org.earshot.recording;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Set;

/**
 * The key-encryption keyset on disk: Tink's JSON keyset format, readable by its owner only. The
 * keys are in clear in the file, so the file's permissions (and its backups) are what protects them.
 */
final class KeysetFile {

    private final Path path;

    KeysetFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    boolean exists() {
        return Files.exists(path);
    }

    KeysetHandle read() throws IOException, GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(path), InsecureSecretKeyAccess.get());
    }

    /**
     * Writes a new file beside the old one and moves it over it: a crash leaves the old keyset or
     * the new one, never half of one, and the file is never readable by others, not even briefly.
     */
    void write(KeysetHandle keyset) throws IOException, GeneralSecurityException {
        byte[] json = TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get())
                .getBytes(StandardCharsets.UTF_8);
        Path absolute = path.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path next = absolute.resolveSibling(absolute.getFileName() + ".new");
        Files.deleteIfExists(next);
        try (FileChannel channel = FileChannel.open(next, Set.of(CREATE_NEW, WRITE),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
            channel.write(ByteBuffer.wrap(json));
            channel.force(true);
        }
        Files.move(next, absolute, ATOMIC_MOVE, REPLACE_EXISTING);
    }
}
