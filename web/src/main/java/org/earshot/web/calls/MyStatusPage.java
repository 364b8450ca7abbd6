package org.earshot.web.calls;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.earshot.monitoring.CallPrivacy;
import org.earshot.monitoring.MonitoringIndicator;
import org.earshot.monitoring.MonitoringService;
import org.earshot.calls.LiveAgent;
import org.earshot.web.faces.ServiceCall;

/**
 * An agent's own status at home: presence, what they are doing and their call, and whether that
 * call is being monitored, which the service tells only when the call's queue policy shows agents
 * the indicator (and never who monitors), and whether they may mark their answered call private,
 * which the service decides. Re-read on every push, like the live view.
 */
@Named
@RequestScoped
public class MyStatusPage {

    @Inject
    private LiveViewPage liveView;

    @EJB
    private MonitoringService monitoring;

    @Inject
    private ExternalContext external;

    private Optional<LiveAgent> me;
    private Optional<MonitoringIndicator> indicator;
    private Optional<CallPrivacy> privacy;

    /** The agent as the live view shows them; null for a user without an extension. */
    public LiveAgent getMe() {
        if (me == null) {
            // An agent's grant reaches only their own data, so the list holds them alone.
            me = liveView.getAgents().stream()
                    .filter(agent -> agent.username().equals(external.getRemoteUser())).findFirst();
        }
        return me.orElse(null);
    }

    public MonitoringIndicator getIndicator() {
        if (indicator == null) {
            indicator = ServiceCall.query(null, monitoring::myIndicator).flatMap(shown -> shown);
        }
        return indicator.orElse(null);
    }

    /** The agent's answered call's privacy; null without one. */
    public CallPrivacy getPrivacy() {
        if (privacy == null) {
            privacy = ServiceCall.query(null, monitoring::myCallPrivacy).flatMap(shown -> shown);
        }
        return privacy.orElse(null);
    }

    public void markPrivate() {
        CallPrivacy shown = getPrivacy();
        if (shown != null) {
            ServiceCall.change(null, () -> {
                monitoring.markPrivate(shown.callId());
                return "This call is private now: nobody monitors it until it ends";
            });
            privacy = null;
            indicator = null;
        }
    }
}
