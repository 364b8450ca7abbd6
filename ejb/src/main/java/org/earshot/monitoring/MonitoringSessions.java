package org.earshot.monitoring;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.access.AccessDecision;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.access.SystemRole;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.events.ApplicationEvents;
import org.earshot.organization.CallQueue;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.User;
import org.earshot.recording.RecordingControl;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;

/**
 * Starts, switches and ends monitoring sessions, for a supervisor named by the caller: the
 * {@link MonitoringService} passes the logged-in user, the call events the owner of the phone. Every
 * start and switch is decided here (grant and monitoring group through {@link AccessService}, then the
 * {@link MonitoringRules}), carried out through the telephony core's {@link CallControl}, and audited
 * with the supervisor as actor; a refusal is audited as DENIED and thrown as {@link MonitoringRefusedException}.
 */
// Users reach it through MonitoringService, which names them as the supervisor; what only Earshot's
// own listeners and timer may do (call events, re-checks) admits the system role alone.
@PermitAll
@Stateless
public class MonitoringSessions {

    private static final Logger LOG = Logger.getLogger(MonitoringSessions.class.getName());
    private static final String RECORD_KEY = "7";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @EJB
    private ApplicationEvents events;

    @EJB
    private RecordingControl recordingControl;

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory telephony;

    @Resource
    private SessionContext context;

    @Inject
    private Event<MonitoringActivity> activity;

    private MonitoringQueries queries;

    @PostConstruct
    void prepareQueries() {
        queries = new MonitoringQueries(em);
    }

    /** Rings the supervisor's phone to join the call, once everything allows it. */
    public MonitoringSession start(User supervisor, String callId, MonitoringRequest request) {
        Admission admission = admit(supervisor, callId, request);
        long id = self().open(admission, request);
        String telephonyId;
        try (CallControl control = telephony.getConnection()) {
            telephonyId = control.monitor(callId, admission.supervisorExtension(), request.mode());
        } catch (MonitorRefusedException | ResourceException e) {
            self().close(id, e.getMessage());
            throw refuseStart(supervisor, admission.call(), request, e.getMessage());
        }
        MonitoringSession session = queries.locked(id);
        if (session.getTelephonySessionId() == null) {
            session.identifyAs(telephonyId);
        }
        auditStart(session, request.channel());
        return session;
    }

    /** The session of a request's supervisor, committed before the phone rings, so its events find it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(Admission admission, MonitoringRequest request) {
        MonitoringSession session = newSession(admission, request);
        em.persist(session);
        em.flush();
        return session.getId();
    }

    /** A session the telephony core refused right away: it never rang. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void close(long id, String reason) {
        queries.locked(id).end(Instant.now(), "refused by the telephony core: " + reason);
    }

    public MonitoringSession switchMode(User supervisor, long sessionId, MonitoringMode mode, MonitoringChannel channel) {
        MonitoringSession session = ownLocked(supervisor, sessionId, MonitoringAuditAction.MONITOR_MODE_CHANGE, mode, channel);
        switchLocked(session, mode, channel, "");
        return session;
    }

    public void end(User supervisor, long sessionId, MonitoringChannel channel) {
        endLocked(ownLocked(supervisor, sessionId, MonitoringAuditAction.MONITOR_END, null, channel), channel, "ended by the supervisor");
    }

    /** Ends every live session on the call at once, hanging their phones up, for the reason given. */
    public void endAll(String callId, String reason) {
        queries.lockedLiveSessionsOf(callId).forEach(session -> endLocked(session, MonitoringChannel.EARSHOT, reason));
    }

