package org.earshot.recording;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.ConfigurationV0;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.earshot.health.RecordingKeysReadiness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The key-encryption keyset (Tink AEAD, AES256-GCM) that wraps every recording's data key, read
 * from the file named by {@code earshot.recordings.keyset}. Without it recording is refused (the
 * application still deploys and calls go through); with {@code earshot.recordings.keyset.create=true}
 * a missing file is created, which the demo and the test servers do and production does once, if
 * at all.
 *
 * <p>A startup singleton rather than an application-scoped bean: the keyset is read while the
 * application deploys, so a missing keyset is logged at start and the readiness check knows it from
 * its first call, not when the first call is recorded. Wrapping and unwrapping share the keyset
 * (READ); a rotation or a disabling has it to itself (WRITE) while it rewrites the file.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KeyEncryptionKeys {

    static final String KEYSET_FILE = "earshot.recordings.keyset";
    static final String CREATE_IF_MISSING = "earshot.recordings.keyset.create";
    // Binds a wrapped key to its purpose: a ciphertext wrapped by the same keyset for anything else does not unwrap.
    private static final byte[] DATA_KEY_CONTEXT = "earshot-recording-key".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = Logger.getLogger(KeyEncryptionKeys.class.getName());

    // Tink makes keys only of the kinds registered with it: the keyset's (AEAD) and the recordings' (streaming AEAD).
    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Inject
    @Readiness // the check's qualifier, which it carries instead of @Default
    private RecordingKeysReadiness readiness;

    private KeysetFile file;
    private KeysetHandle keyset;
    private Aead aead;
    private String unavailableReason;

    public KeyEncryptionKeys() {
        // for the container, which calls start()
    }

    KeyEncryptionKeys(Path keysetFile, boolean createIfMissing) {
        load(keysetFile, createIfMissing);
    }

    @PostConstruct
    void start() {
        String configured = System.getProperty(KEYSET_FILE);
        if (configured == null || configured.isBlank()) {
            unavailableReason = "system property " + KEYSET_FILE + " is not set";
        } else {
            load(Path.of(configured), Boolean.getBoolean(CREATE_IF_MISSING));
        }
        if (unavailableReason != null) {
            LOG.severe("Calls will not be recorded: " + unavailableReason);
        }
        readiness.report(unavailableReason);
    }

    private void load(Path path, boolean createIfMissing) {
        file = new KeysetFile(path);
        try {
            if (file.exists()) {
                use(file.read());
            } else if (createIfMissing) {
                KeysetHandle created = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
                file.write(created);
                use(created);
                LOG.warning("Created the recordings' key-encryption keyset " + path.toAbsolutePath()
                        + " (" + CREATE_IF_MISSING + "=true): back it up; without it no recording can be played");
            } else {
                unavailableReason = "no key-encryption keyset at " + path.toAbsolutePath() + " (install one, or start once with "
                        + CREATE_IF_MISSING + "=true to create it)";
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            unavailableReason = "the key-encryption keyset " + path.toAbsolutePath()
                    + (file.exists() ? " cannot be read: " : " cannot be created: ") + e;
        }
    }

    private void use(KeysetHandle loaded) throws GeneralSecurityException {
        aead = loaded.getPrimitive(ConfigurationV0.get(), Aead.class);
        keyset = loaded;
        unavailableReason = null;
    }

    public boolean available() {
        return unavailableReason == null;
    }

    /** Why recording is refused; null when it is not. */
    public String unavailableReason() {
        return unavailableReason;
    }

    public int primaryKeyId() {
        requireAvailable();
        return keyset.getPrimary().getId();
    }

    WrappedKey wrap(KeysetHandle dataKey) throws GeneralSecurityException {
        requireAvailable();
        return new WrappedKey(TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, aead, DATA_KEY_CONTEXT),
                keyset.getPrimary().getId());
    }

    /** With whichever enabled key of the keyset wrapped it. */
    KeysetHandle unwrap(WrappedKey key) throws GeneralSecurityException {
        requireAvailable();
        return TinkProtoKeysetFormat.parseEncryptedKeyset(key.wrapped(), aead, DATA_KEY_CONTEXT);
    }

    /**
     * Adds a new key and makes it the primary: every key wrapped from now on is wrapped by it; the
     * older keys still unwrap what they wrapped until each recording is re-wrapped.
     *
     * @return the new primary key's id
     */
    @Lock(LockType.WRITE)
    public int rotate() throws IOException, GeneralSecurityException {
        requireAvailable();
        KeysetHandle.Builder rotated = KeysetHandle.newBuilder(keyset);
        rotated.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId().makePrimary());
        save(rotated.build());
        return keyset.getPrimary().getId();
    }

    /**
     * Disables the keys that wrap nothing any more (neither the primary nor any of {@code keyIdsInUse}):
     * a disabled key stays in the file, so it can be enabled again, but unwraps nothing.
     *
     * @return the ids of the keys disabled now
     */
    @Lock(LockType.WRITE)
    public Set<Integer> disable(Set<Integer> keyIdsInUse) throws IOException, GeneralSecurityException {
        requireAvailable();
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
        Set<Integer> disabled = new LinkedHashSet<>();
        for (int i = 0; i < builder.size(); i++) {
            KeysetHandle.Entry key = keyset.getAt(i);
            if (!key.isPrimary() && key.getStatus() == KeyStatus.ENABLED && !keyIdsInUse.contains(key.getId())) {
                builder.getAt(i).setStatus(KeyStatus.DISABLED);
                disabled.add(key.getId());
            }
        }
        if (!disabled.isEmpty()) {
            save(builder.build());
        }
        return disabled;
    }

    private void save(KeysetHandle changed) throws IOException, GeneralSecurityException {
        file.write(changed);
        use(changed);
        LOG.info(() -> "Key-encryption keyset " + file.path().toAbsolutePath() + " rewritten: primary key "
                + changed.getPrimary().getId() + ", " + changed.size() + " keys");
    }

    void requireAvailable() {
        if (unavailableReason != null) {
            throw new RecordingUnavailableException(unavailableReason);
        }
    }
}
