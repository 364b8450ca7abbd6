package org.earshot.dashboard;

import org.earshot.audit.AuditAction;

/** What the dashboards audit: a user's saved filter sets changing (reading a dashboard is not audited; refusals are, by the access layer). */
public enum DashboardAuditAction implements AuditAction {
    /** A user saved a filter set of a dashboard; the details give its filter. */
    DASHBOARD_FILTER_SAVE,
    /** A user deleted one of their filter sets. */
    DASHBOARD_FILTER_DELETE;

    @Override
    public String capability() {
        return "dashboard";
    }
}