    /** Takes in a call event about monitoring, a transfer or the call's end; events come in order per call. */
    @RolesAllowed(SystemRole.NAME)
    public void onCallEvent(CallEvent event) {
        switch (event.type()) {
            case MONITOR_REQUESTED -> decideRequest(event);
            case MONITOR_STARTED -> queries.sessionOf(event).ifPresent(s -> {
                s.connect(event.at());
                fire(s);
            });
            case MONITOR_MODE_CHANGED -> queries.sessionOf(event).ifPresent(s -> {
                MonitoringMode before = s.getMode();
                s.switchTo(event.monitor().mode(), event.at());
                switched(s, before);
            });
            case MONITOR_ENDED -> queries.sessionOf(event).ifPresent(s -> ended(s, event.at(), MonitoringChannel.TELEPHONY,
                    event.detail()));
            case MONITOR_DTMF -> queries.sessionOf(event).ifPresent(s -> onSupervisorKey(s, event.detail()));
            case TRANSFERRED -> follow(event);
            case ENDED -> queries.lockedLiveSessionsOf(event.callId())
                    .forEach(s -> ended(s, event.at(), MonitoringChannel.TELEPHONY, "call ended"));
            default -> {
                // the other events do not concern monitoring sessions
            }
        }
    }

    /**
     * Decides again, for every live session, whether its supervisor may still monitor the call in its
     * mode (grants, monitoring groups, account, queue policy), and ends those that may not, and those
     * whose call ended unreported. A takeover is left alone: the call is the supervisor's own by then.
     */
    @RolesAllowed(SystemRole.NAME)
    public void recheckAll(String cause) {
        for (Long id : queries.liveSessionIds()) {
            try {
                self().recheck(id, cause);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Monitoring session " + id + " could not be checked again (" + cause + ")", e);
            }
        }
    }

    @RolesAllowed(SystemRole.NAME)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recheck(long id, String cause) {
        MonitoringSession session = queries.locked(id);
        if (!session.getState().isLive() || session.getMode() == MonitoringMode.TAKEOVER) {
            return;
        }
        CallRecord call = queries.callOf(session);
        if (!call.getState().isLive()) {
            // its events were lost; the core has nothing left to end
            ended(session, Instant.now(), MonitoringChannel.EARSHOT, "call ended");
            return;
        }
        AccessDecision decision = access.preview(session.getSupervisorUsername(), Action.MONITOR_CALL, call.accessTarget(),
                session.getMode());
        Optional<String> refusal = decision.allowed() ? rulesOf(call).refusalToContinue(session) : Optional.of(decision.reason());
        refusal.ifPresent(reason -> endLocked(session, MonitoringChannel.EARSHOT, cause + ": " + reason));
    }

    /** The view of a session with the modes its supervisor may switch to now. */
    public MonitoringSessionView view(MonitoringSession session) {
        if (session.getState() != SessionState.CONNECTED) {
            return session.view(Set.of());
        }
        CallRecord call = queries.callOf(session);
        Set<MonitoringMode> permitted = permittedModes(session.getSupervisorUsername(), call.accessTarget());
        return session.view(rulesOf(call).switchable(session, permitted));
    }

    /** The modes the user's grants and monitoring groups allow on the target, without counting it as a use. */
    public Set<MonitoringMode> permittedModes(String username, AccessTarget target) {
        Set<MonitoringMode> modes = EnumSet.noneOf(MonitoringMode.class);
        for (MonitoringMode mode : MonitoringMode.values()) {
            if (access.preview(username, Action.MONITOR_CALL, target, mode).allowed()) {
                modes.add(mode);
            }
        }
        return modes;
    }

    /** The rules for a call: its queue's policy (or the default one) and its live sessions. */
    public MonitoringRules rulesOf(CallRecord call) {
        CallQueue queue = call.getQueue();
        return new MonitoringRules(queue == null ? null : queue.getName(),
                queue == null ? new MonitoringPolicy() : queue.getMonitoringPolicy(), queries.liveSessionsOf(call.getCallId()),
                call.isMarkedPrivate());
    }

    // --- starting

    /** Everything a start needs, once allowed: the call, its agent, the supervisor and their phone. */
    public record Admission(CallRecord call, User supervisor, String supervisorExtension) {
    }

