package org.earshot.recording;

import java.time.Instant;
import java.util.UUID;

/** A reconciliation finding as the governance page and the API show it. */
public record FindingView(long id, FindingKind kind, String callId, UUID recordingId, String detail, Instant foundAt) {
}
