package org.earshot.recording;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;
import org.earshot.telephony.api.RecordingEnd;

/**
 * Asks the telephony core to record a call into a new encrypted recording. The recording's row (with
 * its wrapped data key) commits on its own before the core is asked, so the call's RECORDING_ events
 * always find it; a recording the core does not take is deleted again, files and all. Callers decide
 * and audit: the policy when a call starts ({@link CallRecordings}), people on demand ({@link RecordingControl}).
 */
// Reached only through CallRecordings (the system role) and RecordingControl, which decide who may record.
@PermitAll
@Stateless
public class RecordingStarter {

    /** The call's agent and queue as its record names them; no row when the call has no record yet. */
    static final String CALL_AGENT_AND_QUEUE = "SELECT agent_user_id, queue_id FROM call_record WHERE call_id = ?";

    private static final Logger LOG = Logger.getLogger(RecordingStarter.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RecordingVault vault;

    @Inject
    private SpeechActivities speech;

    @Resource(lookup = "java:/eis/earshot/CallControl")
    private CallControlFactory telephony;

    @Resource
    private SessionContext context;

    /** Records the call from its answer, or from now if it is answered; the refusal says why not, for people. */
    public RecordingStart start(String callId, RecordingTerms terms) {
        if (!vault.available()) {
            return RecordingStart.refused("recordings are unavailable: " + vault.unavailableReason());
        }
        Recording recording;
        try {
            recording = self().open(callId, terms);
        } catch (RecordingUnavailableException e) {
            return RecordingStart.refused("recordings are unavailable: " + e.getMessage());
        }
        String refusal = arm(recording, terms);
        if (refusal == null) {
            return RecordingStart.started(recording.getId());
        }
        self().discard(recording.getId());
        return RecordingStart.refused(refusal);
    }

    /**
     * The recording's row with a new data key and its call's agent and queue, committed before the core is asked.
     * Their agent cannot change unseen before the row commits ({@link RecordingsFollowCalls}): a recording on demand
     * is made while its request holds the call record locked ({@link RecordingControl}), which this transaction does
     * not wait for, as it only reads; one by the policy on the call's first event, which the call's later events
     * reach only once it is handled. Without a call record yet (the first event reached the recordings first), the
     * record gives them when it is made.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Recording open(String callId, RecordingTerms terms) {
        if (em.createQuery("SELECT COUNT(r) FROM Recording r WHERE r.callId = :call", Long.class).setParameter("call", callId)
                .getSingleResult() > 0) {
            throw new RecordingRefusedException("The call is recorded already");
        }
        List<?> found = em.createNativeQuery(CALL_AGENT_AND_QUEUE).setParameter(1, callId).getResultList();
        Object[] call = found.isEmpty() ? new Object[2] : (Object[]) found.get(0);
        WrappedKey key = vault.newDataKey();
        Recording recording = new Recording(callId, id(call[0]), id(call[1]), Instant.now(), key.wrapped(), key.kekId(), terms);
        em.persist(recording);
        return recording;
    }

    private static Long id(Object column) {
        return column == null ? null : ((Number) column).longValue();
    }

    /** A recording the core did not take: nothing was recorded, so nothing is kept. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void discard(UUID id) {
        Recording recording = em.find(Recording.class, id);
        try {
            vault.shred(id, recording.getDay());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "The files of recording " + id + ", which never started, could not be removed", e);
        }
        em.remove(recording);
    }

    /**
     * Gives the core the recording's sink; null when it took it, else why not. The sink is followed for
     * its speech activity before the core has it, as a call ending at once closes it at once.
     */
    private String arm(Recording recording, RecordingTerms terms) {
        EncryptedRecordingSink sink = null;
        try (CallControl control = telephony.getConnection()) {
            sink = vault.openSink(recording.getId(), recording.getDay(), recording.wrappedKey(),
                    terms.options().keepSupervisorAudio());
            speech.follow(recording.getId(), sink);
            if (control.record(recording.getCallId(), sink, terms.options())) {
                return null;
            }
            sink.close(RecordingEnd.failed("not recorded"));
            speech.forget(recording.getId());
            return "The call has ended";
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The telephony core could not record call " + recording.getCallId(), e);
            if (sink != null) {
                sink.close(RecordingEnd.failed(e.getMessage()));
                speech.forget(recording.getId());
            }
            return "The telephony core could not record the call: " + e.getMessage();
        }
    }

    private RecordingStarter self() {
        return context.getBusinessObject(RecordingStarter.class);
    }
}
