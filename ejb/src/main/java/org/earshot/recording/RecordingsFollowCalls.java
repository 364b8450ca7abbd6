package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.earshot.calls.CallAgentChanged;
import org.earshot.calls.CallRecordCreated;

/**
 * Keeps the call's agent and queue that each recording holds for whom it is seen by ({@link Recording}'s call
 * agent and queue) on its call's: a recording started by a call's first event may be made before the call's
 * record (both follow the same event, each in its own transaction, in either order), and a call is handed to
 * another agent while it is recorded (a queue ringing the next agent, a transfer).
 */
// Called by the container in the telephony recorder's transaction, as the system role; no user calls it.
@PermitAll
@Stateless
public class RecordingsFollowCalls {

    @PersistenceContext
    private EntityManager em;

    public void callRecordCreated(@Observes CallRecordCreated created) {
        em.createQuery("UPDATE Recording r SET r.callAgentId = :agent, r.callQueueId = :queue WHERE r.callId = :call")
                .setParameter("agent", created.agentId()).setParameter("queue", created.queueId())
                .setParameter("call", created.callId()).executeUpdate();
    }

    public void agentChanged(@Observes CallAgentChanged change) {
        // The call record's new agent is written (its row locked) before the recordings are. A recording made on demand
        // meanwhile is made while its request holds the call record locked (RecordingControl): either this transaction
        // waits for that request, whose recording has committed by then and is found below, or the request waits for
        // this transaction and its recording reads the new agent.
        em.flush();
        em.createQuery("UPDATE Recording r SET r.callAgentId = :agent WHERE r.callId = :call")
                .setParameter("agent", change.agentId()).setParameter("call", change.callId()).executeUpdate();
    }
}
