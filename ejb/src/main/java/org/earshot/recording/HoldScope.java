package org.earshot.recording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which recordings a legal hold keeps: every criterion that is set must match (a recording, a call,
 * an agent, a caller's number, recordings started in a time range); at least one is set, so no hold
 * keeps everything by accident.
 */
public record HoldScope(UUID recordingId, String callId, String agentUsername, String callerNumber, Instant from, Instant to) {

    public HoldScope {
        callId = blankToNull(callId);
        agentUsername = blankToNull(agentUsername);
        callerNumber = blankToNull(callerNumber) == null ? null : CallerNumber.parse(callerNumber).value();
        if (recordingId == null && callId == null && agentUsername == null && callerNumber == null && from == null && to == null) {
            throw new GovernanceException("scope", "Say what the hold keeps: a recording, a call, an agent, a caller's number or a time range");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new GovernanceException("to", "The range must end after it starts");
        }
        if (callId != null && callId.length() > 64) {
            throw new GovernanceException("callId", "A call id has at most 64 characters");
        }
        if (agentUsername != null && agentUsername.length() > 64) {
            throw new GovernanceException("agent", "A username has at most 64 characters");
        }
    }

    /** The scope as people read it, e.g. "agent ann, from 2026-01-01T00:00:00Z". */
    public String described() {
        List<String> parts = new ArrayList<>();
        add(parts, "recording", recordingId);
        add(parts, "call", callId);
        add(parts, "agent", agentUsername);
        add(parts, "caller", callerNumber);
        add(parts, "from", from);
        add(parts, "to", to);
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value != null) {
            parts.add(name + " " + value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
