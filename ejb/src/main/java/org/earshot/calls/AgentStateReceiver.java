package org.earshot.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.earshot.access.SystemRole;
import org.earshot.telephony.api.AgentStateListener;
import org.earshot.telephony.api.AgentStateReport;

/**
 * Receives every change of an agent's state from the SIP resource adapter's queue engine (logged
 * in to which queues, available or away, ringing, on a call, wrapping up; bound to the adapter in
 * META-INF/jboss-ejb3.xml) and keeps it, one transaction per change. When what the live view shows
 * changed, observers of {@link AgentActivity} learn it once that commits.
 */
// The resource adapter delivers with no caller; the application's security domain would refuse that.
@PermitAll
// Only Earshot's own listeners may write agent states.
@RunAs(SystemRole.NAME)
@MessageDriven(messageListenerInterface = AgentStateListener.class)
public class AgentStateReceiver implements AgentStateListener {

    @EJB
    private TelephonyRecorder recorder;

    @Inject
    private Event<AgentActivity> activity;

    @Override
    public void onAgentState(AgentStateReport state) {
        recorder.record(state).ifPresent(activity::fire);
    }
}
