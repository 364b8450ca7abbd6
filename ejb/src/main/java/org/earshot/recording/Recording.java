package org.earshot.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.earshot.calls.Clipped;
import org.earshot.telephony.api.RecordingEnd;

/**
 * One call's recording: when it started and ended, how it ended, how much audio it holds, and the
 * data key its files are encrypted with (wrapped by a key-encryption key; gone once shredded). Its
 * timeline starts at the call's answer (or when recording started on a call answered before), which
 * the markers' offsets count from.
 */
@Entity
@Table(name = "recording")
public class Recording {

    /** The reason a recording the server stopped under is incomplete. */
    public static final String SERVER_STOPPED = "server stopped while recording";
    /** Of the call track: 8 kHz, two channels of 16-bit samples. */
    static final int BYTES_PER_MILLISECOND = 8 * 2 * 2;
    private static final int REASON_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "call_id", nullable = false, length = 64, updatable = false)
    private String callId;

    /**
     * The agent and queue of the call, through which the recording is seen as its call is: the list of
     * recordings reads them here instead of joining every recording to its call (see
     * {@link org.earshot.calls.CallScope#restrict(org.earshot.query.Conditions, org.earshot.access.VisibleScope, String, String)}).
     * Read from the call record when the recording is made; the queue is the call's for good, the agent follows the
     * call when it is handed to another, and a call record made after its recording gives both
     * ({@link RecordingsFollowCalls}, which alone writes them after the recording is made).
     */
    @Column(name = "call_agent_user_id", updatable = false)
    private Long callAgentId;

    @Column(name = "call_queue_id", updatable = false)
    private Long callQueueId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    /** The day (UTC) its files are filed under. */
    @Column(name = "recording_day", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "audio_starts_at")
    private Instant audioStartsAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecordingStatus status = RecordingStatus.RECORDING;

    @Column(name = "incomplete_reason", length = REASON_LENGTH)
    private String incompleteReason;

    /** How much of the answered call went by before recording started (on demand). */
    @Column(name = "not_recorded_ms", nullable = false)
    private long notRecordedMillis;

    /** Packets the recorder left out: they came too late for its timeline or too far ahead of it. */
    @Column(name = "packets_left_out", nullable = false)
    private long packetsLeftOut;

    @Column(name = "call_bytes", nullable = false)
    private long callBytes;

    @Column(name = "supervisor_bytes", nullable = false)
    private long supervisorBytes;

    @Column(name = "wrapped_key")
    private byte[] wrappedKey;

    @Column(name = "kek_key_id", nullable = false)
    private int kekKeyId;

    @Column(name = "keep_supervisor", nullable = false, updatable = false)
    private boolean keepSupervisor;

    @Column(nullable = false)
    private boolean monitored;

    /** Whether the recording was ever paused. */
    @Column(nullable = false)
    private boolean paused;

    @Column(name = "retention_days", nullable = false, updatable = false)
    private int retentionDays;

    /** The first day it may be purged: its end's day plus the retention; null while it records. */
    @Column(name = "purge_after")
    private LocalDate purgeAfter;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    // The reconciliation's progress (CompletenessCheck), read by its queries and written only by its own
    // statements (FindingLedger): the entity's updates neither bump the version for it nor write it back stale.
    @Column(name = "call_checked", insertable = false, updatable = false)
    private boolean callChecked;

    @Column(insertable = false, updatable = false)
    private boolean examined;

    @Version
    private long version;

    protected Recording() {
    }

    /**
     * A call's recording about to start, its data key wrapped by key-encryption key kekKeyId, kept as its policy says;
     * the call's agent and queue as its record names them now (null: none, or no record yet).
     */
    Recording(String callId, Long callAgentId, Long callQueueId, Instant startedAt, byte[] wrappedKey, int kekKeyId, RecordingTerms terms) {
        this.id = UUID.randomUUID();
        this.callId = callId;
        this.callAgentId = callAgentId;
        this.callQueueId = callQueueId;
        this.startedAt = startedAt;
        this.day = LocalDate.ofInstant(startedAt, ZoneOffset.UTC);
        this.wrappedKey = wrappedKey.clone();
        this.kekKeyId = kekKeyId;
        this.keepSupervisor = terms.options().keepSupervisorAudio();
        this.retentionDays = terms.retentionDays();
    }

    /** The call was answered: armed before, the recording's timeline starts here. */
    void answered(Instant at) {
        if (audioStartsAt == null) {
            audioStartsAt = at;
        }
    }

    /**
     * The core started recording: armed before the answer, at the answer (whose event may come
     * first and is the more exact time); on a call answered before (notRecordedMillis above zero), now.
     */
    void started(Instant at, long notRecordedMillis) {
        this.notRecordedMillis = Math.max(0, notRecordedMillis);
        if (audioStartsAt == null || this.notRecordedMillis > 0) {
            audioStartsAt = at;
        }
    }

    /** Where on the timeline a moment falls; zero before it starts (or while its start is unknown). */
    long offsetOf(Instant at) {
        return audioStartsAt == null ? 0 : Math.max(0, Duration.between(audioStartsAt, at).toMillis());
    }

    void monitoredNow() {
        monitored = true;
    }

    void pausedNow() {
        paused = true;
    }

    /**
     * The core stopped recording: the event's detail tells the end ({@link RecordingEnd#ofDetail}). The
     * audio's lengths are the files' as the vault reads them. A recording already finished (recovered at
     * startup) stays as it is.
     */
    void stopped(Instant at, String detail, long callBytes, long supervisorBytes) {
        if (status != RecordingStatus.RECORDING) {
            return;
        }
        RecordingEnd end = RecordingEnd.ofDetail(detail);
        this.packetsLeftOut = end.packetsLeftOut();
        finish(at, end.complete() ? RecordingStatus.COMPLETE : RecordingStatus.INCOMPLETE, end.complete() ? null : end.reason(),
                callBytes, supervisorBytes);
    }

    /** The server stopped while it recorded; its files were re-sealed with the lengths recovered. */
    void recovered(Instant at, long callBytes, long supervisorBytes) {
        finish(at, RecordingStatus.INCOMPLETE, SERVER_STOPPED, callBytes, supervisorBytes);
    }

    private void finish(Instant at, RecordingStatus end, String reason, long callBytes, long supervisorBytes) {
        this.endedAt = at;
        this.status = end;
        this.incompleteReason = Clipped.to(REASON_LENGTH, reason);
        this.callBytes = callBytes;
        this.supervisorBytes = supervisorBytes;
        this.purgeAfter = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(retentionDays);
    }

    /** The audio's length: 8000 stereo 16-bit frames a second, 32 bytes a millisecond. */
    public long durationMillis() {
        return callBytes / BYTES_PER_MILLISECOND;
    }

    /**
     * Crypto-shredding: the wrapped data key is destroyed, so the audio can never be read again,
     * whatever becomes of the files (the vault removes them once this is committed).
     */
    void shredded(Instant at) {
        wrappedKey = null;
        deletedAt = at;
    }

    /** Whether its audio can be read: not deleted, its key not shredded. */
    boolean isReadable() {
        return deletedAt == null && wrappedKey != null;
    }

    public UUID getId() {
        return id;
    }

    public String getCallId() {
        return callId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public LocalDate getDay() {
        return day;
    }

    public Instant getAudioStartsAt() {
        return audioStartsAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public RecordingStatus getStatus() {
        return status;
    }

    public String getIncompleteReason() {
        return incompleteReason;
    }

    public long getPacketsLeftOut() {
        return packetsLeftOut;
    }

    public long getNotRecordedMillis() {
        return notRecordedMillis;
    }

    public long getCallBytes() {
        return callBytes;
    }

    public long getSupervisorBytes() {
        return supervisorBytes;
    }

    /** The data key its files are encrypted with, wrapped; null once shredded. */
    WrappedKey wrappedKey() {
        return wrappedKey == null ? null : new WrappedKey(wrappedKey.clone(), kekKeyId);
    }

    public boolean isKeepSupervisor() {
        return keepSupervisor;
    }

    public boolean isMonitored() {
        return monitored;
    }

    public boolean isPaused() {
        return paused;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public LocalDate getPurgeAfter() {
        return purgeAfter;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
