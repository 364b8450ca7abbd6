package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;

/**
 * A data subject's erasure request (a caller asks for their recordings to be erased): the
 * recordings of the calls from their number are deleted one by one through
 * {@link RecordingShredder} ("erasure request REF", audited per recording), except those a legal
 * hold keeps, which the report names with their holds. The request is audited with what it did.
 * Call records stay: they are the calls' accounting, not their audio.
 */
// Authorization is decided by GovernanceGuard (MANAGE_RECORDINGS), not by EJB role lists.
@PermitAll
@Stateless
// Each recording's deletion commits on its own: a failure halfway keeps what was erased, and the report says what that was.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Erasure {

    private static final int REFERENCE_LENGTH = 100;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private GovernanceGuard guard;

    @EJB
    private RecordingShredder shredder;

    @EJB
    private AuditService audit;

    /**
     * @param callerNumber the number as the caller gives it (spaces, dashes and a SIP address are fine)
     * @param reference    the request's reference in the data-protection register, for the audit trail
     */
    public ErasureReport eraseCaller(String callerNumber, String reference) {
        String by = guard.requireManage();
        CallerNumber caller = CallerNumber.parse(callerNumber);
        if (reference == null || reference.isBlank()) {
            throw new GovernanceException("reference", "Give the request's reference");
        }
        if (reference.strip().length() > REFERENCE_LENGTH) {
            throw new GovernanceException("reference", "A reference has at most " + REFERENCE_LENGTH + " characters");
        }
        String ref = reference.strip();
        List<GovernedRecording> erased = new ArrayList<>();
        List<GovernedRecording> held = new ArrayList<>();
        List<GovernedRecording> recording = new ArrayList<>();
        List<Object[]> found = em.createQuery(GovernedRecording.WITH_CALL + " WHERE r.deletedAt IS NULL AND c.caller = :caller"
                + " ORDER BY r.startedAt, r.id", Object[].class).setParameter("caller", caller.value()).getResultList();
        for (Object[] row : found) {
            Recording r = (Recording) row[0];
            CallRecord c = (CallRecord) row[1];
            if (r.getStatus() == RecordingStatus.RECORDING) {
                recording.add(GovernedRecording.of(r, c, List.of()));
                continue;
            }
            RecordingShredder.Outcome outcome = shredder.delete(r.getId(), by, "erasure request " + ref);
            if (outcome != null) {
                (outcome.shredded() ? erased : held).add(GovernedRecording.of(r, c, outcome.heldBy()));
            }
        }
        ErasureReport report = new ErasureReport(ref, caller.value(), erased, held, recording);
        audit.recordFor(by, AuditEvent.of(RecordingGovernanceAuditAction.RECORDING_ERASURE, "ErasureRequest", ref, report.summary()));
        return report;
    }
}
