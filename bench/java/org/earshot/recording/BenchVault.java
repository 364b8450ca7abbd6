package org.earshot.recording;

import java.nio.file.Path;

/**
 * The vault as plain Java, for the recording benchmark (bench/java, compiled by bench/rec-setup.sh
 * onto the class path next to the ejb module's classes): the vault is a CDI bean whose constructors
 * are package-private, so the harness builds it here, in its package, as the module's own tests do.
 * The key-encryption keyset file is created at the first start (as with
 * earshot.recordings.keyset.create=true).
 */
public final class BenchVault {

    private BenchVault() {
    }

    public static RecordingVault open(Path keysetFile, Path directory) {
        RecordingVault vault = new RecordingVault(new KeyEncryptionKeys(keysetFile, true), directory);
        if (!vault.available()) {
            throw new IllegalStateException("the vault refuses to record: " + vault.unavailableReason());
        }
        return vault;
    }
}
