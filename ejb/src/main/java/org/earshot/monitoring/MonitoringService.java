package org.earshot.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.telephony.record.CallRecord;
import org.earshot.telephony.record.CallRecordService;
import org.earshot.telephony.record.CallState;

/**
 * Live monitoring for the logged-in user: a supervisor sees the calls they may monitor and in which
 * modes, starts, switches and ends their sessions; an agent learns whether their call is monitored.
 * The supervisor is always the caller, phoned at their extension; {@link MonitoringSessions} checks
 * and audits every step.
 */
// Authorization is decided per call by AccessService and MonitoringSessions (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class MonitoringService {

    /** Earshot does not record calls yet. */
    private static final boolean RECORDED = false;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private MonitoringSessions sessions;

    @EJB
    private CallRecordService calls;

    public MonitoringSessionView start(String callId, MonitoringMode mode, MonitoringPurpose purpose, String note) {
        return sessions.view(sessions.start(caller(), callId, new MonitoringRequest(mode, purpose, false, note)));
    }

    public MonitoringSessionView switchMode(long sessionId, MonitoringMode mode) {
        return sessions.view(sessions.switchMode(caller(), sessionId, mode));
    }

    public void end(long sessionId) {
        sessions.end(caller(), sessionId);
    }

    /** The calls under way whose agent the caller may see, with the modes they may monitor each in now, or why not. */
    public List<MonitorableCall> liveCalls() {
        User me = caller();
        List<CallRecord> underWay = calls.callsUnderWay();
        return underWay.stream().map(call -> monitorable(me, call)).toList();
    }

    /** The caller's sessions that are ringing or connected. */
    public List<MonitoringSessionView> mySessions() {
        return em.createQuery("SELECT s FROM MonitoringSession s WHERE s.supervisorId = :me AND s.state <> :ended ORDER BY s.id",
                        MonitoringSession.class).setParameter("me", caller().getId()).setParameter("ended", SessionState.ENDED)
                .getResultStream().map(sessions::view).toList();
    }

    /** For an agent: their call is monitored and its queue's policy shows it (the most intrusive mode, since it began). */
    public Optional<MonitoringIndicator> myIndicator() {
        List<MonitoringSession> connected = em.createQuery("SELECT s FROM MonitoringSession s WHERE s.agentId = :me"
                        + " AND s.state = :connected", MonitoringSession.class)
                .setParameter("me", caller().getId()).setParameter("connected", SessionState.CONNECTED).getResultList();
        Map<String, List<MonitoringSession>> byCall = connected.stream().collect(Collectors.groupingBy(MonitoringSession::getCallId));
        return byCall.entrySet().stream().filter(e -> indicated(e.getKey())).findFirst().map(e -> {
            List<MonitoringSession> on = e.getValue();
            MonitoringMode mode = on.stream().map(MonitoringSession::getMode).max(Comparator.naturalOrder()).orElseThrow();
            return new MonitoringIndicator(e.getKey(), mode,
                    on.stream().map(MonitoringSession::getConnectedAt).min(Comparator.naturalOrder()).orElseThrow());
        });
    }

    private boolean indicated(String callId) {
        return em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :id", CallRecord.class).setParameter("id", callId)
                .getResultStream().findFirst()
                .map(call -> call.getQueue() == null || call.getQueue().getMonitoringPolicy().isAgentIndicator()).orElse(false);
    }

    private MonitorableCall monitorable(User me, CallRecord call) {
        MonitoringRules rules = sessions.rulesOf(call);
        int monitors = sessions.liveSessionsOf(call.getCallId()).size();
        Set<MonitoringMode> allowed = Set.of();
        String whyNot;
        if (call.getAgent() == null) {
            whyNot = "The call is not with an agent yet";
        } else {
            Set<MonitoringMode> permitted = sessions.permittedModes(me.getUsername(), call.accessTarget());
            allowed = rules.startable(me.getId(), call.getState(), permitted);
            whyNot = allowed.isEmpty() ? whyNone(me, call, rules, permitted) : null;
        }
        return new MonitorableCall(call.getCallId(), call.getAgent() == null ? null : call.getAgent().getId(),
                call.getAgent() == null ? null : call.getAgent().getDisplayName(), call.getAgentExtension(), call.getCaller(),
                call.getQueue() == null ? null : call.getQueue().getName(), call.getState().name(), call.getAnsweredAt(),
                call.getState() == CallState.HELD, monitors, RECORDED, allowed, whyNot);
    }

    /** Why no mode is open: the least intrusive mode's refusal, by grant and group first, then by the rules. */
    private String whyNone(User me, CallRecord call, MonitoringRules rules, Set<MonitoringMode> permitted) {
        if (permitted.isEmpty()) {
            return access.preview(me.getUsername(), Action.MONITOR_CALL, call.accessTarget(),
                    MonitoringMode.LISTEN).reason();
        }
        MonitoringMode least = permitted.stream().min(Comparator.naturalOrder()).orElseThrow();
        return rules.refusalToStart(me.getId(), call.getState(), least).orElse("No mode is open on this call");
    }

    private User caller() {
        return em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class)
                .setParameter("name", access.callerName()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("No user " + access.callerName()));
    }
}
