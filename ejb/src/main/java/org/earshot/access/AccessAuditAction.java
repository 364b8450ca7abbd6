package org.earshot.access;

import org.earshot.audit.AuditAction;

/** What the audit trail records about logins, refusals, grants, permission reviews and SIP sources that misbehave. */
public enum AccessAuditAction implements AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS_DENIED,
    GRANT_CREATE,
    GRANT_REVOKE,
    REVIEW_CERTIFY,
    REVIEW_REVOKE,
    /** The SIP server's summary of one source address's failed authentications, rate-limit trips and malformed messages. */
    SIP_SECURITY_REPORT;

    @Override
    public String capability() {
        return "access";
    }
}
