package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.earshot.calls.CallRecordService;
import org.earshot.calls.ShownPresence;
import org.earshot.monitoring.MonitoringService;
import org.earshot.monitoring.MonitoringSessionView;

/**
 * A supervisor's teams now (how many agents are on a call, available, away, logged out; re-read on
 * every push of live activity; counted in the database) and their own monitoring sessions today.
 */
@Named
@RequestScoped
public class SupervisorHome {

    @EJB
    private CallRecordService calls;

    @EJB
    private MonitoringService monitoring;

    private Map<ShownPresence, Long> presence;
    private List<MonitoringSessionView> sessionsToday;

    /** How many of the agents in scope show the presence (ON_CALL, AVAILABLE, AWAY, LOGGED_OUT). */
    public long agents(ShownPresence shown) {
        if (presence == null) {
            presence = calls.liveAgentsByPresence();
        }
        return presence.getOrDefault(shown, 0L);
    }

    public List<MonitoringSessionView> getSessionsToday() {
        if (sessionsToday == null) {
            sessionsToday = monitoring.mySessionsSince(HomePeriods.today());
        }
        return sessionsToday;
    }
}
