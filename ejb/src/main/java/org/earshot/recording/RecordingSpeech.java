package org.earshot.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A finished recording's speech signals, kept once, in the transaction that finishes it. Each signal's
 * attribute is named by its {@link SpeechSignal#key()}, which {@link SignalCriteria} queries by. A
 * recording without a row has no signals: recorded before they were computed, or its audio could not be read.
 */
@Entity
@Table(name = "recording_speech")
public class RecordingSpeech {

    /** How the signals were computed. */
    public enum Source {
        /** As the recorder wrote the audio. */
        RECORDER,
        /** From the decrypted track read back once (a recording recovered at start-up). */
        READ_BACK
    }

    @Id
    @Column(name = "recording_id")
    private UUID recordingId;

    @Column(name = "caller_talk_ms", nullable = false, updatable = false)
    private long callerTalkMs;

    @Column(name = "agent_talk_ms", nullable = false, updatable = false)
    private long agentTalkMs;

    @Column(name = "agent_talk_percent", updatable = false)
    private Long agentTalkPercent;

    @Column(name = "silence_total_ms", nullable = false, updatable = false)
    private long silenceTotalMs;

    @Column(name = "silence_longest_ms", nullable = false, updatable = false)
    private long silenceLongestMs;

    @Column(name = "overtalk_count", nullable = false, updatable = false)
    private long overtalkCount;

    @Column(name = "overtalk_ms", nullable = false, updatable = false)
    private long overtalkMs;

    @Column(name = "caller_monologue_longest_ms", nullable = false, updatable = false)
    private long callerMonologueLongestMs;

    @Column(name = "agent_monologue_longest_ms", nullable = false, updatable = false)
    private long agentMonologueLongestMs;

    @Column(name = "hold_ms", nullable = false, updatable = false)
    private long holdMs;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Source source;

    protected RecordingSpeech() {
    }

    RecordingSpeech(UUID recordingId, SpeechSignals signals, Source source) {
        this.recordingId = recordingId;
        this.callerTalkMs = signals.callerTalkMs();
        this.agentTalkMs = signals.agentTalkMs();
        this.agentTalkPercent = signals.agentTalkPercent();
        this.silenceTotalMs = signals.silenceTotalMs();
        this.silenceLongestMs = signals.silenceLongestMs();
        this.overtalkCount = signals.overtalkCount();
        this.overtalkMs = signals.overtalkMs();
        this.callerMonologueLongestMs = signals.callerMonologueLongestMs();
        this.agentMonologueLongestMs = signals.agentMonologueLongestMs();
        this.holdMs = signals.holdMs();
        this.source = source;
    }

    public SpeechSignals signals() {
        return new SpeechSignals(callerTalkMs, agentTalkMs, agentTalkPercent, silenceTotalMs, silenceLongestMs, overtalkCount,
                overtalkMs, callerMonologueLongestMs, agentMonologueLongestMs, holdMs);
    }

    public UUID getRecordingId() {
        return recordingId;
    }

    public Source getSource() {
        return source;
    }
}
