package org.earshot.recording;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;
import org.earshot.calls.CallState;
import org.earshot.query.Page;

/**
 * The reconciliation of call records against recordings, every
 * {@code earshot.recordings.reconcile-minutes} (default 5) and whenever compliance asks. It finds
 * answered calls the policy records entirely without a recording (MISSING), recordings much shorter
 * than their call (SHORT), a channel silent throughout (SILENT_CHANNEL, by decrypting each finished
 * recording once), recordings of calls Earshot has no record of (UNKNOWN_CALL) and recordings left
 * "recording" after their call ended (STUCK). Each finding is stored and audited once.
 *
 * <p>Each recording is reconciled against its call record once and examined once, whenever its row
 * arrives: the recording's own flags (call_checked, examined) say what is left, so a run reads only
 * that (partial indexes on PostgreSQL), not the million recordings already done.
 *
 * <p>MISSING asks the queue's policy as it is now (policies keep no history), for calls that ended
 * in the last day, and counts the calls whose recording was refused (recording_missed) whatever the
 * policy: a queue switched to "all" makes its unrecorded calls of the past day findings.
 */
// Compliance's runs and reads are authorized by GovernanceGuard; the timer needs no caller.
@PermitAll
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CompletenessCheck {

    static final String INTERVAL_MINUTES = "earshot.recordings.reconcile-minutes";
    private static final long DEFAULT_INTERVAL_MINUTES = 5;
    /** What call events and the recording's own events need to settle before a difference is a finding. */
    private static final Duration SETTLE = Duration.ofMinutes(1);
    private static final Duration MISSING_WINDOW = Duration.ofDays(1);
    private static final long MIN_LISTENED_MILLIS = 1000;
    private static final int EXAMINED_PER_RUN = 200;
    /**
     * The next finished recordings to examine, those that ended first. Native for its limit written in: JPQL binds
     * one, and PostgreSQL's generic plan for a bound limit expects a tenth of the unexamined recordings (all of them
     * after a migration) and starts parallel workers to sort them.
     */
    static final String NEXT_TO_EXAMINE = "SELECT id FROM recording WHERE NOT examined AND deleted_at IS NULL AND ended_at < ?"
            + " AND status <> 'RECORDING' ORDER BY ended_at LIMIT " + EXAMINED_PER_RUN;
    private static final Logger LOG = Logger.getLogger(CompletenessCheck.class.getName());

    private static final String NO_FINDING_ON_RECORDING = " AND NOT EXISTS (SELECT f FROM CompletenessFinding f"
            + " WHERE f.kind = :kind AND f.recordingId = r.id)";
    private static final String POLICY_RECORDS_ALL = "(EXISTS (SELECT p FROM RecordingPolicy p WHERE p.queue = c.queue AND p.mode = :all)"
            + " OR (NOT EXISTS (SELECT p2 FROM RecordingPolicy p2 WHERE p2.queue = c.queue)"
            + "     AND EXISTS (SELECT p3 FROM RecordingPolicy p3 WHERE p3.queue IS NULL AND p3.mode = :all)))";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @EJB
    private FindingLedger ledger;

    @EJB
    private GovernanceGuard guard;

    @EJB
    private AuditService audit;

    @Inject
    private RecordingVault vault;

    @PostConstruct
    void schedule() {
        long every = Duration.ofMinutes(Long.getLong(INTERVAL_MINUTES, DEFAULT_INTERVAL_MINUTES)).toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("recording reconciliation", false));
    }

    @Timeout
    void periodic() {
        ReconciliationReport report = reconcile(RecordingAudit.SYSTEM);
        if (!report.newFindings().isEmpty()) {
            LOG.warning(() -> "Recording reconciliation: " + report.newFindings().size() + " new finding(s)");
        }
    }

    /** Runs the reconciliation now, as the caller; the run is audited, each new finding too. */
    @Lock(LockType.WRITE)
    public ReconciliationReport runNow() {
        String by = guard.requireManage();
        ReconciliationReport report = reconcile(by);
        audit.recordFor(by, AuditEvent.of(RecordingGovernanceAuditAction.RECORDING_RECONCILE, "Reconciliation", null,
                report.newFindings().size() + " new finding(s), " + report.recordingsExamined() + " recording(s) examined"));
        return report;
    }

    /** The findings, newest first, of one kind or all (null). */
    @Lock(LockType.READ)
    public Page<FindingView> findings(FindingKind kind, int first, int max) {
        guard.requireManage();
        String where = " WHERE :kind IS NULL OR f.kind = :kind";
        List<FindingView> page = em.createQuery("SELECT f FROM CompletenessFinding f" + where + " ORDER BY f.foundAt DESC, f.id DESC",
                        CompletenessFinding.class).setParameter("kind", kind)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, max)).getResultStream().map(CompletenessFinding::view).toList();
        long total = em.createQuery("SELECT COUNT(f) FROM CompletenessFinding f" + where, Long.class).setParameter("kind", kind)
                .getSingleResult();
        return new Page<>(page, total);
    }

    private ReconciliationReport reconcile(String actor) {
        Instant now = Instant.now();
        Instant settled = now.minus(SETTLE);
        List<FindingView> recorded = new ArrayList<>();
        checkCalls(settled, actor, recorded);
        List<Finding> found = new ArrayList<>();
        found.addAll(stuck(settled));
        found.addAll(missing(settled, now.minus(MISSING_WINDOW)));
        found.forEach(f -> ledger.record(f, actor).ifPresent(recorded::add));
        int examined = examineFinished(settled, actor, recorded);
        return new ReconciliationReport(now, recorded, examined);
    }

    /**
     * Each recording's call record looked for once, when the recording has settled, however late its
     * row arrives: those without one are UNKNOWN_CALL findings, then the rest, whose call records are
     * there, are checked in one statement. A call record that arrives after its finding changes nothing.
     */
    private void checkCalls(Instant settled, String actor, List<FindingView> recorded) {
        List<Recording> unknown = em.createQuery("SELECT r FROM Recording r WHERE r.callChecked = FALSE AND r.deletedAt IS NULL"
                        + " AND r.startedAt < :settled AND NOT EXISTS (SELECT c FROM CallRecord c WHERE c.callId = r.callId)", Recording.class)
                .setParameter("settled", settled).getResultList();
        for (Recording recording : unknown) {
            ledger.record(Finding.onRecording(FindingKind.UNKNOWN_CALL, recording, "recording of call " + recording.getCallId()
                    + ", started " + recording.getStartedAt() + ", of which Earshot has no call record"), actor).ifPresent(recorded::add);
            ledger.callChecked(recording.getId());
        }
        ledger.callsKnown(settled);
    }

    private List<Finding> stuck(Instant settled) {
        return em.createQuery("SELECT r, c FROM Recording r JOIN CallRecord c ON c.callId = r.callId WHERE r.status = :recording"
                        + " AND c.state = :ended AND c.endedAt < :settled" + NO_FINDING_ON_RECORDING, Object[].class)
                .setParameter("recording", RecordingStatus.RECORDING).setParameter("ended", CallState.ENDED)
                .setParameter("settled", settled).setParameter("kind", FindingKind.STUCK).getResultStream()
                .map(row -> Finding.onRecording(FindingKind.STUCK, (Recording) row[0], "still marked recording; the call ended at "
                        + ((CallRecord) row[1]).getEndedAt()))
                .toList();
    }

    private List<Finding> missing(Instant settled, Instant since) {
        return em.createQuery("SELECT c, m FROM CallRecord c LEFT JOIN RecordingMissed m ON m.callId = c.callId"
                        + " WHERE c.answeredAt IS NOT NULL AND c.endedAt < :settled AND c.endedAt >= :since"
                        + " AND NOT EXISTS (SELECT r FROM Recording r WHERE r.callId = c.callId)"
                        + " AND (m.callId IS NOT NULL OR " + POLICY_RECORDS_ALL + ")"
                        + " AND NOT EXISTS (SELECT f FROM CompletenessFinding f WHERE f.kind = :kind AND f.callId = c.callId)", Object[].class)
                .setParameter("settled", settled).setParameter("since", since).setParameter("all", RecordingMode.ALL)
                .setParameter("kind", FindingKind.MISSING).getResultStream()
                .map(row -> {
                    CallRecord call = (CallRecord) row[0];
                    RecordingMissed refused = (RecordingMissed) row[1];
                    return Finding.onCall(FindingKind.MISSING, call.getCallId(), "answered call"
                            + (call.getQueue() == null ? "" : " of queue " + call.getQueue().getName()) + " ended " + call.getEndedAt()
                            + " without a recording" + (refused == null ? " although its policy records all calls"
                            : ": " + refused.getReason()));
                })
                .toList();
    }

    /**
     * Each finished recording once: its length against its call, and its audio channel by channel
     * (decrypted as it is read, outside any transaction). Without the keyset nothing is examined.
     */
    private int examineFinished(Instant settled, String actor, List<FindingView> recorded) {
        if (!vault.available()) {
            return 0;
        }
        List<UUID> next = em.createNativeQuery(NEXT_TO_EXAMINE, UUID.class).setParameter(1, settled).getResultStream()
                .map(UUID.class::cast).toList();
        if (next.isEmpty()) {
            return 0;
        }
        List<Object[]> due = em.createQuery(GovernedRecording.WITH_CALL + " WHERE r.id IN :next ORDER BY r.endedAt", Object[].class)
                .setParameter("next", next).getResultList();
        for (Object[] row : due) {
            Recording recording = (Recording) row[0];
            Stream.of(tooShort(recording, (CallRecord) row[1]), silentChannel(recording))
                    .filter(f -> f != null).forEach(f -> ledger.record(f, actor).ifPresent(recorded::add));
            ledger.examined(recording.getId());
        }
        return due.size();
    }

    private static Finding tooShort(Recording recording, CallRecord call) {
        long shortfall = call == null ? 0 : RecordingLength.shortfall(call.getAnsweredAt(), call.getEndedAt(),
                recording.getNotRecordedMillis(), recording.durationMillis());
        return shortfall == 0 ? null : Finding.onRecording(FindingKind.SHORT, recording, recording.durationMillis() + " ms recorded, "
                + shortfall + " ms short of the answered call" + (recording.getIncompleteReason() == null ? ""
                : " (stopped: " + recording.getIncompleteReason() + ")"));
    }

    private Finding silentChannel(Recording recording) {
        if (recording.durationMillis() < MIN_LISTENED_MILLIS || recording.wrappedKey() == null) {
            return null;
        }
        try (SeekableByteChannel audio = vault.openForReading(recording.getId(), recording.getDay(), RecordingTrack.CALL,
                recording.wrappedKey())) {
            String silent = ChannelPeaks.of(audio).silentChannels();
            return silent.isEmpty() ? null : Finding.onRecording(FindingKind.SILENT_CHANNEL, recording,
                    "the " + silent + " channel is silent throughout " + recording.durationMillis() + " ms");
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.log(Level.WARNING, "Recording " + recording.getId() + " could not be examined", e);
            return null;
        }
    }
}
