package org.earshot.telephony.call;

import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitorRefusedException.Reason;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.media.MonitorPort;

/**
 * One supervisor monitoring one call, from the INVITE to the supervisor's phone until either side
 * ends it. The supervisor's phone has a port of its own on the call's media; its leg is known once
 * it answered. Guarded by the call's lock.
 */
final class MonitorSession {

    final String id;
    final Call call;
    final String supervisor;
    final MonitorPort port;
    MonitoringMode mode;
    /** The supervisor's devices, while they ring. */
    ParallelRinging ringing;
    /** The supervisor's leg, once a device answered. */
    Leg leg;

    MonitorSession(String id, Call call, String supervisor, MonitoringMode mode, MonitorPort port) {
        this.id = id;
        this.call = call;
        this.supervisor = supervisor;
        this.mode = mode;
        this.port = port;
    }

    /** The supervisor answered and replaced the agent: its leg is the call's agent leg now. */
    boolean tookOver() {
        return leg != null && call.agentLeg == leg;
    }

    /** Whether the session may switch to the mode: once answered, never after a takeover. */
    void checkSwitchTo(MonitoringMode next) throws MonitorRefusedException {
        if (tookOver()) {
            throw new MonitorRefusedException(Reason.TAKEOVER_IS_FINAL,
                    "Supervisor " + supervisor + " has taken call " + call.id + " over; a takeover cannot be undone");
        }
        if (leg == null) {
            throw new MonitorRefusedException(Reason.SUPERVISOR_NOT_ANSWERED,
                    "Supervisor " + supervisor + " has not answered yet, so cannot switch to " + next);
        }
    }

    CallEvent.Monitor describe() {
        return new CallEvent.Monitor(id, supervisor, mode);
    }
}
