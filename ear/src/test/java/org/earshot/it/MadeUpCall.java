package org.earshot.it;

import java.time.Instant;
import org.earshot.calls.TelephonyRecorder;
import org.earshot.telephony.api.CallEvent;

/**
 * A call that only the recorder hears of: its events handed to {@link TelephonyRecorder} as the call
 * event listener would, each in its own transaction, one millisecond apart.
 */
record MadeUpCall(String callId, String agentExtension) {

    static MadeUpCall of(String callId, String agentExtension) {
        return new MadeUpCall(callId, agentExtension);
    }

    void happens(TelephonyRecorder recorder, CallEvent.Type... types) {
        Instant at = Instant.now();
        for (CallEvent.Type type : types) {
            at = at.plusMillis(1);
            CallEvent event = new CallEvent(callId, type, at, "555", agentExtension, null, agentExtension,
                    type == CallEvent.Type.ENDED ? "caller hung up" : null, null);
            As.system(() -> recorder.record(event));
        }
    }
}