    private Admission admit(User supervisor, String callId, MonitoringRequest request) {
        CallRecord call = queries.call(callId).orElse(null);
        if (call == null || !call.getState().isLive()) {
            throw refuseStart(supervisor, call, request, "Call " + callId + " is not under way");
        }
        if (call.getAgent() == null) {
            throw refuseStart(supervisor, call, request, "The call is not with an agent yet");
        }
        String extension = queries.extensionOf(supervisor);
        if (extension == null) {
            throw refuseStart(supervisor, call, request, "You have no phone extension for Earshot to call");
        }
        Optional<String> refusal = MonitoringRules.refusalOf(request);
        if (refusal.isEmpty()) {
            AccessDecision decision = access.decide(supervisor.getUsername(), Action.MONITOR_CALL, call.accessTarget(), request.mode());
            refusal = decision.allowed() ? rulesOf(call).refusalToStart(supervisor.getId(), call.getState(), request.mode())
                    : Optional.of(decision.reason());
        }
        if (refusal.isPresent()) {
            throw refuseStart(supervisor, call, request, refusal.get());
        }
        return new Admission(call, supervisor, extension);
    }

    private MonitoringSession newSession(Admission admission, MonitoringRequest request) {
        CallRecord call = admission.call();
        return new MonitoringSession(call.getCallId(), admission.supervisor(), admission.supervisorExtension(), call.getAgent(),
                call.getAgentExtension(), call.getQueue(), request, Instant.now());
    }

    private void auditStart(MonitoringSession session, MonitoringChannel channel) {
        audit.recordAs(session.getSupervisorUsername(), MonitoringAudit.of(MonitoringAuditAction.MONITOR_START, session, channel,
                "started in " + session.getMode() + " for " + session.getPurpose().label()
                        + (session.isPurposeDefaulted() ? " (purpose: default)" : "")
                        + (session.getNote() == null ? "" : "; note: " + session.getNote())));
        events.publish(MonitoringLifecycle.Started.of(session), Instant.now());
        fire(session);
    }

    /** A supervisor's feature code: decided like a start from the console, with their default purpose. */
    private void decideRequest(CallEvent event) {
        CallEvent.Monitor request = event.monitor();
        User supervisor = queries.userAt(request.supervisor());
        try (CallControl control = telephony.getConnection()) {
            if (supervisor == null) {
                control.refuseMonitorRequest(request.sessionId(), "Extension " + request.supervisor() + " belongs to no Earshot user");
                return;
            }
            MonitoringRequest asked = new MonitoringRequest(request.mode(), supervisor.getDefaultMonitoringPurpose(), true,
                    event.detail() == null ? null : "feature code " + event.detail(), MonitoringChannel.FEATURE_CODE);
            Admission admission;
            try {
                admission = admit(supervisor, event.callId(), asked);
            } catch (MonitoringRefusedException e) {
                control.refuseMonitorRequest(request.sessionId(), e.getMessage());
                return;
            }
            try {
                control.acceptMonitorRequest(request.sessionId());
            } catch (MonitorRefusedException e) {
                // the supervisor hung up or the request timed out: nothing rings any more
                throw refuseStart(supervisor, admission.call(), asked, e.getMessage());
            }
            MonitoringSession session = newSession(admission, asked);
            session.identifyAs(request.sessionId());
            em.persist(session);
            em.flush();
            auditStart(session, asked.channel());
        } catch (MonitorRefusedException | ResourceException e) {
            LOG.log(Level.WARNING, "Monitoring request " + request.sessionId() + " could not be answered", e);
        } catch (MonitoringRefusedException e) {
            LOG.fine(() -> "Monitoring request " + request.sessionId() + " gone before it was accepted: " + e.getMessage());
        }
    }

    private MonitoringRefusedException refuseStart(User supervisor, CallRecord call, MonitoringRequest request, String reason) {
        audit.recordFor(supervisor.getUsername(), MonitoringAudit.denied(MonitoringAuditAction.MONITOR_START,
                call == null ? null : call.getCallId(), call == null || call.getAgent() == null ? null : call.getAgent().getUsername(),
                call == null || call.getQueue() == null ? null : call.getQueue().getName(), request.mode(), request.purpose(),
                request.channel(), reason));
        return new MonitoringRefusedException(reason);
    }

