package org.earshot.web.recording;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.earshot.recording.RecordingMode;
import org.earshot.recording.RecordingPolicyService;
import org.earshot.recording.RecordingPolicySettings;
import org.earshot.recording.RecordingPolicyView;
import org.earshot.web.faces.ServiceCall;

/**
 * The recording policies page: the organization default and each queue's policy, and the dialog
 * that edits one. The service checks every setting and names the field it refuses.
 */
@Named
@ViewScoped
public class RecordingPoliciesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RecordingPolicyService policies;

    private List<RecordingPolicyView> shown;

    private Long queueId;
    private String title;
    private RecordingMode mode;
    private int samplePercent;
    private boolean keepSupervisorAudio;
    private int retentionDays;
    private boolean agentsMayPause;
    private Integer autoResumeSeconds;

    /** The default first, then each queue's, as the service lists them. */
    public List<RecordingPolicyView> getPolicies() {
        if (shown == null) {
            shown = ServiceCall.query(null, policies::policies).orElse(List.of());
        }
        return shown;
    }

    /** Opens a policy as it is now: the list may predate someone else's save. */
    public void edit(Long queueId) {
        RecordingPolicyView policy = ServiceCall.query(null, () -> policies.policyOf(queueId)).orElse(null);
        if (policy == null) {
            return;
        }
        this.queueId = queueId;
        title = nameOf(policy);
        RecordingPolicySettings settings = policy.settings();
        mode = settings.mode();
        samplePercent = settings.samplePercent();
        keepSupervisorAudio = settings.keepSupervisorAudio();
        retentionDays = settings.retentionDays();
        agentsMayPause = settings.agentsMayPause();
        autoResumeSeconds = settings.autoResumeSeconds();
    }

    public void save() {
        if (ServiceCall.change("recordingPolicyForm", () -> "Recording policy of " + nameOf(policies.change(queueId,
                new RecordingPolicySettings(mode, samplePercent, keepSupervisorAudio, retentionDays, agentsMayPause,
                        autoResumeSeconds))) + " saved")) {
            shown = null;
        }
    }

    public String nameOf(RecordingPolicyView policy) {
        return policy.queueId() == null ? "the organization default" : "queue " + policy.queueName();
    }

    public RecordingMode[] getModes() {
        return RecordingMode.values();
    }

    public String getTitle() {
        return title;
    }

    public RecordingMode getMode() {
        return mode;
    }

    public void setMode(RecordingMode mode) {
        this.mode = mode;
    }

    public int getSamplePercent() {
        return samplePercent;
    }

    public void setSamplePercent(int samplePercent) {
        this.samplePercent = samplePercent;
    }

    public boolean isKeepSupervisorAudio() {
        return keepSupervisorAudio;
    }

    public void setKeepSupervisorAudio(boolean keepSupervisorAudio) {
        this.keepSupervisorAudio = keepSupervisorAudio;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(int retentionDays) {
        this.retentionDays = retentionDays;
    }

    public boolean isAgentsMayPause() {
        return agentsMayPause;
    }

    public void setAgentsMayPause(boolean agentsMayPause) {
        this.agentsMayPause = agentsMayPause;
    }

    public Integer getAutoResumeSeconds() {
        return autoResumeSeconds;
    }

    public void setAutoResumeSeconds(Integer autoResumeSeconds) {
        this.autoResumeSeconds = autoResumeSeconds;
    }
}
