package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import org.earshot.access.SystemRole;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;

/**
 * Receives every call event from the SIP resource adapter (bound to it in META-INF/jboss-ejb3.xml),
 * beside the call records' and monitoring's receivers: a call's first event starts its recording if
 * its policy says so, the others mark the recording's timeline and end it. One transaction per event;
 * a failure here loses no call record or monitoring session.
 */
// The resource adapter delivers with no caller; the application's security domain would refuse that.
@PermitAll
@RunAs(SystemRole.NAME)
@MessageDriven(messageListenerInterface = CallEventListener.class)
public class RecordingEventReceiver implements CallEventListener {

    @EJB
    private CallRecordings recordings;

    @Override
    public void onCallEvent(CallEvent event) {
        recordings.onCallEvent(event);
    }
}
