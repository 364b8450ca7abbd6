package org.earshot.recording;

/**
 * A recording's data key (a Tink streaming AEAD keyset) encrypted by the key-encryption keyset, and
 * the id of the key-encryption key that wrapped it: what the database keeps to open the recording.
 * Destroying it makes the recording unreadable for good.
 */
public record WrappedKey(byte[] wrapped, int kekId) {
}
