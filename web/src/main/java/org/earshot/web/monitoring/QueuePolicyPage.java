package org.earshot.web.monitoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Set;
import org.earshot.monitoring.AgentNotice;
import org.earshot.monitoring.MonitoringPolicyService;
import org.earshot.monitoring.PolicyChange;
import org.earshot.organization.CallQueue;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.faces.ServiceCall;

/** The monitoring policy dialog of the queues page: modes, monitors per call, announcement, agent notice, barge tone, indicator. */
@Named
@ViewScoped
public class QueuePolicyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private MonitoringPolicyService policies;

    private long queueId;
    private String queueName;
    private MonitoringMode[] allowedModes;
    private int maxMonitorsPerCall;
    private Long announcementPromptId;
    private AgentNotice agentNotice;
    private Long agentNoticePromptId;
    private boolean bargeTone;
    private boolean agentIndicator;
    private boolean agentsMayMarkPrivate;

    /** Opens the queue's policy as it is now (the list's copy of the queue may predate the last save). */
    public void edit(CallQueue queue) {
        PolicyChange policy = ServiceCall.query("queuesForm", () -> policies.policyOf(queue.getId())).orElse(null);
        if (policy == null) {
            return;
        }
        queueId = queue.getId();
        queueName = queue.getName();
        allowedModes = policy.allowedModes().stream().sorted().toArray(MonitoringMode[]::new);
        maxMonitorsPerCall = policy.maxMonitorsPerCall();
        announcementPromptId = policy.announcementPromptId();
        agentNotice = policy.agentNotice();
        agentNoticePromptId = policy.agentNoticePromptId();
        bargeTone = policy.bargeTone();
        agentIndicator = policy.agentIndicator();
        agentsMayMarkPrivate = policy.agentsMayMarkPrivate();
    }

    public void save() {
        ServiceCall.change("policyForm", () -> "Monitoring policy of queue " + policies.changePolicy(queueId,
                new PolicyChange(Set.of(allowedModes), maxMonitorsPerCall, announcementPromptId, agentNotice, agentNoticePromptId,
                        bargeTone, agentIndicator, agentsMayMarkPrivate)).getName() + " saved");
    }

    public AgentNotice[] getAgentNotices() {
        return AgentNotice.values();
    }

    public boolean isPromptNotice() {
        return agentNotice == AgentNotice.PROMPT;
    }

    public String getQueueName() {
        return queueName;
    }

    public MonitoringMode[] getAllowedModes() {
        return allowedModes;
    }

    public void setAllowedModes(MonitoringMode[] allowedModes) {
        this.allowedModes = allowedModes;
    }

    public int getMaxMonitorsPerCall() {
        return maxMonitorsPerCall;
    }

    public void setMaxMonitorsPerCall(int maxMonitorsPerCall) {
        this.maxMonitorsPerCall = maxMonitorsPerCall;
    }

    public Long getAnnouncementPromptId() {
        return announcementPromptId;
    }

    public void setAnnouncementPromptId(Long announcementPromptId) {
        this.announcementPromptId = announcementPromptId;
    }

    public AgentNotice getAgentNotice() {
        return agentNotice;
    }

    public void setAgentNotice(AgentNotice agentNotice) {
        this.agentNotice = agentNotice;
    }

    public Long getAgentNoticePromptId() {
        return agentNoticePromptId;
    }

    public void setAgentNoticePromptId(Long agentNoticePromptId) {
        this.agentNoticePromptId = agentNoticePromptId;
    }

    public boolean isBargeTone() {
        return bargeTone;
    }

    public void setBargeTone(boolean bargeTone) {
        this.bargeTone = bargeTone;
    }

    public boolean isAgentIndicator() {
        return agentIndicator;
    }

    public void setAgentIndicator(boolean agentIndicator) {
        this.agentIndicator = agentIndicator;
    }

    public boolean isAgentsMayMarkPrivate() {
        return agentsMayMarkPrivate;
    }

    public void setAgentsMayMarkPrivate(boolean agentsMayMarkPrivate) {
        this.agentsMayMarkPrivate = agentsMayMarkPrivate;
    }
}
