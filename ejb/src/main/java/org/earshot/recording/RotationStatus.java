package org.earshot.recording;

/**
 * Where the recordings' keys stand: the primary key-encryption key, how many recordings are still
 * wrapped by another, and the latest rotation (null before the first).
 */
public record RotationStatus(Integer primaryKeyId, long pending, KeyRotationRun.RotationView latest, String unavailableReason) {
}
