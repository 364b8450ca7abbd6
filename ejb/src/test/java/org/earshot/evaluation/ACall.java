package org.earshot.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.earshot.calls.CallDirection;

/**
 * Builds a sampling candidate: by default a complete, unmonitored, inbound 5-minute recorded call of
 * agent 1 (team 7) on queue Billing, stratum billing, on Tuesday 8 December 2026 at 10:00 UTC (the
 * week of {@link SamplingDrawTest#WEEK}), with no speech signals.
 */
final class ACall {

    static final Instant TUESDAY = Instant.parse("2026-12-08T10:00:00Z");

    private final String callId;
    private long agentId = 1;
    private Long teamId = 7L;
    private String queue = "Billing";
    private String stratum = "billing";
    private Instant startedAt = TUESDAY;
    private Duration duration = Duration.ofMinutes(5);
    private CallDirection direction = CallDirection.INBOUND;
    private boolean monitored;
    private boolean complete = true;
    private boolean pausedOnly;
    private final Map<String, Double> signals = new HashMap<>();

    private ACall(String callId) {
        this.callId = callId;
    }

    static ACall of(String callId) {
        return new ACall(callId);
    }

    ACall agent(long agentId) {
        this.agentId = agentId;
        return this;
    }

    ACall team(Long teamId) {
        this.teamId = teamId;
        return this;
    }

    ACall queue(String queue) {
        this.queue = queue;
        return this;
    }

    ACall stratum(String stratum) {
        this.stratum = stratum;
        return this;
    }

    ACall at(Instant startedAt) {
        this.startedAt = startedAt;
        return this;
    }

    ACall lasting(Duration duration) {
        this.duration = duration;
        return this;
    }

    ACall direction(CallDirection direction) {
        this.direction = direction;
        return this;
    }

    ACall monitored() {
        this.monitored = true;
        return this;
    }

    ACall incomplete() {
        this.complete = false;
        return this;
    }

    ACall pausedOnly() {
        this.pausedOnly = true;
        return this;
    }

    ACall signal(String key, double value) {
        signals.put(key, value);
        return this;
    }

    SamplingCandidate build() {
        return new SamplingCandidate(callId, agentId, teamId, queue, stratum, startedAt, duration, direction, monitored, complete,
                pausedOnly, signals);
    }
}
