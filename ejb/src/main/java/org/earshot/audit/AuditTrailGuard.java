package org.earshot.audit;

/**
 * Who may read and verify the audit trail. Decided by the access capability, which implements this,
 * because access itself writes to the trail: the trail asks through this interface and never
 * depends on access.
 */
public interface AuditTrailGuard {

    /** Lets the caller read the trail, or audits the denial and throws. */
    void requireView();

    /** Lets the caller verify the chain, or audits the denial and throws. */
    void requireVerify();
}
