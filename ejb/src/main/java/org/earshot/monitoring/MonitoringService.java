package org.earshot.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.organization.OrganizationAuditAction;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallActivity;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallRecordService;
import org.earshot.calls.CallScope;
import org.earshot.calls.CallState;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.recording.RecordedCalls;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Live monitoring for the logged-in user: a supervisor sees the calls they may monitor and in which
 * modes, starts, switches and ends their sessions; an agent learns whether their call is monitored.
 * The supervisor is always the caller, phoned at their extension; {@link MonitoringSessions} checks
 * and audits every step. An agent may mark their own call private when its queue's policy allows it,
 * which ends the sessions on it and keeps supervisors off it until it ends.
 */
// Authorization is decided per call by AccessService and MonitoringSessions (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class MonitoringService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private MonitoringSessions sessions;

    @EJB
    private CallRecordService calls;

    @EJB
    private AuditService audit;

    @Inject
    private Event<CallActivity> callActivity;

    private MonitoringQueries queries;

    @PostConstruct
    void prepareQueries() {
        queries = new MonitoringQueries(em);
    }

    /** The channel is where the caller asked (the console's page, or the REST API), for the audit trail. */
    public MonitoringSessionView start(String callId, MonitoringMode mode, MonitoringPurpose purpose, String note,
                                       MonitoringChannel channel) {
        return sessions.view(sessions.start(caller(), callId, new MonitoringRequest(mode, purpose, false, note, channel)));
    }

    /** Switches one of the caller's sessions; someone else's is refused (and audited), an unknown id is not found. */
    public MonitoringSessionView switchMode(long sessionId, MonitoringMode mode, MonitoringChannel channel) {
        return sessions.view(sessions.switchMode(caller(), sessionId, mode, channel));
    }

    /** Ends one of the caller's sessions; someone else's is refused (and audited), an unknown id is not found. */
    public void end(long sessionId, MonitoringChannel channel) {
        sessions.end(caller(), sessionId, channel);
    }

    /** The purpose the caller's feature codes are audited with. */
    public MonitoringPurpose myDefaultPurpose() {
        return caller().getDefaultMonitoringPurpose();
    }

    /** Sets the purpose the caller's feature codes are audited with; audited. */
    public MonitoringPurpose preferPurpose(MonitoringPurpose purpose) {
        User me = caller();
        me.preferMonitoringPurpose(purpose);
        audit.record(AuditEvent.of(OrganizationAuditAction.ORG_UPDATE, "User", me.getId(),
                "default monitoring purpose of " + me.getUsername() + ": " + purpose.label()));
        return purpose;
    }

    /** The calls under way whose agent the caller may see, with the modes they may monitor each in now, or why not. */
    public List<MonitorableCall> liveCalls() {
        User me = caller();
        List<CallRecord> underWay = calls.callsUnderWay();
        Set<String> recorded = RecordedCalls.beingRecorded(em, underWay.stream().map(CallRecord::getCallId).toList());
        return underWay.stream().map(call -> monitorable(me, call, recorded.contains(call.getCallId()))).toList();
    }

    /** The caller's sessions that are ringing or connected. */
    public List<MonitoringSessionView> mySessions() {
        return em.createQuery("SELECT s FROM MonitoringSession s WHERE s.supervisorId = :me AND s.state <> :ended ORDER BY s.id",
                        MonitoringSession.class).setParameter("me", caller().getId()).setParameter("ended", SessionState.ENDED)
                .getResultStream().map(sessions::view).toList();
    }

    /** The caller's own sessions requested since {@code from}, ended ones too, newest first. */
    public List<MonitoringSessionView> mySessionsSince(Instant from) {
        return em.createQuery("SELECT s FROM MonitoringSession s WHERE s.supervisorId = :me AND s.requestedAt >= :from"
                        + " ORDER BY s.requestedAt DESC, s.id DESC", MonitoringSession.class)
                .setParameter("me", caller().getId()).setParameter("from", from).getResultStream().map(sessions::view).toList();
    }

    /** How many calls whose agent or queue the caller may see (VIEW_CALL) someone is monitoring now (a session connected). */
    public long monitoredNow() {
        return CallScope.bind(em.createQuery("SELECT COUNT(DISTINCT s.callId) FROM MonitoringSession s JOIN CallRecord c ON c.callId = s.callId"
                        + " LEFT JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q WHERE s.state = :connected AND " + CallScope.CALLS,
                        Long.class), access.visibleScope(Action.VIEW_CALL))
                .setParameter("connected", SessionState.CONNECTED).getSingleResult();
    }

    /** For an agent: their call is monitored and its queue's policy shows it (the most intrusive mode, since that mode began). */
    public Optional<MonitoringIndicator> myIndicator() {
        List<MonitoringSession> connected = em.createQuery("SELECT s FROM MonitoringSession s WHERE s.agentId = :me"
                        + " AND s.state = :connected", MonitoringSession.class)
                .setParameter("me", caller().getId()).setParameter("connected", SessionState.CONNECTED).getResultList();
        Map<String, List<MonitoringSession>> byCall = connected.stream().collect(Collectors.groupingBy(MonitoringSession::getCallId));
        return byCall.entrySet().stream().filter(e -> indicated(e.getKey())).findFirst()
                .map(e -> MonitoringIndicator.of(e.getKey(), e.getValue()));
    }

    /** For an agent: their answered call, whether it is private, and whether they may mark it so now. */
    public Optional<CallPrivacy> myCallPrivacy() {
        User me = caller();
        return queries.answeredCallOf(me).map(call -> new CallPrivacy(call.getCallId(), call.isMarkedPrivate(),
                sessions.rulesOf(call).refusalToMarkPrivate(true, call.getState()).orElse(null)));
    }

    /**
     * The agent on the call marks it private, if its queue's policy lets them: the sessions on it end at
     * once ("call marked private") and no supervisor may start monitoring it until it ends. Audited,
     * refusals as DENIED.
     */
    public void markPrivate(String callId) {
        User me = caller();
        CallRecord call = queries.lockedCall(callId).orElseThrow(() -> new NotFoundException("No call " + callId));
        boolean own = call.getAgent() != null && call.getAgent().getId().equals(me.getId());
        Optional<String> refusal = sessions.rulesOf(call).refusalToMarkPrivate(own, call.getState());
        if (refusal.isPresent()) {
            audit.recordFor(me.getUsername(), privacyEvent(call, AuditOutcome.DENIED, refusal.get()));
            throw new MonitoringRefusedException(refusal.get());
        }
        call.markPrivate(Instant.now());
        audit.record(privacyEvent(call, AuditOutcome.SUCCESS, "marked private by its agent"));
        sessions.endAll(callId, "call marked private");
        callActivity.fire(new CallActivity(callId, call.getState()));
    }

    private static AuditEvent privacyEvent(CallRecord call, AuditOutcome outcome, String detail) {
        return MonitoringAudit.onCall(MonitoringAuditAction.CALL_MARK_PRIVATE, outcome, call.getCallId(),
                call.getAgent() == null ? null : call.getAgent().getUsername(), call.getQueue() == null ? null : call.getQueue().getName(),
                detail);
    }

    private boolean indicated(String callId) {
        return queries.call(callId)
                .map(call -> call.getQueue() == null || call.getQueue().getMonitoringPolicy().isAgentIndicator()).orElse(false);
    }

    private MonitorableCall monitorable(User me, CallRecord call, boolean recorded) {
        MonitoringRules rules = sessions.rulesOf(call);
        int monitors = queries.liveSessionsOf(call.getCallId()).size();
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
                call.getState() == CallState.HELD, monitors, recorded, allowed, whyNot);
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
        return queries.userNamed(access.callerName()).orElseThrow(() -> new NotFoundException("No user " + access.callerName()));
    }
}
