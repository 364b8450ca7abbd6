package org.earshot.notification;

import org.earshot.audit.AuditAction;

/** What the audit trail records of notifications: each one sent, and what its recipient marked read. */
public enum NotificationAuditAction implements AuditAction {
    /** A capability told a user something; the details name the recipient and the kind. */
    NOTIFICATION_SEND,
    /** The recipient marked one notification read, or (as DENIED) someone tried another user's. */
    NOTIFICATION_READ,
    /** The recipient marked all of theirs read; the detail says how many. */
    NOTIFICATION_READ_ALL;

    @Override
    public String capability() {
        return "notification";
    }
}
