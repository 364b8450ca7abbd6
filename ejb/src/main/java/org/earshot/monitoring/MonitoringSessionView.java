package org.earshot.monitoring;

import java.time.Instant;
import java.util.Set;
import org.earshot.telephony.api.MonitoringMode;

/**
 * A supervisor's monitoring session: the call, its mode and purpose, where it stands (RINGING,
 * CONNECTED, ENDED) and the modes the supervisor may switch to now.
 *
 * @param modeSince when the current mode began (the phone answering, or the last switch); null while ringing
 */
public record MonitoringSessionView(long id, String callId, String agentName, String agentExtension, String queueName,
                                    MonitoringMode mode, MonitoringPurpose purpose, String note, String state,
                                    Instant requestedAt, Instant connectedAt, Instant modeSince, Instant endedAt, String endReason,
                                    Set<MonitoringMode> allowedModes) {

    public MonitoringSessionView {
        allowedModes = Set.copyOf(allowedModes);
    }
}