    // --- switching and ending

    /** A key on the supervisor's phone: 1..4 switch the mode, 7 asks for the call to be recorded from now. */
    private void onSupervisorKey(MonitoringSession session, String key) {
        if (RECORD_KEY.equals(key)) {
            recordingControl.startBySupervisorKey(session.getCallId(), session.getSupervisorUsername());
            return;
        }
        MonitoringMode mode = MonitoringMode.ofKey(key).orElse(null);
        if (mode == null) {
            return; // other keys mean nothing to a session
        }
        try {
            switchLocked(session, mode, MonitoringChannel.PHONE_KEY, " by key " + key);
        } catch (MonitoringRefusedException refused) {
            // audited as denied; the session stays in its mode
        }
    }

    /** Switches the session, checked as a start is; {@code how} completes the audit's "LISTEN -> BARGE". */
    private void switchLocked(MonitoringSession session, MonitoringMode mode, MonitoringChannel channel, String how) {
        if (mode == null) {
            throw refuseSwitch(session, null, channel, "Choose a monitoring mode");
        }
        CallRecord call = queries.callOf(session);
        Optional<String> refusal = rulesOf(call).refusalToSwitch(session, mode);
        if (refusal.isEmpty()) {
            AccessDecision decision = access.decide(session.getSupervisorUsername(), Action.MONITOR_CALL, call.accessTarget(), mode);
            refusal = decision.allowed() ? Optional.empty() : Optional.of(decision.reason());
        }
        if (refusal.isPresent()) {
            throw refuseSwitch(session, mode, channel, refusal.get());
        }
        try (CallControl control = telephony.getConnection()) {
            control.switchMode(session.getTelephonySessionId(), mode);
        } catch (MonitorRefusedException | ResourceException e) {
            throw refuseSwitch(session, mode, channel, e.getMessage());
        }
        MonitoringMode before = session.getMode();
        session.switchTo(mode, Instant.now());
        audit.recordAs(session.getSupervisorUsername(), MonitoringAudit.of(MonitoringAuditAction.MONITOR_MODE_CHANGE, session, channel,
                before + " -> " + mode + how));
        switched(session, before);
        fire(session);
    }

    /** The core reports the switches Earshot asked for as well: only a switch that changed the mode is an event. */
    private void switched(MonitoringSession session, MonitoringMode before) {
        if (session.getMode() != before) {
            events.publish(new MonitoringLifecycle.ModeChanged(session.getId(), session.getCallId(), before, session.getMode()),
                    Instant.now());
        }
    }

    private MonitoringRefusedException refuseSwitch(MonitoringSession session, MonitoringMode mode, MonitoringChannel channel,
                                                    String reason) {
        audit.recordFor(session.getSupervisorUsername(), MonitoringAudit.denied(MonitoringAuditAction.MONITOR_MODE_CHANGE, session.getCallId(),
                session.getAgentUsername(), session.getQueueName(), mode, session.getPurpose(), channel,
                "session " + session.getId() + " in " + session.getMode() + ": " + reason));
        return new MonitoringRefusedException(reason);
    }

    /** Hangs the supervisor's phone up and ends the session with the reason; a takeover cannot be ended so. */
    private void endLocked(MonitoringSession session, MonitoringChannel channel, String reason) {
        if (!session.getState().isLive()) {
            return;
        }
        if (session.getTelephonySessionId() != null) {
            try (CallControl control = telephony.getConnection()) {
                control.endMonitor(session.getTelephonySessionId());
            } catch (MonitorRefusedException e) {
                if (e.reason() != MonitorRefusedException.Reason.NO_SUCH_SESSION) {
                    audit.recordFor(session.getSupervisorUsername(), MonitoringAudit.denied(MonitoringAuditAction.MONITOR_END,
                            session.getCallId(), session.getAgentUsername(), session.getQueueName(), session.getMode(),
                            session.getPurpose(), channel, "session " + session.getId() + ": " + e.getMessage()));
                    throw new MonitoringRefusedException(e.getMessage());
                }
                // the telephony core ended it already; its MONITOR_ENDED finds the session ended with this reason
            } catch (ResourceException e) {
                throw new IllegalStateException("The telephony core could not end monitoring session " + session.getId(), e);
            }
        }
        ended(session, Instant.now(), channel, reason);
    }

