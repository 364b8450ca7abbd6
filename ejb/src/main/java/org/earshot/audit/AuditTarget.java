package org.earshot.audit;

/** What an audited action was done to: a kind of thing ("Team", "Call", "Grant") and its id. */
public record AuditTarget(String type, String id) {

    public static AuditTarget of(String type, Object id) {
        return new AuditTarget(type, id == null ? null : id.toString());
    }
}
