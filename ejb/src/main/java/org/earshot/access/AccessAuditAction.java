package org.earshot.access;

import org.earshot.audit.AuditAction;

/** What the audit trail records about logins, refusals, grants and permission reviews. */
public enum AccessAuditAction implements AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS_DENIED,
    GRANT_CREATE,
    GRANT_REVOKE,
    REVIEW_CERTIFY,
    REVIEW_REVOKE;

    @Override
    public String capability() {
        return "access";
    }
}
