package org.earshot.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.earshot.access.SystemRole;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;

/**
 * Receives every call event from the SIP resource adapter (bound to it in META-INF/jboss-ejb3.xml)
 * and keeps it in the call's record, one transaction per event. Once that commits, observers of
 * {@link CallActivity} (the console's live view) learn that something changed.
 */
// The resource adapter delivers with no caller; the application's security domain would refuse that.
@PermitAll
// Only Earshot's own listeners may write call records.
@RunAs(SystemRole.NAME)
@MessageDriven(messageListenerInterface = CallEventListener.class)
public class CallEventReceiver implements CallEventListener {

    @EJB
    private TelephonyRecorder recorder;

    @Inject
    private Event<CallActivity> activity;

    @Override
    public void onCallEvent(CallEvent event) {
        CallRecord record = recorder.record(event);
        activity.fire(new CallActivity(record.getCallId(), record.getState()));
    }
}
