package org.earshot.organization;

import org.earshot.audit.AuditAction;

/** What the audit trail records about changes to the organization (and to its policies elsewhere). */
public enum OrganizationAuditAction implements AuditAction {
    ORG_CREATE,
    ORG_UPDATE,
    ORG_DELETE;

    @Override
    public String capability() {
        return "organization";
    }
}
