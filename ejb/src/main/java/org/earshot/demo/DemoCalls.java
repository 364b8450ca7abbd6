package org.earshot.demo;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.earshot.calls.CallRecord;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallEvent;

/** Finished calls through a demo queue, as the call records keep them, for the demo's evaluations and sampling. */
final class DemoCalls {

    private final EntityManager em;
    private final CallQueue queue;

    DemoCalls(EntityManager em, CallQueue queue) {
        this.em = em;
        this.queue = queue;
    }

    /** A call from the caller answered by the agent at that extension, ringing 8 s before and lasting as long as given. */
    CallRecord finished(String callId, User agent, String extension, String caller, Instant answered, Duration length) {
        CallRecord call = new CallRecord(event(callId, CallEvent.Type.RINGING, answered.minusSeconds(8), caller, extension), queue, agent);
        call.apply(event(callId, CallEvent.Type.ANSWERED, answered, caller, extension));
        call.apply(event(callId, CallEvent.Type.ENDED, answered.plus(length), caller, extension));
        em.persist(call);
        return call;
    }

    private CallEvent event(String callId, CallEvent.Type type, Instant at, String caller, String extension) {
        return new CallEvent(callId, type, at, caller, queue.getNumber(), queue.getName(), extension, null, null);
    }
}
