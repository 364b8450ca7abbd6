package org.earshot.it;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.earshot.audit.AuditEntry;
import org.earshot.audit.AuditQuery;
import org.earshot.audit.AuditService;
import org.earshot.query.PageRequest;

/** What the audit trail says of one supervisor on one call, as the admin's audit viewer shows it, oldest first. */
final class AuditTrail {

    private AuditTrail() {
    }

    static List<AuditEntry> of(AuditService audit, String actor, String callId, Instant since) {
        List<AuditEntry> entries = new ArrayList<>(As.user("admin", () -> audit.find(
                new AuditQuery(actor, null, null, null, callId, since, null), PageRequest.firstPage(50))).items());
        Collections.reverse(entries); // the viewer lists the newest first
        return entries;
    }
}
