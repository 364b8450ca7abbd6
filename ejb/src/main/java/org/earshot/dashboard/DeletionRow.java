package org.earshot.dashboard;

import java.time.Instant;
import org.earshot.dashboard.ComplianceReport.PurgeKind;

/** A recording deleted, as the audit trail has it: its entry, when, by whom, why (the kind and the audited detail), the call and the recording. */
public record DeletionRow(long entryId, Instant at, String by, PurgeKind kind, String callId, String recordingId, String agent, String queue,
                          String detail) {
}
