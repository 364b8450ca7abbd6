package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;

/**
 * Keeps the reconciliation's findings: a finding is stored and audited in one transaction, once per
 * kind and subject, so a finding seen again by the next run is neither stored nor audited again.
 */
// Reached only from CompletenessCheck, which authorizes people's runs.
@PermitAll
@Stateless
public class FindingLedger {

    // The reconciliation's progress on the recordings' own rows, which the entity maps read-only: each statement writes
    // its one column and leaves the version alone, so a recording being finished meanwhile is not refused for it.
    static final String CALL_CHECKED = "UPDATE recording SET call_checked = TRUE WHERE id = ?";
    static final String CALLS_KNOWN = "UPDATE recording SET call_checked = TRUE WHERE NOT call_checked AND deleted_at IS NULL"
            + " AND started_at < ? AND EXISTS (SELECT 1 FROM call_record c WHERE c.call_id = recording.call_id)";
    static final String EXAMINED = "UPDATE recording SET examined = TRUE WHERE id = ?";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    /** The finding stored and audited now; empty when it was found before. */
    public Optional<FindingView> record(Finding finding, String actor) {
        boolean known = !em.createQuery("SELECT f.id FROM CompletenessFinding f WHERE f.kind = :kind AND f.subject = :subject", Long.class)
                .setParameter("kind", finding.kind()).setParameter("subject", finding.subject()).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return Optional.empty();
        }
        CompletenessFinding stored = new CompletenessFinding(finding, Instant.now());
        em.persist(stored);
        em.flush();
        audit.recordAs(actor, RecordingAudit.onCall(RecordingGovernanceAuditAction.RECORDING_FINDING, AuditOutcome.FAILED,
                finding.callId(), finding.recordingId(), finding.kind() + ": " + finding.detail()));
        return Optional.of(stored.view());
    }

    /** The recording's call record was looked for (it has none: its finding is recorded): later runs leave it alone. */
    public void callChecked(UUID recordingId) {
        em.createNativeQuery(CALL_CHECKED).setParameter(1, recordingId).executeUpdate();
    }

    /** Every recording started before settled whose call record is there now: checked at once. */
    public void callsKnown(Instant settled) {
        em.createNativeQuery(CALLS_KNOWN).setParameter(1, settled).executeUpdate();
    }

    /** The recording's audio was examined: later runs leave it alone, whatever they found in it. */
    public void examined(UUID recordingId) {
        em.createNativeQuery(EXAMINED).setParameter(1, recordingId).executeUpdate();
    }
}
