package org.earshot.monitoring;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.earshot.calls.CallState;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The monitoring rules beyond a supervisor's grants and monitoring groups, free of persistence: the
 * call must be answered, the queue's policy must allow the mode and have room for another monitor,
 * only one supervisor may be heard (whisper, barge, takeover) at a time, a takeover is final, and a
 * call its agent marked private is not monitored at all. Each refusal is a sentence for people.
 */
public final class MonitoringRules {

    /** The longest note a monitoring request may carry; the API's request constraint names it too. */
    public static final int NOTE_LENGTH = 500;

    static final String MARKED_PRIVATE = "The agent marked this call private";

    private final String queueName;
    private final MonitoringPolicy policy;
    private final Collection<MonitoringSession> liveSessions;
    private final boolean markedPrivate;

    /**
     * @param queueName     the call's queue, or null for a dialed extension (then {@code policy} is the default one)
     * @param liveSessions  the call's sessions that are ringing or connected
     * @param markedPrivate whether the call's agent marked it private
     */
    public MonitoringRules(String queueName, MonitoringPolicy policy, Collection<MonitoringSession> liveSessions,
                           boolean markedPrivate) {
        this.queueName = queueName;
        this.policy = policy;
        this.liveSessions = liveSessions;
        this.markedPrivate = markedPrivate;
    }

    /** What a request must say whatever the call: why it is monitored, and a note of reasonable length. */
    public static Optional<String> refusalOf(MonitoringRequest request) {
        if (request.mode() == null) {
            return Optional.of("Choose a monitoring mode");
        }
        if (request.purpose() == null) {
            return Optional.of("Choose the business purpose of monitoring this call");
        }
        if (request.note() != null && request.note().length() > NOTE_LENGTH) {
            return Optional.of("The note may have at most " + NOTE_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** Why this supervisor may not start monitoring the call in the mode now, if so. */
    public Optional<String> refusalToStart(long supervisorId, CallState callState, MonitoringMode mode) {
        if (markedPrivate) {
            return Optional.of(MARKED_PRIVATE);
        }
        if (callState == CallState.TRANSFERRING) {
            return Optional.of("The call is being transferred; monitor it once the transfer is decided");
        }
        if (callState != CallState.ANSWERED && callState != CallState.HELD) {
            return Optional.of("The call is not answered; only answered calls can be monitored");
        }
        Optional<String> policyRefusal = refusalByPolicy(mode);
        if (policyRefusal.isPresent()) {
            return policyRefusal;
        }
        if (liveSessions.stream().anyMatch(s -> s.getSupervisorId() == supervisorId)) {
            return Optional.of("You are already monitoring this call");
        }
        if (liveSessions.size() >= policy.getMaxMonitorsPerCall()) {
            return Optional.of("The call already has " + liveSessions.size() + " monitors, the most " + where() + " allows");
        }
        return refusalAsHeard(null, mode);
    }

    /** Why the session may not switch to the mode now, if so. */
    public Optional<String> refusalToSwitch(MonitoringSession session, MonitoringMode mode) {
        if (session.getState() != SessionState.CONNECTED) {
            return Optional.of(session.getState() == SessionState.RINGING
                    ? "Your phone has not answered yet; switch once it has" : "The session has ended");
        }
        if (session.getMode() == MonitoringMode.TAKEOVER) {
            return Optional.of("A takeover is final: the call is yours now");
        }
        if (markedPrivate) {
            return Optional.of(MARKED_PRIVATE);
        }
        if (session.getMode() == mode) {
            return Optional.of("The session is already in " + mode);
        }
        return refusalByPolicy(mode).or(() -> refusalAsHeard(session, mode));
    }

    /** The modes of {@code candidates} the supervisor could start in now. */
    public Set<MonitoringMode> startable(long supervisorId, CallState callState, Set<MonitoringMode> candidates) {
        Set<MonitoringMode> modes = EnumSet.noneOf(MonitoringMode.class);
        candidates.stream().filter(m -> refusalToStart(supervisorId, callState, m).isEmpty()).forEach(modes::add);
        return modes;
    }

    /** The modes of {@code candidates} the session could switch to now. */
    public Set<MonitoringMode> switchable(MonitoringSession session, Set<MonitoringMode> candidates) {
        Set<MonitoringMode> modes = EnumSet.noneOf(MonitoringMode.class);
        candidates.stream().filter(m -> refusalToSwitch(session, m).isEmpty()).forEach(modes::add);
        return modes;
    }

    /** Whether the session's current mode is still what the queue's policy allows. */
    public Optional<String> refusalToContinue(MonitoringSession session) {
        return markedPrivate ? Optional.of(MARKED_PRIVATE) : refusalByPolicy(session.getMode());
    }

    /**
     * Why the agent may not mark the call private now, if so: only their own answered call, when its
     * queue's policy lets agents do so, and not once a supervisor has taken it over (that cannot be undone).
     */
    public Optional<String> refusalToMarkPrivate(boolean agentsOwnCall, CallState callState) {
        if (!agentsOwnCall) {
            return Optional.of("Only the agent on the call may mark it private");
        }
        if (callState != CallState.ANSWERED && callState != CallState.HELD) {
            return Optional.of("Only an answered call can be marked private");
        }
        if (markedPrivate) {
            return Optional.of("The call is marked private already");
        }
        if (!policy.isAgentsMayMarkPrivate()) {
            return Optional.of(queueName == null ? "Calls outside queues cannot be marked private"
                    : "Queue " + queueName + " does not let agents mark calls private (queue policy)");
        }
        if (liveSessions.stream().anyMatch(s -> s.getMode() == MonitoringMode.TAKEOVER)) {
            return Optional.of("A supervisor has taken the call over; it cannot be marked private");
        }
        return Optional.empty();
    }

    private Optional<String> refusalByPolicy(MonitoringMode mode) {
        if (policy.getAllowedModes().isEmpty()) {
            return Optional.of("Calls of queue " + queueName + " are not monitored (queue policy)");
        }
        if (!policy.allows(mode)) {
            return Optional.of(mode + " is not allowed " + where() + " (it allows " + policy.getAllowedModes() + ")");
        }
        return Optional.empty();
    }

    private Optional<String> refusalAsHeard(MonitoringSession self, MonitoringMode mode) {
        if (!mode.isHeard()) {
            return Optional.empty();
        }
        return liveSessions.stream()
                .filter(s -> self == null || !Objects.equals(s.getId(), self.getId()))
                .filter(s -> s.getMode().isHeard()).findFirst()
                .map(s -> "Another supervisor is already heard on this call (" + s.getMode()
                        + "); only one may whisper, barge or take over at a time");
    }

    private String where() {
        return queueName == null ? "on calls outside queues" : "on queue " + queueName;
    }
}
