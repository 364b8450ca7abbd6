package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.earshot.calls.CallAgentChanged;

/**
 * Keeps the call's agent that each evaluation holds for whom it is seen by ({@link Evaluation}'s
 * call agent) on the agent the call is with now: an evaluation started while listening may see its
 * call transferred afterwards, and is then seen as the call is, through the agent who has it.
 */
// Called by the container in the telephony recorder's transaction, as the system role; no user calls it.
@PermitAll
@Stateless
public class EvaluationsFollowCalls {

    @PersistenceContext
    private EntityManager em;

    public void agentChanged(@Observes CallAgentChanged change) {
        em.createQuery("UPDATE Evaluation e SET e.callAgentId = :agent WHERE e.callId = :call")
                .setParameter("agent", change.agentId()).setParameter("call", change.callId()).executeUpdate();
    }
}
