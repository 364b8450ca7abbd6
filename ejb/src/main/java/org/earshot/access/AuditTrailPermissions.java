package org.earshot.access;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.earshot.audit.AuditTrailGuard;

/** Reading the audit trail needs VIEW_AUDIT, verifying its chain VERIFY_AUDIT, both over the whole organization. */
@ApplicationScoped
public class AuditTrailPermissions implements AuditTrailGuard {

    @EJB
    private AccessService access;

    @Override
    public void requireView() {
        access.require(Action.VIEW_AUDIT, AccessTarget.organization(), null);
    }

    @Override
    public void requireVerify() {
        access.require(Action.VERIFY_AUDIT, AccessTarget.organization(), null);
    }
}
