package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.earshot.access.AccessDecision;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.organization.NotFoundException;

/**
 * Decides whether the caller may have one recording for an action (play, download): the recording
 * is seen through its call, as the call list sees it. A recording that is unknown, deleted or out
 * of the caller's scope is "not found" alike, so that a refusal tells nobody it exists; the refusal
 * is audited, with the true reason, on its own (the request's work is rolled back).
 */
// Reached through RecordingQueries and RecordingPlayback, which name the action.
@PermitAll
@Stateless
public class RecordingAccess {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    @EJB
    private AuditService audit;

    /** A recording the caller may act on, and its call. */
    public record Granted(Recording recording, CallRecord call) {
    }

    public Granted require(UUID id, Action action, RecordingAuditAction audited) {
        Recording recording = id == null ? null : em.find(Recording.class, id);
        CallRecord call = recording == null ? null : em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :call", CallRecord.class)
                .setParameter("call", recording.getCallId()).getResultStream().findFirst().orElse(null);
        String refusal;
        if (recording == null || call == null) {
            refusal = "no such recording";
        } else if (!recording.isReadable()) {
            refusal = "the recording was deleted";
        } else {
            AccessDecision decision = access.decide(access.callerName(), action, call.accessTarget(), null);
            refusal = decision.allowed() ? null : decision.reason();
        }
        if (refusal != null) {
            audit.recordIndependently(RecordingAudit.onCall(audited, AuditOutcome.DENIED, recording == null ? null : recording.getCallId(),
                    id, action + " refused: " + refusal));
            throw new NotFoundException("Recording " + id + " does not exist");
        }
        return new Granted(recording, call);
    }
}
