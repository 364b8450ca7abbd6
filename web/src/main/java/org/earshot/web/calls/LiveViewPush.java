package org.earshot.web.calls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.earshot.monitoring.MonitoringActivity;
import org.earshot.calls.AgentActivity;
import org.earshot.calls.CallActivity;

/**
 * Tells every open live view, supervisor console and agent's own view that a call, an agent or a
 * monitoring session changed, once the change is committed. The
 * message carries no call or agent data: each browser then re-renders through the services, which
 * show it only its scope.
 */
@ApplicationScoped
public class LiveViewPush {

    /** The websocket channel of the live view, and the message its ajax listens for. */
    public static final String CHANNEL = "liveActivity";

    @Inject
    @Push(channel = CHANNEL)
    private PushContext liveViews;

    void callChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallActivity activity) {
        liveViews.send(CHANNEL);
    }

    void agentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentActivity activity) {
        liveViews.send(CHANNEL);
    }

    /** A monitoring session was requested, connected, switched or ended: consoles and agents' own views follow. */
    void monitoringChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MonitoringActivity activity) {
        liveViews.send(CHANNEL);
    }
}
