package org.earshot.monitoring;

import java.util.Set;
import org.earshot.telephony.api.MonitoringMode;

/**
 * A queue's monitoring policy as an administrator sets it.
 *
 * @param announcementPromptId the caller announcement, or null for none
 * @param agentNoticePromptId  the prompt of an {@link AgentNotice#PROMPT} notice; ignored otherwise
 */
public record PolicyChange(Set<MonitoringMode> allowedModes, int maxMonitorsPerCall, Long announcementPromptId,
                           AgentNotice agentNotice, Long agentNoticePromptId, boolean bargeTone, boolean agentIndicator,
                           boolean agentsMayMarkPrivate) {

    public PolicyChange {
        allowedModes = Set.copyOf(allowedModes);
    }

    /** The change that leaves the policy as it is. */
    public static PolicyChange of(MonitoringPolicy policy) {
        return new PolicyChange(policy.getAllowedModes(), policy.getMaxMonitorsPerCall(), idOf(policy.getCallerAnnouncement()),
                policy.getAgentNotice(), idOf(policy.getAgentNoticePrompt()), policy.isBargeTone(), policy.isAgentIndicator(),
                policy.isAgentsMayMarkPrivate());
    }

    private static Long idOf(AudioPrompt prompt) {
        return prompt == null ? null : prompt.getId();
    }
}