    private void ended(MonitoringSession session, Instant at, MonitoringChannel channel, String reason) {
        if (session.end(at, reason)) {
            audit.recordAs(session.getSupervisorUsername(), MonitoringAudit.of(MonitoringAuditAction.MONITOR_END, session, channel,
                    "ended: " + reason));
            events.publish(MonitoringLifecycle.Ended.of(session), at);
            fire(session);
        }
    }

    /** A transferred call: its sessions follow it to an agent their supervisor may monitor, and end otherwise. */
    private void follow(CallEvent event) {
        if (event.agent() == null) {
            return;
        }
        User agent = queries.userAt(event.agent());
        for (MonitoringSession session : queries.lockedLiveSessionsOf(event.callId())) {
            if (session.getMode() == MonitoringMode.TAKEOVER || event.agent().equals(session.getAgentExtension())) {
                continue;
            }
            if (agent == null) {
                endLocked(session, MonitoringChannel.EARSHOT, "call transferred to " + event.agent() + ", who is no Earshot agent");
                continue;
            }
            CallRecord call = queries.callOf(session);
            AccessDecision decision = access.preview(session.getSupervisorUsername(), Action.MONITOR_CALL,
                    AccessTarget.call(event.callId(), agent, call.getQueue()), session.getMode());
            if (decision.allowed()) {
                session.followAgent(agent, event.agent());
                audit.recordAs(session.getSupervisorUsername(), MonitoringAudit.of(MonitoringAuditAction.MONITOR_FOLLOW, session,
                        MonitoringChannel.EARSHOT, "call transferred to " + agent.getUsername() + "; the session follows it"));
                fire(session);
            } else {
                endLocked(session, MonitoringChannel.EARSHOT, "call transferred to " + agent.getUsername()
                        + ", outside the supervisor's monitoring: "
                        + decision.reason());
            }
        }
    }

    // --- lookups

    /**
     * The supervisor's own session, locked, to switch ({@code asked} the mode) or end ({@code asked}
     * null). Another supervisor's session is refused and audited like a refused start, with that
     * session's call and agent. An id no session has is not found, and audited too: ids are
     * consecutive, so a slip cannot be told from a guess at someone's session, and the trail keeps both.
     */
    private MonitoringSession ownLocked(User supervisor, long id, MonitoringAuditAction action, MonitoringMode asked,
                                        MonitoringChannel channel) {
        MonitoringSession session = queries.locked(id);
        if (session == null) {
            audit.recordFor(supervisor.getUsername(), MonitoringAudit.denied(action, null, null, null, asked, null, channel,
                    "no monitoring session " + id));
            throw new NotFoundException("No monitoring session " + id);
        }
        if (!session.getSupervisorId().equals(supervisor.getId())) {
            String reason = "Monitoring session " + id + " is another supervisor's: only they may switch or end it";
            audit.recordFor(supervisor.getUsername(), MonitoringAudit.denied(action, session.getCallId(), session.getAgentUsername(),
                    session.getQueueName(), asked == null ? session.getMode() : asked, null, channel, reason));
            throw new MonitoringRefusedException(reason);
        }
        return session;
    }

    private void fire(MonitoringSession session) {
        activity.fire(new MonitoringActivity(session.getCallId(), session.getId()));
    }

    private MonitoringSessions self() {
        return context.getBusinessObject(MonitoringSessions.class);
    }
}
