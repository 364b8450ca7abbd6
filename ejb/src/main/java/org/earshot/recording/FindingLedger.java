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

    /** The recording's audio was examined: later runs leave it alone, whatever they found in it. */
    public void examined(UUID recordingId) {
        if (em.find(RecordingChecked.class, recordingId) == null) {
            em.persist(new RecordingChecked(recordingId, Instant.now()));
        }
    }
}
