package org.earshot.recording;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.earshot.access.Action;
import org.earshot.audit.AuditEvent;
import org.earshot.audit.AuditService;

/**
 * Key rotation: an administrator makes a new key-encryption key the primary (audited with its id);
 * then, a batch of {@value #BATCH} every few seconds, every recording's data key is unwrapped and
 * wrapped again by it, without touching the audio. The work left is in the table (recordings whose
 * key id is not the primary's), so a restarted server carries on where it stopped. Once nothing is
 * wrapped by an older key, those keys are disabled and the rotation's completion is audited.
 *
 * <p>Completion waits {@link #SETTLE} after the start: a recording that began just before the
 * rotation may commit its key, wrapped by the old primary, a moment after it.
 */
// Authorization is decided by GovernanceGuard (ROTATE_RECORDING_KEYS); the timer needs no caller.
@PermitAll
@DependsOn("KeyEncryptionKeys")
@Singleton
public class KeyRotation {

    static final int BATCH = 200;
    private static final Duration SETTLE = Duration.ofSeconds(30);
    private static final String PENDING = "FROM Recording r WHERE r.kekKeyId <> :primary AND r.wrappedKey IS NOT NULL";
    private static final Logger LOG = Logger.getLogger(KeyRotation.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private KeyEncryptionKeys keys;

    @Inject
    private RecordingVault vault;

    @EJB
    private GovernanceGuard guard;

    @EJB
    private AuditService audit;

    /** Makes a new key the primary and starts re-wrapping; refused while a rotation is under way. */
    @Lock(LockType.WRITE)
    public RotationStatus start() {
        String by = guard.require(Action.ROTATE_RECORDING_KEYS);
        if (openRun() != null) {
            throw GovernanceException.conflict("rotation", "A key rotation is under way; it must complete before the next");
        }
        if (!keys.available()) {
            throw new RecordingRefusedException("The recordings' keys cannot be rotated: " + keys.unavailableReason());
        }
        int newKey;
        try {
            newKey = keys.rotate();
        } catch (IOException | GeneralSecurityException e) {
            throw new RecordingRefusedException("The keyset could not be rotated: " + e.getMessage());
        }
        em.persist(new KeyRotationRun(newKey, by, Instant.now()));
        audit.record(AuditEvent.of(RecordingGovernanceAuditAction.KEY_ROTATION_START, "KeyEncryptionKey", newKey,
                "new primary key " + newKey + "; " + pending(newKey) + " recording(s) to re-wrap"));
        em.flush();
        return currentStatus();
    }

    @Lock(LockType.READ)
    public RotationStatus status() {
        guard.require(Action.ROTATE_RECORDING_KEYS);
        return currentStatus();
    }

    /** One batch of the re-wrapping, and the rotation's completion when nothing is left; a transaction each time. */
    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "recording key re-wrapping")
    @Lock(LockType.WRITE)
    void rewrapBatch() {
        if (!keys.available()) {
            return;
        }
        int primary = keys.primaryKeyId();
        List<Recording> batch = em.createQuery("SELECT r " + PENDING + " ORDER BY r.kekKeyId, r.id", Recording.class)
                .setParameter("primary", primary).setMaxResults(BATCH).getResultList();
        KeyRotationRun run = openRun();
        long done = 0;
        for (Recording recording : batch) {
            done += rewrap(recording);
        }
        if (run != null) {
            run.rewrapped(done);
            if (batch.isEmpty() && run.getStartedAt().isBefore(Instant.now().minus(SETTLE))) {
                complete(run);
            }
        }
    }

    /**
     * A bulk update of the key and its id together, conditional on the key id read: a recording the
     * lifecycle changed meanwhile keeps a consistent pair (the old key still opens it) and is taken
     * by a later batch.
     */
    private int rewrap(Recording recording) {
        WrappedKey old = recording.wrappedKey();
        WrappedKey rewrapped;
        try {
            rewrapped = vault.rewrap(old);
        } catch (GeneralSecurityException e) {
            LOG.log(Level.WARNING, "The data key of recording " + recording.getId() + " could not be re-wrapped; it stays pending", e);
            return 0;
        }
        return em.createQuery("UPDATE Recording r SET r.wrappedKey = :key, r.kekKeyId = :kek WHERE r.id = :id AND r.kekKeyId = :old"
                        + " AND r.wrappedKey IS NOT NULL")
                .setParameter("key", rewrapped.wrapped()).setParameter("kek", rewrapped.kekId())
                .setParameter("id", recording.getId()).setParameter("old", old.kekId()).executeUpdate();
    }

    private void complete(KeyRotationRun run) {
        Set<Integer> inUse = new HashSet<>(em.createQuery("SELECT DISTINCT r.kekKeyId FROM Recording r WHERE r.wrappedKey IS NOT NULL",
                Integer.class).getResultList());
        Set<Integer> disabled;
        try {
            disabled = keys.disable(inUse);
        } catch (IOException | GeneralSecurityException e) {
            LOG.log(Level.WARNING, "The keys no recording needs could not be disabled; the next batch tries again", e);
            return;
        }
        run.completed(Instant.now());
        audit.recordAs(RecordingAudit.SYSTEM, AuditEvent.of(RecordingGovernanceAuditAction.KEY_ROTATION_COMPLETE, "KeyEncryptionKey",
                run.getNewKeyId(), "rotation completed: " + run.getRewrapped() + " data key(s) re-wrapped, keys disabled: "
                        + (disabled.isEmpty() ? "none" : disabled)));
        LOG.info(() -> "Key rotation to key " + run.getNewKeyId() + " completed");
    }

    private RotationStatus currentStatus() {
        KeyRotationRun latest = em.createQuery("SELECT k FROM KeyRotationRun k ORDER BY k.id DESC", KeyRotationRun.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (!keys.available()) {
            return new RotationStatus(null, 0, latest == null ? null : latest.view(), keys.unavailableReason());
        }
        int primary = keys.primaryKeyId();
        return new RotationStatus(primary, pending(primary), latest == null ? null : latest.view(), null);
    }

    private long pending(int primary) {
        return em.createQuery("SELECT COUNT(r) " + PENDING, Long.class).setParameter("primary", primary).getSingleResult();
    }

    private KeyRotationRun openRun() {
        return em.createQuery("SELECT k FROM KeyRotationRun k WHERE k.completedAt IS NULL ORDER BY k.id", KeyRotationRun.class)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }
}
