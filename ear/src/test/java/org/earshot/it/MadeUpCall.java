package org.earshot.it;

import java.time.Instant;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.telephony.api.CallEvent;

/**
 * A call that only the recorder hears of: its events handed to {@link TelephonyRecorder} as the call
 * event listener would, each in its own transaction, one millisecond apart; direct to the agent's
 * extension, or through a queue (by its number).
 */
record MadeUpCall(String callId, String agentExtension, String queue) {

    static MadeUpCall of(String callId, String agentExtension) {
        return new MadeUpCall(callId, agentExtension, null);
    }

    static MadeUpCall throughQueue(String callId, String queue, String agentExtension) {
        return new MadeUpCall(callId, agentExtension, queue);
    }

    void happens(TelephonyRecorder recorder, CallEvent.Type... types) {
        Instant at = Instant.now();
        for (CallEvent.Type type : types) {
            at = at.plusMillis(1);
            CallEvent event = new CallEvent(callId, type, at, "555", queue == null ? agentExtension : queue, queue, agentExtension,
                    type == CallEvent.Type.ENDED ? "caller hung up" : null, null);
            As.system(() -> recorder.record(event));
        }
    }
}
