package org.earshot.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.earshot.organization.CallQueue;
import org.earshot.organization.OrganizationException;
import org.earshot.telephony.api.RecordingOptions;

/**
 * Which calls of a queue are recorded and how: the mode (all, a sample, on demand, never), whether
 * supervisors' whisper and barge are kept, how long recordings are kept, and whether agents may
 * pause (with the pause ending by itself after a while). The row without a queue is the
 * organization default, for direct calls and the queues without a policy of their own.
 */
@Entity
@Table(name = "recording_policy")
public class RecordingPolicy {

    public static final int MAX_RETENTION_DAYS = 3650;
    public static final int MIN_AUTO_RESUME_SECONDS = 10;
    public static final int MAX_AUTO_RESUME_SECONDS = 3600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "queue_id", updatable = false)
    private CallQueue queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RecordingMode mode = RecordingMode.ON_DEMAND;

    @Column(name = "sample_percent", nullable = false)
    private int samplePercent = 100;

    @Column(name = "keep_supervisor_audio", nullable = false)
    private boolean keepSupervisorAudio;

    @Column(name = "retention_days", nullable = false)
    private int retentionDays = 90;

    @Column(name = "agents_may_pause", nullable = false)
    private boolean agentsMayPause = true;

    @Column(name = "auto_resume_seconds")
    private Integer autoResumeSeconds = 120;

    @Version
    private long version;

    protected RecordingPolicy() {
    }

    /** A queue's own policy, starting as a copy of the one it followed. */
    public RecordingPolicy(CallQueue queue, RecordingPolicySettings initial) {
        this.queue = queue;
        change(initial);
    }

    /** Sets every setting, or none: a value out of range is refused naming its field. */
    public void change(RecordingPolicySettings settings) {
        if (settings.mode() == null) {
            throw new OrganizationException("mode", "Choose which calls are recorded");
        }
        if (settings.samplePercent() < 1 || settings.samplePercent() > 100) {
            throw new OrganizationException("samplePercent", "The sample must be between 1 and 100 %");
        }
        if (settings.retentionDays() < 1 || settings.retentionDays() > MAX_RETENTION_DAYS) {
            throw new OrganizationException("retentionDays", "Retention must be between 1 and " + MAX_RETENTION_DAYS + " days");
        }
        Integer resume = settings.autoResumeSeconds();
        if (resume != null && (resume < MIN_AUTO_RESUME_SECONDS || resume > MAX_AUTO_RESUME_SECONDS)) {
            throw new OrganizationException("autoResumeSeconds", "Auto-resume must be between " + MIN_AUTO_RESUME_SECONDS
                    + " and " + MAX_AUTO_RESUME_SECONDS + " seconds, or none");
        }
        this.mode = settings.mode();
        this.samplePercent = settings.samplePercent();
        this.keepSupervisorAudio = settings.keepSupervisorAudio();
        this.retentionDays = settings.retentionDays();
        this.agentsMayPause = settings.agentsMayPause();
        this.autoResumeSeconds = resume;
    }

    /**
     * Whether a call starting now is recorded from its start: all are, a sample's share is (the draw
     * is a number from 0 to 99), on-demand and never policies record none.
     */
    public boolean recordsFromStart(IntSupplier percentileDraw) {
        return switch (mode) {
            case ALL -> true;
            case SAMPLE -> percentileDraw.getAsInt() < samplePercent;
            case ON_DEMAND, NEVER -> false;
        };
    }

    /** Whether someone may start recording a call under way. */
    public boolean allowsOnDemand() {
        return mode != RecordingMode.NEVER;
    }

    /** What the telephony core is told to do while it records a call of this policy. */
    public RecordingOptions options() {
        return new RecordingOptions(keepSupervisorAudio, agentsMayPause,
                autoResumeSeconds == null ? null : Duration.ofSeconds(autoResumeSeconds));
    }

    public RecordingPolicySettings settings() {
        return new RecordingPolicySettings(mode, samplePercent, keepSupervisorAudio, retentionDays, agentsMayPause, autoResumeSeconds);
    }

    /** The settings as people read them, in a fixed order: two of these side by side say what a change changed. */
    public Map<String, String> described() {
        Map<String, String> described = new LinkedHashMap<>();
        described.put("mode", mode == RecordingMode.SAMPLE ? "SAMPLE " + samplePercent + " %" : mode.name());
        described.put("supervisor audio", keepSupervisorAudio ? "kept" : "not kept");
        described.put("retention", retentionDays + " days");
        described.put("agents may pause", agentsMayPause ? "yes" : "no");
        described.put("auto-resume", autoResumeSeconds == null ? "never" : autoResumeSeconds + " s");
        return described;
    }

    public Long getId() {
        return id;
    }

    /** The queue whose policy this is; null for the organization default. */
    public CallQueue getQueue() {
        return queue;
    }

    public RecordingMode getMode() {
        return mode;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public boolean isAgentsMayPause() {
        return agentsMayPause;
    }

    public boolean isKeepSupervisorAudio() {
        return keepSupervisorAudio;
    }
}
