package org.earshot.recording;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.access.SystemRole;
import org.earshot.audit.AuditOutcome;
import org.earshot.audit.AuditService;
import org.earshot.events.ApplicationEvents;
import org.earshot.telephony.api.CallEvent;

/**
 * Follows calls for their recordings: a call's first event (QUEUED for a queue call, RINGING for a
 * dialed extension) starts its recording when its queue's policy (or the organization default)
 * says so; the recorded call's later events become markers on the recording's timeline, and
 * RECORDING_STOPPED finishes it with the lengths the vault reads and its speech signals, and
 * publishes it as available.
 */
@RolesAllowed(SystemRole.NAME)
@Stateless
public class CallRecordings {

    /** The actor of what the policy does on its own, in the audit trail. */
    static final String POLICY = "recording policy";

    private static final Logger LOG = Logger.getLogger(CallRecordings.class.getName());
    private static final SecureRandom DRAW = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private RecordingStarter starter;

    @EJB
    private AuditService audit;

    @EJB
    private RecordingControl control;

    @EJB
    private ApplicationEvents events;

    @EJB
    private SpeechMeasurement speech;

    @Inject
    private RecordingVault vault;

    private PolicyLookup policies;
    private MarkerLabels labels;

    @PostConstruct
    void prepare() {
        policies = new PolicyLookup(em);
        labels = new MarkerLabels(em);
    }

    /** Takes in a call event; a call's events come in order. */
    public void onCallEvent(CallEvent event) {
        if (event.type() == CallEvent.Type.RECORDING_REQUESTED) {
            control.startByAgentKey(event.callId());
            return;
        }
        if (isFirst(event)) {
            recordIfPolicySays(event);
            return;
        }
        recordingOf(event.callId()).ifPresent(recording -> follow(recording, event));
    }

    // RINGING also rings each next agent of a queue call, which began with QUEUED.
    private static boolean isFirst(CallEvent event) {
        return event.type() == CallEvent.Type.QUEUED
                || event.type() == CallEvent.Type.RINGING && event.queue() == null;
    }

    private void recordIfPolicySays(CallEvent event) {
        if (recordingOf(event.callId()).isPresent() || em.find(RecordingMissed.class, event.callId()) != null) {
            return; // a repeated first event (a queue call queued again) decides nothing new
        }
        RecordingPolicy policy = policies.applyingToQueueCalled(event.queue());
        if (!policy.recordsFromStart(() -> DRAW.nextInt(100))) {
            return;
        }
        RecordingStart start = starter.start(event.callId(), RecordingTerms.of(policy));
        if (start.isStarted()) {
            audit.recordAs(POLICY, RecordingAudit.onCall(RecordingAuditAction.RECORDING_START, AuditOutcome.SUCCESS, event.callId(),
                    start.recordingId(), "recorded by the " + policy.getMode() + " policy"));
        } else {
            LOG.warning(() -> "Call " + event.callId() + " should have been recorded but is not: " + start.refusal());
            em.persist(new RecordingMissed(event.callId(), event.at(), start.refusal()));
            audit.recordAs(POLICY, RecordingAudit.onCall(RecordingAuditAction.RECORDING_MISSED, AuditOutcome.FAILED, event.callId(),
                    null, "should have been recorded: " + start.refusal()));
        }
    }

    private void follow(Recording recording, CallEvent event) {
        Instant at = event.at();
        switch (event.type()) {
            case ANSWERED -> {
                recording.answered(at);
                mark(recording, event, MarkerType.ANSWERED, labels.agent(event.agent()), labels.usernameAt(event.agent()));
            }
            case HELD -> mark(recording, event, MarkerType.HELD, null, null);
            case RESUMED -> mark(recording, event, MarkerType.RESUMED, null, null);
            case TRANSFERRED -> mark(recording, event, MarkerType.TRANSFERRED, labels.agent(event.agent()),
                    labels.usernameAt(event.agent()));
            case MONITOR_STARTED -> {
                recording.monitoredNow();
                mark(recording, event, MarkerType.MONITOR_STARTED, labels.monitoring(event), labels.supervisor(event));
            }
            case MONITOR_MODE_CHANGED -> mark(recording, event, MarkerType.MONITOR_MODE_CHANGED, event.detail(),
                    labels.supervisor(event));
            case MONITOR_ENDED -> mark(recording, event, MarkerType.MONITOR_ENDED, event.detail(), labels.supervisor(event));
            case DTMF -> mark(recording, event, MarkerType.DTMF, event.detail(), null);
            case RECORDING_STARTED -> recording.started(at, notRecordedMillis(event.detail()));
            case RECORDING_PAUSED -> {
                recording.pausedNow();
                mark(recording, event, MarkerType.RECORDING_PAUSED, event.detail(), labels.pausedBy(event));
            }
            case RECORDING_RESUMED -> mark(recording, event, MarkerType.RECORDING_RESUMED, event.detail(), labels.pausedBy(event));
            case RECORDING_STOPPED -> {
                recording.stopped(at, event.detail(), lengthOf(recording, RecordingTrack.CALL),
                        recording.isKeepSupervisor() ? lengthOf(recording, RecordingTrack.SUPERVISOR) : 0);
                mark(recording, event, MarkerType.RECORDING_STOPPED, event.detail(), null);
                speech.measure(recording);
                events.publish(RecordingLifecycle.Available.of(recording), at);
            }
            default -> {
                // the rest (queued, ringing, transferring, the call's end) does not show on the recording
            }
        }
    }

    private void mark(Recording recording, CallEvent event, MarkerType type, String label, String actor) {
        em.persist(new RecordingMarker(recording.getId(), event.at(), recording.offsetOf(event.at()), type, label, actor));
    }

    /** The length of a finished track's audio; 0 when it has none (no supervisor spoke) or cannot be read. */
    private long lengthOf(Recording recording, RecordingTrack track) {
        try (var audio = vault.openForReading(recording.getId(), recording.getDay(), track, recording.wrappedKey())) {
            return audio.size();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(track == RecordingTrack.CALL ? Level.WARNING : Level.FINE, "Track " + track + " of recording "
                    + recording.getId() + " has no readable audio", e);
            return 0;
        }
    }

    private static long notRecordedMillis(String detail) {
        try {
            return detail == null ? 0 : Long.parseLong(detail.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Optional<Recording> recordingOf(String callId) {
        return em.createQuery("SELECT r FROM Recording r WHERE r.callId = :call", Recording.class).setParameter("call", callId)
                .getResultStream().findFirst();
    }
}
