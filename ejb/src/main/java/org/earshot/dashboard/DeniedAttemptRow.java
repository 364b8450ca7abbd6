package org.earshot.dashboard;

import java.time.Instant;

/** A refused start or mode switch of monitoring, as the audit trail keeps it: its entry, who, which call, the mode asked for, and why not. */
public record DeniedAttemptRow(long auditEntryId, Instant at, String supervisor, String attempt, String callId, String agent, String queue,
                               String mode, String purpose, String reason) {
}
