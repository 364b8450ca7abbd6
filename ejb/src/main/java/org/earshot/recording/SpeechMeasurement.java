package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.calls.CallLedger;

/**
 * Keeps a finished recording's speech signals, in the transaction that finishes it: from the activity
 * its sink measured while writing, or else (a recording recovered at start-up, or one this run did
 * not write) from its decrypted call track read back once through the vault; and counts them into the
 * call aggregates ({@link CallLedger}). Audio that cannot be
 * read leaves the recording without signals, which no signal filter then matches.
 */
// Reached only from the recording lifecycle (CallRecordings, RecordingRecovery), never by users.
@PermitAll
@Stateless
public class SpeechMeasurement {

    private static final Logger LOG = Logger.getLogger(SpeechMeasurement.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SpeechActivities activities;

    @Inject
    private RecordingVault vault;

    @EJB
    private CallLedger ledger;

    /** Measures the recording once; a recording measured already is left as it is. */
    public void measure(Recording recording) {
        if (em.find(RecordingSpeech.class, recording.getId()) != null) {
            return;
        }
        Optional<SpeechActivity> written = activities.take(recording.getId());
        RecordingSpeech.Source source = written.isPresent() ? RecordingSpeech.Source.RECORDER : RecordingSpeech.Source.READ_BACK;
        Optional<SpeechActivity> activity = written.isPresent() ? written : readBack(recording);
        if (activity.isPresent()) {
            em.persist(new RecordingSpeech(recording.getId(),
                    new ConversationTimeline(activity.get(), TimelineSpans.of(markersOf(recording))).signals(), source));
            ledger.keep(recording.getCallId());
        }
    }

    private Optional<SpeechActivity> readBack(Recording recording) {
        if (!recording.isReadable()) {
            return Optional.empty();
        }
        try (SeekableByteChannel track = vault.openForReading(recording.getId(), recording.getDay(), RecordingTrack.CALL,
                recording.wrappedKey())) {
            return Optional.of(SpeechActivityMeter.of(track));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.WARNING, "Recording " + recording.getId() + " has no speech signals: its audio cannot be read", e);
            return Optional.empty();
        }
    }

    private List<RecordingMarkerView> markersOf(Recording recording) {
        return em.createQuery("SELECT m FROM RecordingMarker m WHERE m.recordingId = :id", RecordingMarker.class)
                .setParameter("id", recording.getId()).getResultStream().map(RecordingMarker::view).toList();
    }
}
