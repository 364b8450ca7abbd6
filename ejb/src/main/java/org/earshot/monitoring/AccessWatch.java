package org.earshot.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.earshot.access.AccessWithdrawn;
import org.earshot.access.SystemRole;

/**
 * Ends the monitoring sessions whose supervisor may no longer monitor the call in its mode: at once
 * when a grant is revoked, an account disabled or a monitoring group changed, and every 30 seconds
 * as a safety net for what no event reports (a grant that expired, a queue's policy changed).
 */
// Started by the container (after another bean's commit, or by its timer), not called by users.
@PermitAll
@RunAs(SystemRole.NAME)
@Stateless
public class AccessWatch {

    @EJB
    private MonitoringSessions sessions;

    // The change has committed; each session is checked again in a transaction of its own.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void accessWithdrawn(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccessWithdrawn change) {
        sessions.recheckAll(change.cause());
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void periodically() {
        sessions.recheckAll("periodic re-check");
    }
}
