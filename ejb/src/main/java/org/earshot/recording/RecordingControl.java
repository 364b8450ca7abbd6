package org.earshot.recording;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import java.util.Optional;
import java.util.UUID;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.access.SystemRole;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallState;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;

/**
 * People acting on a call's recording while the call goes on: starting it on demand (when the
 * policy is not "never", from the console, the API or a key on the phone), pausing it while the
 * caller gives card details, resuming it. The call's own
 * agent may start it, and pause and resume it when the policy lets agents pause; a supervisor may on
 * the calls in their scope (CONTROL_RECORDING). Every request is audited; a refused one as DENIED,
 * thrown as {@link RecordingRefusedException} with the reason.
 */
// Authorization is decided per call by AccessService and the policy, not by EJB role lists.
@PermitAll
@Stateless
public class RecordingControl {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    @EJB
    private RecordingStarter starter;

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory telephony;

    private PolicyLookup policies;

    @PostConstruct
    void preparePolicies() {
        policies = new PolicyLookup(em);
    }

    /** Starts recording the call from now; its RECORDING_STARTED event says how much of it went unrecorded. */
    public UUID startOnDemand(String callId) {
        return startOnDemand(callId, access.callerName(), "");
    }

    /**
     * The call's agent pressed {@code *3} on their phone: decided and audited as the agent's request
     * from the console would be. A refusal is audited; the call goes on unrecorded.
     */
    @RolesAllowed(SystemRole.NAME)
    public void startByAgentKey(String callId) {
        String agent = em.createQuery("SELECT c.agent.username FROM CallRecord c WHERE c.callId = :id", String.class)
                .setParameter("id", callId).getResultStream().findFirst().orElse(SystemRole.NAME);
        startByKey(callId, agent, "*3");
    }

    /** A supervisor monitoring the call pressed {@code 7}: decided and audited as their request from the console. */
    @RolesAllowed(SystemRole.NAME)
    public void startBySupervisorKey(String callId, String supervisor) {
        startByKey(callId, supervisor, "7");
    }

    private void startByKey(String callId, String username, String key) {
        try {
            startOnDemand(callId, username, " by key " + key);
        } catch (RecordingRefusedException refused) {
            // audited as denied, in the name of whoever pressed the key
        }
    }

    private UUID startOnDemand(String callId, String username, String how) {
        CallRecord call = liveCall(callId, RecordingAuditAction.RECORDING_START, username);
        RecordingPolicy policy = policies.applyingTo(call.getQueue());
        Optional<String> refusal = whoMayNot(call, true, username)
                .or(() -> policy.allowsOnDemand() ? Optional.empty() : Optional.of("The call's recording policy is never to record"))
                .or(() -> recordingOf(callId).map(r -> "The call is recorded already"));
        refusal.ifPresent(reason -> refuse(call, RecordingAuditAction.RECORDING_START, reason, username));
        RecordingStart start = starter.start(callId, RecordingTerms.of(policy));
        if (!start.isStarted()) {
            refuse(call, RecordingAuditAction.RECORDING_START, start.refusal(), username);
        }
        audit.recordAs(username, event(call, RecordingAuditAction.RECORDING_START, AuditOutcome.SUCCESS, start.recordingId(),
                "started on demand by " + username + how));
        return start.recordingId();
    }

    /** Pauses the call's recording: silence is recorded and keys are reported masked until it resumes. */
    public void pause(String callId) {
        pauseOrResume(callId, RecordingAuditAction.RECORDING_PAUSE);
    }

    public void resume(String callId) {
        pauseOrResume(callId, RecordingAuditAction.RECORDING_RESUME);
    }

    private void pauseOrResume(String callId, RecordingAuditAction action) {
        String username = access.callerName();
        CallRecord call = liveCall(callId, action, username);
        boolean agentsMayPause = policies.applyingTo(call.getQueue()).isAgentsMayPause();
        whoMayNot(call, agentsMayPause, username).ifPresent(reason -> refuse(call, action, reason, username));
        Recording recording = recordingOf(callId).orElse(null);
        if (recording == null || recording.getStatus() != RecordingStatus.RECORDING) {
            refuse(call, action, "The call is not being recorded", username);
        }
        boolean pause = action == RecordingAuditAction.RECORDING_PAUSE;
        boolean done;
        try (CallControl control = telephony.getConnection()) {
            done = pause ? control.pauseRecording(callId, username) : control.resumeRecording(callId, username);
        } catch (ResourceException e) {
            throw refuse(call, action, "The telephony core is unavailable: " + e.getMessage(), username);
        }
        if (!done) {
            refuse(call, action, pause ? "The recording is paused already, or not started yet" : "The recording is not paused",
                    username);
        }
        audit.record(event(call, action, AuditOutcome.SUCCESS, recording.getId(), (pause ? "paused by " : "resumed by ")
                + username));
    }

    /** Why the user may not act on the call's recording: neither its agent (where agents may) nor a supervisor in scope. */
    private Optional<String> whoMayNot(CallRecord call, boolean agentMay, String username) {
        User agent = call.getAgent();
        if (agentMay && agent != null && agent.getUsername().equals(username) && !call.isAgentReleased()) {
            return Optional.empty();
        }
        var decision = access.decide(username, Action.CONTROL_RECORDING, call.accessTarget(), null);
        if (decision.allowed()) {
            return Optional.empty();
        }
        boolean own = agent != null && agent.getUsername().equals(username);
        return Optional.of(own ? "The call's recording policy does not let agents pause" : decision.reason());
    }

    /** The call, locked so that two requests on it apply one after the other; an ended or unknown one is refused. */
    private CallRecord liveCall(String callId, RecordingAuditAction action, String username) {
        CallRecord call = em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :id", CallRecord.class)
                .setParameter("id", callId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (call == null || call.getState() == CallState.ENDED) {
            audit.recordFor(username, RecordingAudit.onCall(action, AuditOutcome.DENIED, callId, null,
                    call == null ? "no such call" : "the call has ended"));
            throw new RecordingRefusedException(call == null ? "No call " + callId + " is under way" : "The call has ended");
        }
        return call;
    }

    private Optional<Recording> recordingOf(String callId) {
        return em.createQuery("SELECT r FROM Recording r WHERE r.callId = :call", Recording.class).setParameter("call", callId)
                .getResultStream().findFirst();
    }

    /** Audits the refusal on its own (the request's work is rolled back) and throws it. */
    private RecordingRefusedException refuse(CallRecord call, RecordingAuditAction action, String reason, String username) {
        audit.recordFor(username, event(call, action, AuditOutcome.DENIED, null, reason));
        throw new RecordingRefusedException(reason);
    }

    private static AuditEvent event(CallRecord call, RecordingAuditAction action, AuditOutcome outcome, UUID recordingId,
                                    String detail) {
        return RecordingAudit.about(RecordingAudit.onCall(action, outcome, call.getCallId(), recordingId, detail),
                call.getAgent() == null ? null : call.getAgent().getUsername(), call.getQueue() == null ? null : call.getQueue().getName());
    }
}
