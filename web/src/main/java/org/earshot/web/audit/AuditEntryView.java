package org.earshot.web.audit;

import java.time.Instant;
import java.util.Map;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditOutcome;

/**
 * One entry of the audit trail, with its place in the chain and its hashes so a client can check
 * the links itself; seq and the hashes are null while the entry waits to be chained (milliseconds).
 */
public record AuditEntryView(long id, Long seq, Instant occurredAt, String actor, String action, AuditOutcome outcome,
                             String targetType, String targetId, String callId, String agent, String queue,
                             String mode, String purpose, Map<String, String> details, String sourceAddress,
                             String detail, String prevHash, String entryHash) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.getId(), entry.getSeq(), entry.getOccurredAt(), entry.getActor(), entry.getAction(),
                entry.getOutcome(), entry.getTargetType(), entry.getTargetId(), entry.getCallId(), entry.getAgent(),
                entry.getQueue(), entry.getMode(), entry.getPurpose(), entry.getDetails(), entry.getSourceAddress(),
                entry.getDetail(), entry.getPrevHash(), entry.getEntryHash());
    }
}
