package org.earshot.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.earshot.organization.OrganizationException;
import org.earshot.telephony.api.MonitoringMode;

/**
 * How a queue's calls may be monitored and who is told: the modes allowed on the queue (none: its
 * calls are not monitored), how many supervisors may monitor one call, the caller's announcement
 * before an agent is bridged, the agent's notice when monitoring starts, the barge tone, and
 * whether the agent's own view shows that they are monitored, and whether agents may mark their
 * own call private. The EJB layer enforces the modes, the maximum and private calls; the telephony core reads the notices from the queue's row.
 */
@Embeddable
public class MonitoringPolicy {

    public static final int MAX_MONITORS_LIMIT = 10;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_queue_monitoring_mode", joinColumns = @JoinColumn(name = "queue_id"))
    @Column(name = "mode", length = 16)
    @Enumerated(EnumType.STRING)
    private Set<MonitoringMode> allowedModes = EnumSet.allOf(MonitoringMode.class);

    @Column(name = "monitoring_max_per_call", nullable = false)
    private int maxMonitorsPerCall = 3;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "announcement_prompt_id")
    private AudioPrompt callerAnnouncement;

    @Enumerated(EnumType.STRING)
    @Column(name = "agent_notice", nullable = false, length = 16)
    private AgentNotice agentNotice = AgentNotice.TONE;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_notice_prompt_id")
    private AudioPrompt agentNoticePrompt;

    @Column(name = "barge_tone", nullable = false)
    private boolean bargeTone = true;

    @Column(name = "agent_indicator", nullable = false)
    private boolean agentIndicator = true;

    @Column(name = "agents_may_mark_private", nullable = false)
    private boolean agentsMayMarkPrivate;

    public void allowModes(Set<MonitoringMode> modes) {
        allowedModes.clear();
        allowedModes.addAll(modes);
    }

    public void limitMonitorsPerCall(int max) {
        if (max < 1 || max > MAX_MONITORS_LIMIT) {
            throw new OrganizationException("maxMonitorsPerCall",
                    "Monitors per call must be between 1 and " + MAX_MONITORS_LIMIT);
        }
        this.maxMonitorsPerCall = max;
    }

    /** The announcement callers hear before an agent is put through, or none. */
    public void announceWith(AudioPrompt announcement) {
        this.callerAnnouncement = announcement;
    }

    /** What the agent hears when monitoring starts; a prompt only with {@link AgentNotice#PROMPT}, which needs one. */
    public void noticeAgentWith(AgentNotice notice, AudioPrompt prompt) {
        if (notice == null) {
            throw new OrganizationException("agentNotice", "Choose what the agent hears when monitoring starts");
        }
        if (notice == AgentNotice.PROMPT && prompt == null) {
            throw new OrganizationException("agentNoticePrompt", "Choose the prompt the agent hears");
        }
        this.agentNotice = notice;
        this.agentNoticePrompt = notice == AgentNotice.PROMPT ? prompt : null;
    }

    public void playBargeTone(boolean play) {
        this.bargeTone = play;
    }

    public void showAgentIndicator(boolean show) {
        this.agentIndicator = show;
    }

    public void letAgentsMarkPrivate(boolean allowed) {
        this.agentsMayMarkPrivate = allowed;
    }

    /**
     * The settings as people read them, by name in a fixed order: two of these side by side say what a
     * change changed, for the audit trail.
     */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("modes", allowedModes.isEmpty() ? "none (not monitored)"
                : allowedModes.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")));
        settings.put("monitors per call", String.valueOf(maxMonitorsPerCall));
        settings.put("caller announcement", callerAnnouncement == null ? "none" : callerAnnouncement.getName());
        settings.put("agent notice", agentNotice == AgentNotice.PROMPT ? "prompt " + agentNoticePrompt.getName() : agentNotice.name());
        settings.put("barge tone", bargeTone ? "on" : "off");
        settings.put("agent indicator", agentIndicator ? "on" : "off");
        settings.put("agents may mark calls private", agentsMayMarkPrivate ? "yes" : "no");
        return settings;
    }

    public boolean allows(MonitoringMode mode) {
        return allowedModes.contains(mode);
    }

    public Set<MonitoringMode> getAllowedModes() {
        return Collections.unmodifiableSet(allowedModes);
    }

    public int getMaxMonitorsPerCall() {
        return maxMonitorsPerCall;
    }

    public AudioPrompt getCallerAnnouncement() {
        return callerAnnouncement;
    }

    public AgentNotice getAgentNotice() {
        return agentNotice;
    }

    public AudioPrompt getAgentNoticePrompt() {
        return agentNoticePrompt;
    }

    public boolean isBargeTone() {
        return bargeTone;
    }

    public boolean isAgentIndicator() {
        return agentIndicator;
    }

    public boolean isAgentsMayMarkPrivate() {
        return agentsMayMarkPrivate;
    }
}
