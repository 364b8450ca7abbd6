package org.earshot.web.session;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.earshot.access.AccessAuditAction;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;

/**
 * Audits failed logins the same way wherever they happen (console form, REST API): nobody is
 * logged in yet, so the entry is recorded for the name that was tried and commits on its own.
 */
@ApplicationScoped
public class LoginAudit {

    @EJB
    private AuditService audit;

    public void failed(String username, String detail) {
        String name = username == null ? "" : username.strip();
        audit.recordFor(name.isEmpty() ? "(empty)" : name,
                AuditEvent.of(AccessAuditAction.LOGIN_FAILED, "User", name, detail).withOutcome(AuditOutcome.FAILED));
    }
}
