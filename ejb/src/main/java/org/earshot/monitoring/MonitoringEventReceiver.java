package org.earshot.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import org.earshot.access.SystemRole;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.CallEventListener;

/**
 * Receives every call event from the SIP resource adapter (bound to it in META-INF/jboss-ejb3.xml),
 * beside the call records' receiver, and lets the monitoring sessions follow them: a phone answering
 * or hanging up, a supervisor's key or feature code, a transfer, the call's end. One transaction per event.
 */
// The resource adapter delivers with no caller; the application's security domain would refuse that.
@PermitAll
@RunAs(SystemRole.NAME)
@MessageDriven(messageListenerInterface = CallEventListener.class)
public class MonitoringEventReceiver implements CallEventListener {

    @EJB
    private MonitoringSessions sessions;

    @Override
    public void onCallEvent(CallEvent event) {
        sessions.onCallEvent(event);
    }
}
