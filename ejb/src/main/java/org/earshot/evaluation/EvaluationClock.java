package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import org.earshot.access.SystemRole;

/** Lets the agent's windows lapse: a submitted evaluation not acknowledged nor disputed in time, a resolution not appealed. */
// Started by the container's timer, not called by users.
@PermitAll
@RunAs(SystemRole.NAME)
@Stateless
public class EvaluationClock {

    /** Who the audit trail says let a window lapse: the system, not a person. */
    public static final String ACTOR = "evaluation-timer";

    @EJB
    private EvaluationService evaluations;

    // Each evaluation lapses in a transaction of its own; one around them all would outlast the server's timeout at scale.
    @Schedule(minute = "*", hour = "*", persistent = false, info = "evaluation windows")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void periodically() {
        evaluations.lapseDue(Instant.now());
    }
}
