package org.earshot.recording;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.events.ApplicationEvents;

/**
 * Recordings still being written when the server stopped cannot be read as they are: their last
 * encrypted segment was never sealed. At startup, before any call event of the new run is delivered,
 * each track's good prefix is re-sealed by the vault, and the recording is marked incomplete
 * ("server stopped while recording") with the lengths recovered and its speech signals (its call
 * track read back once), audited and published as available.
 * Without the keyset nothing can be re-sealed: they stay as they are, for the next start.
 */
// Started by the container, not called by users: nothing to authorize.
@PermitAll
// The keyset must be loaded before anything can be re-sealed.
@DependsOn("KeyEncryptionKeys")
@Singleton
@Startup
public class RecordingRecovery {

    private static final Logger LOG = Logger.getLogger(RecordingRecovery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RecordingVault vault;

    @EJB
    private AuditService audit;

    @EJB
    private ApplicationEvents events;

    @EJB
    private SpeechMeasurement speech;

    @PostConstruct
    void resealWhatThePreviousRunLeftOpen() {
        List<Recording> open = em.createQuery("SELECT r FROM Recording r WHERE r.status = :recording", Recording.class)
                .setParameter("recording", RecordingStatus.RECORDING).getResultList();
        if (open.isEmpty()) {
            return;
        }
        if (!vault.available()) {
            LOG.warning(() -> open.size() + " recording(s) left open by the previous run cannot be recovered now: "
                    + vault.unavailableReason());
            return;
        }
        Instant now = Instant.now();
        for (Recording recording : open) {
            long call = resealed(recording, RecordingTrack.CALL);
            long supervisor = recording.isKeepSupervisor() ? resealed(recording, RecordingTrack.SUPERVISOR) : 0;
            recording.recovered(now, call, supervisor);
            speech.measure(recording);
            audit.recordAs(RecordingAudit.SYSTEM, RecordingAudit.onCall(RecordingAuditAction.RECORDING_RECOVER, AuditOutcome.SUCCESS,
                    recording.getCallId(), recording.getId(), Recording.SERVER_STOPPED + ": " + recording.durationMillis()
                            + " ms recovered"));
            events.publish(RecordingLifecycle.Available.of(recording), now);
        }
        LOG.info("Recovered " + open.size() + " recording(s) the previous run left open");
    }

    /** The track's plaintext length once re-sealed; 0 when it has no file (no supervisor spoke) or nothing good. */
    private long resealed(Recording recording, RecordingTrack track) {
        try {
            return vault.reseal(recording.getId(), recording.getDay(), track, recording.wrappedKey());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(track == RecordingTrack.CALL ? Level.WARNING : Level.FINE, "Track " + track + " of recording "
                    + recording.getId() + " could not be re-sealed", e);
            return 0;
        }
    }
}
