package org.earshot.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One key rotation: the key it made primary, who started it and when, how many data keys it re-wrapped, when it completed. */
@Entity
@Table(name = "key_rotation")
public class KeyRotationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "new_key_id", nullable = false, updatable = false)
    private int newKeyId;

    @Column(name = "started_by", nullable = false, length = 64, updatable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(nullable = false)
    private long rewrapped;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Version
    private long version;

    protected KeyRotationRun() {
    }

    KeyRotationRun(int newKeyId, String startedBy, Instant startedAt) {
        this.newKeyId = newKeyId;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    void rewrapped(long more) {
        rewrapped += more;
    }

    void completed(Instant at) {
        completedAt = at;
    }

    public RotationView view() {
        return new RotationView(id, newKeyId, startedBy, startedAt, rewrapped, completedAt);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public long getRewrapped() {
        return rewrapped;
    }

    public int getNewKeyId() {
        return newKeyId;
    }

    /** A rotation under way, as people see it. */
    public record RotationView(long id, int newKeyId, String startedBy, Instant startedAt, long rewrapped, Instant completedAt) {

        public boolean completed() {
            return completedAt != null;
        }
    }
}
