package org.earshot.recording;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallLedger;

/**
 * The one way a recording is deleted (retention, erasure, a person's request): in a transaction of
 * its own, the recording is locked, checked against the legal holds once more (a hold created a
 * moment ago wins), its wrapped data key destroyed, its markers and speech signals deleted (the signals
 * taken out of the call aggregates too) and the deletion audited with why; once that is committed its
 * files are removed. A crash in between leaves files no key opens, which the next purge removes.
 */
// Reached only through the governance services, which authorize the caller.
@PermitAll
@Stateless
public class RecordingShredder {

    private static final Logger LOG = Logger.getLogger(RecordingShredder.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    @EJB
    private CallLedger ledger;

    @Inject
    private RecordingVault vault;

    /** What became of one recording asked to be deleted. */
    public record Outcome(UUID recordingId, String callId, LocalDate day, boolean shredded, List<String> heldBy) {

        static Outcome of(Recording recording, List<String> holds) {
            return new Outcome(recording.getId(), recording.getCallId(), recording.getDay(), holds.isEmpty(), holds);
        }
    }

    @Resource
    private SessionContext session;

    /**
     * Deletes the recording: its key in a transaction of its own, then its files.
     *
     * @return what was done; null when there is no such recording, or it was deleted already
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome delete(UUID recordingId, String actor, String why) {
        Outcome outcome = session.getBusinessObject(RecordingShredder.class).shred(recordingId, actor, why);
        if (outcome != null && outcome.shredded()) {
            removeFiles(recordingId, outcome.day());
        }
        return outcome;
    }

    /**
     * Destroys the recording's key, committed on return; refused (and audited as such) while a hold
     * matches it. Null when there is no such recording, or it was deleted already.
     *
     * @param actor who deletes it: the person, or "system" for the timer's purge
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome shred(UUID recordingId, String actor, String why) {
        Recording recording = em.find(Recording.class, recordingId, LockModeType.PESSIMISTIC_WRITE);
        if (recording == null || recording.getDeletedAt() != null) {
            return null;
        }
        if (recording.getStatus() == RecordingStatus.RECORDING) {
            // Its sink is still writing with the data key: the files would outlive the shredding.
            throw GovernanceException.conflict("recording", "The call is still being recorded; delete the recording once it ends");
        }
        List<String> holds = holdsOn(recordingId);
        if (!holds.isEmpty()) {
            audit.recordAs(actor, event(recording, AuditOutcome.DENIED, why + "; kept: on hold (" + String.join(", ", holds) + ")"));
            return Outcome.of(recording, holds);
        }
        recording.shredded(Instant.now());
        em.createQuery("DELETE FROM RecordingMarker m WHERE m.recordingId = :id").setParameter("id", recordingId).executeUpdate();
        em.createQuery("DELETE FROM RecordingSpeech s WHERE s.recordingId = :id").setParameter("id", recordingId).executeUpdate();
        // What was measured of the recording goes with it, from the call aggregates too (docs/dashboards.md).
        ledger.keep(recording.getCallId());
        audit.recordAs(actor, event(recording, AuditOutcome.SUCCESS, why + "; data key destroyed"));
        return Outcome.of(recording, List.of());
    }

    /** The names of the active holds that keep the recording, in the order they were created. */
    public List<String> holdsOn(UUID recordingId) {
        return em.createQuery("SELECT h.name FROM LegalHold h, Recording r WHERE r.id = :id AND " + LegalHold.MATCHES
                + " ORDER BY h.id", String.class).setParameter("id", recordingId).getResultList();
    }

    /**
     * Removes the files of a recording whose key is destroyed (committed): a failure is logged and
     * left for the purge's sweep, since nothing can read those files any more.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void removeFiles(UUID recordingId, LocalDate day) {
        try {
            vault.shred(recordingId, day);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The files of shredded recording " + recordingId + " stay until the next purge", e);
        }
    }

    private static AuditEvent event(Recording recording, AuditOutcome outcome, String detail) {
        return RecordingAudit.onCall(RecordingGovernanceAuditAction.RECORDING_DELETE, outcome, recording.getCallId(),
                recording.getId(), detail);
    }
}
