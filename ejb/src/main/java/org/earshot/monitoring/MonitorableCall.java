package org.earshot.monitoring;

import java.time.Instant;
import java.util.Set;
import org.earshot.telephony.api.MonitoringMode;

/**
 * A call under way as a supervisor's console shows it: who is on it, how many monitor it, and the
 * modes this supervisor may start in now, or why none.
 */
public record MonitorableCall(String callId, Long agentId, String agentName, String agentExtension, String caller,
                              String queueName, String callState, Instant answeredAt, boolean held, int monitors,
                              boolean recorded, Set<MonitoringMode> allowedModes, String whyNot) {

    public MonitorableCall {
        allowedModes = Set.copyOf(allowedModes);
    }
}
