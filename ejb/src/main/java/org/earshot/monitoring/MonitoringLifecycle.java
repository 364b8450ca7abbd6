package org.earshot.monitoring;

import org.earshot.events.Aggregate;
import org.earshot.events.DomainEvent;
import org.earshot.events.EventType;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The domain events of a monitoring session (schemas in {@code events/monitoring.*.schema.json}):
 * started once allowed and ringing the supervisor, each change of mode, and its end.
 */
public final class MonitoringLifecycle {

    private MonitoringLifecycle() {
    }

    /** An event in a monitoring session's history, which is the session's aggregate. */
    public interface OfSession extends DomainEvent {

        long sessionId();

        @Override
        default Aggregate aggregate() {
            return Aggregate.monitoringSession(sessionId());
        }
    }

    @EventType(name = "monitoring.started", version = 1)
    public record Started(long sessionId, String callId, String supervisor, String agent, MonitoringMode mode,
                          MonitoringPurpose purpose) implements OfSession {

        static Started of(MonitoringSession session) {
            return new Started(session.getId(), session.getCallId(), session.getSupervisorUsername(), session.getAgentUsername(),
                    session.getMode(), session.getPurpose());
        }
    }

    @EventType(name = "monitoring.mode-changed", version = 1)
    public record ModeChanged(long sessionId, String callId, MonitoringMode previousMode, MonitoringMode mode) implements OfSession {
    }

    @EventType(name = "monitoring.ended", version = 1)
    public record Ended(long sessionId, String callId, String reason) implements OfSession {

        static Ended of(MonitoringSession session) {
            return new Ended(session.getId(), session.getCallId(), session.getEndReason());
        }
    }
}
