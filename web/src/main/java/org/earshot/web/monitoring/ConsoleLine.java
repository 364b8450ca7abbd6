package org.earshot.web.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.earshot.calls.AgentStatus;
import org.earshot.calls.CallState;
import org.earshot.calls.LiveAgent;
import org.earshot.monitoring.MonitorableCall;
import org.earshot.telephony.api.MonitoringMode;

/**
 * One line of the supervisor console, as a softphone's Lines tab shows it: an agent in scope and,
 * when the agent is on a call, that call as the monitoring service offers it to this supervisor.
 *
 * @param call null when the agent has no call under way (or none this supervisor may see)
 */
public record ConsoleLine(LiveAgent agent, MonitorableCall call) {

    /** Logged out, available, away, ringing, on call, on hold, transferring or wrap-up. */
    public String state() {
        if (call != null && call.held()) {
            return "on hold";
        }
        if (call != null && CallState.TRANSFERRING.name().equals(call.callState())) {
            return "transferring";
        }
        if (agent.status() == AgentStatus.WRAP_UP) {
            return "wrap-up";
        }
        if (agent.status() != AgentStatus.IDLE) {
            return words(agent.status());
        }
        return call != null ? "on call" : words(agent.presence());
    }

    /** The call's queue, or the queues the agent is logged in to between calls. */
    public String queues() {
        return call != null && call.queueName() != null ? call.queueName() : String.join(", ", agent.queues());
    }

    public String caller() {
        return call != null ? call.caller() : agent.caller();
    }

    /** How long the call has been answered (or ringing); the page counts on from here. */
    public Duration onCallFor() {
        Instant since = call != null && call.answeredAt() != null ? call.answeredAt() : agent.callSince();
        return since == null ? Duration.ZERO : Duration.between(since, Instant.now());
    }

    public boolean isOnCall() {
        return call != null || agent.callId() != null;
    }

    /** The modes this supervisor may start in, least intrusive first; empty when none. */
    public List<MonitoringMode> startModes() {
        return call == null ? List.of() : call.allowedModes().stream().sorted().toList();
    }

    /** Why this supervisor cannot monitor the call, when the service says so. */
    public String whyNot() {
        return call == null || !call.allowedModes().isEmpty() ? null : call.whyNot();
    }

    private static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
