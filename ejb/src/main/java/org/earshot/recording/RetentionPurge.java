package org.earshot.recording;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;
import org.earshot.calls.CallRecord;

/**
 * Retention: every day at {@code earshot.recordings.purge-hour} (UTC, default 2) and whenever
 * compliance asks, the finished recordings whose retention has expired ({@code purge_after} on or
 * before today) are deleted one by one through {@link RecordingShredder}, each in its own
 * transaction and audited with "retention of N days expired"; those a legal hold matches are kept
 * and counted. A dry run lists what would go without changing anything. Their markers go with them;
 * the monitoring sessions of their calls stay, as evidence in the audit trail of who listened.
 *
 * <p>Each run also removes again the files of recordings shredded in the last week, for a server
 * that stopped between destroying a key and removing its files (removing is idempotent).
 */
// Compliance's runs are authorized by GovernanceGuard; the timer needs no caller.
@PermitAll
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionPurge {

    static final String PURGE_HOUR = "earshot.recordings.purge-hour";
    private static final int DEFAULT_PURGE_HOUR = 2;
    private static final int BATCH = 100;
    private static final int LISTED = 200;
    private static final long SWEEP_DAYS = 7;
    private static final String EXPIRED = " WHERE r.status <> :recording AND r.purgeAfter <= :today AND r.deletedAt IS NULL";
    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private TimerService timers;

    @EJB
    private RecordingShredder shredder;

    @EJB
    private GovernanceGuard guard;

    @EJB
    private AuditService audit;

    @PostConstruct
    void scheduleDaily() {
        int hour = Integer.getInteger(PURGE_HOUR, DEFAULT_PURGE_HOUR);
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0).second(0).timezone("UTC"),
                new TimerConfig("recording retention purge", false));
    }

    @Timeout
    void daily() {
        PurgeReport report = purge(RecordingAudit.SYSTEM);
        LOG.info(() -> "Retention purge: " + report.purged() + " recording(s) deleted, " + report.held() + " kept on hold");
    }

    /** Deletes the expired recordings now, as the caller; audited per recording and for the run. */
    @Lock(LockType.WRITE)
    public PurgeReport runNow() {
        return purge(guard.requireManage());
    }

    /** What a purge would delete today and what it would keep on hold; changes nothing (the request is audited). */
    @Lock(LockType.READ)
    public PurgeReport dryRun() {
        String by = guard.requireManage();
        LocalDate today = today();
        List<GovernedRecording> expired = em.createQuery(GovernedRecording.WITH_CALL + EXPIRED + " ORDER BY r.purgeAfter, r.id",
                        Object[].class).setParameter("recording", RecordingStatus.RECORDING).setParameter("today", today)
                .setMaxResults(LISTED).getResultStream()
                .map(row -> GovernedRecording.of((Recording) row[0], (CallRecord) row[1], shredder.holdsOn(((Recording) row[0]).getId())))
                .toList();
        long total = count(today, false);
        long held = count(today, true);
        PurgeReport report = new PurgeReport(today, true, total, total - held, held, expired);
        auditRun(by, report);
        return report;
    }

    private PurgeReport purge(String actor) {
        LocalDate today = today();
        List<GovernedRecording> deleted = new ArrayList<>();
        long purged = 0;
        // Held by a hold created while this run goes on: the shredder's own check kept them.
        Set<UUID> heldMeanwhile = new HashSet<>();
        List<Recording> batch = nextBatch(today, heldMeanwhile);
        while (!batch.isEmpty()) {
            for (Recording recording : batch) {
                RecordingShredder.Outcome outcome = shredder.delete(recording.getId(), actor,
                        "retention of " + recording.getRetentionDays() + " days expired on " + recording.getPurgeAfter());
                if (outcome != null && !outcome.shredded()) {
                    heldMeanwhile.add(recording.getId());
                } else if (outcome != null) {
                    purged++;
                    if (deleted.size() < LISTED) {
                        deleted.add(GovernedRecording.of(recording, null, List.of()));
                    }
                }
            }
            batch = nextBatch(today, heldMeanwhile);
        }
        sweepFilesOfShredded();
        long held = count(today, true);
        PurgeReport report = new PurgeReport(today, false, purged + held, purged, held, deleted);
        auditRun(actor, report);
        return report;
    }

    /** The next expired recordings no hold keeps (held ones stay expired: the query leaves them out). */
    private List<Recording> nextBatch(LocalDate today, Set<UUID> heldMeanwhile) {
        return em.createQuery("SELECT r FROM Recording r" + EXPIRED + " AND NOT " + LegalHold.HELD + " ORDER BY r.purgeAfter, r.id",
                        Recording.class)
                .setParameter("recording", RecordingStatus.RECORDING).setParameter("today", today)
                .setMaxResults(BATCH + heldMeanwhile.size()).getResultStream()
                .filter(r -> !heldMeanwhile.contains(r.getId())).limit(BATCH).toList();
    }

    private long count(LocalDate today, boolean heldOnly) {
        return em.createQuery("SELECT COUNT(r) FROM Recording r" + EXPIRED + (heldOnly ? " AND " + LegalHold.HELD : ""), Long.class)
                .setParameter("recording", RecordingStatus.RECORDING).setParameter("today", today).getSingleResult();
    }

    private void sweepFilesOfShredded() {
        em.createQuery("SELECT r FROM Recording r WHERE r.deletedAt >= :since", Recording.class)
                .setParameter("since", Instant.now().minus(SWEEP_DAYS, ChronoUnit.DAYS)).getResultStream()
                .forEach(r -> shredder.removeFiles(r.getId(), r.getDay()));
    }

    private void auditRun(String actor, PurgeReport report) {
        audit.recordFor(actor, AuditEvent.of(RecordingGovernanceAuditAction.RECORDING_PURGE, "Retention", report.day(),
                (report.dryRun() ? "dry run: " + report.purged() + " would be deleted" : report.purged() + " deleted")
                        + ", " + report.held() + " kept on hold, of " + report.expired() + " past their retention"));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
