package org.earshot.telephony.call;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;

/** Tells the listener what happened to a call; a failing listener must not break the call's signalling. */
final class CallEvents {

    private static final Logger LOG = Logger.getLogger(CallEvents.class.getName());

    private final CallEventListener listener;
    private final Clock clock;

    CallEvents(CallEventListener listener, Clock clock) {
        this.listener = listener;
        this.clock = clock;
    }

    void emit(Call call, CallEvent.Type type, String detail) {
        emit(call, type, detail, null);
    }

    void emit(Call call, CallEvent.Type type, String detail, CallEvent.Monitor monitor) {
        CallEvent event = new CallEvent(call.id, type, clock.instant(), call.caller, call.dialed,
                call.queue == null ? null : call.queue.name(), call.agent, detail,
                call.mediaSummary(), monitor);
        try {
            listener.onCallEvent(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Call event listener failed on " + event, e);
        }
    }
}
