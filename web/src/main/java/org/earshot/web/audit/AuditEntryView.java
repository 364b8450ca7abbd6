package org.earshot.web.audit;

import java.time.Instant;
import org.earshot.audit.AuditAction;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditOutcome;

/** One entry of the audit trail, with its hash so a client can check the chain's links itself. */
public record AuditEntryView(long seq, Instant occurredAt, String actor, AuditAction action, AuditOutcome outcome,
                             String targetType, String targetId, String callId, String agent, String queue,
                             String mode, String purpose, String sourceAddress, String detail, String prevHash,
                             String entryHash) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.getSeq(), entry.getOccurredAt(), entry.getActor(), entry.getAction(),
                entry.getOutcome(), entry.getTargetType(), entry.getTargetId(), entry.getCallId(), entry.getAgent(),
                entry.getQueue(), entry.getMode(), entry.getPurpose(), entry.getSourceAddress(), entry.getDetail(),
                entry.getPrevHash(), entry.getEntryHash());
    }
}
