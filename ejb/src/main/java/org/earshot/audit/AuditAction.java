package org.earshot.audit;

/** The security-relevant actions the audit trail records. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS_DENIED,
    ORG_CREATE,
    ORG_UPDATE,
    ORG_DELETE,
    GRANT_CREATE,
    GRANT_REVOKE,
    REVIEW_CERTIFY,
    REVIEW_REVOKE,
    AUDIT_VERIFY,
    MONITOR_START,
    MONITOR_MODE_CHANGE,
    MONITOR_END,
    MONITOR_FOLLOW,
    CALL_MARK_PRIVATE,
    /** The SIP server's summary of one source's failed authentications, rate-limit trips and malformed messages. */
    SIP_SECURITY_REPORT
}
