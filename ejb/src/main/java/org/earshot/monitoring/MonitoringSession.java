package org.earshot.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.earshot.telephony.api.MonitoringMode;

/**
 * One supervisor monitoring one call, from the request until it ends. Users and the queue are kept
 * by id and by name as they were at the start (the audit trail speaks of them so), without
 * associations, so that locking a session locks its row alone.
 */
@Entity
@Table(name = "monitoring_session")
public class MonitoringSession {

    private static final int END_REASON_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false, length = 64, updatable = false)
    private String callId;

    /** The telephony core's id of the session, known once it accepted the request. */
    @Column(name = "telephony_session_id", length = 64)
    private String telephonySessionId;

    @Column(name = "supervisor_user_id", nullable = false, updatable = false)
    private Long supervisorId;

    @Column(name = "supervisor_username", nullable = false, length = 64, updatable = false)
    private String supervisorUsername;

    @Column(name = "supervisor_extension", nullable = false, length = 16, updatable = false)
    private String supervisorExtension;

    @Column(name = "agent_user_id", nullable = false)
    private Long agentId;

    @Column(name = "agent_username", nullable = false, length = 64)
    private String agentUsername;

    @Column(name = "agent_name", nullable = false, length = 200)
    private String agentName;

    @Column(name = "agent_extension", length = 16)
    private String agentExtension;

    @Column(name = "queue_name", length = 100, updatable = false)
    private String queueName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MonitoringMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private MonitoringPurpose purpose;

    @Column(name = "purpose_defaulted", nullable = false, updatable = false)
    private boolean purposeDefaulted;

    @Column(length = 500, updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionState state = SessionState.RINGING;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "connected_at")
    private Instant connectedAt;

    /** When the current mode began: the phone answering, or the last switch; null while ringing. */
    @Column(name = "mode_since")
    private Instant modeSince;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "end_reason", length = END_REASON_LENGTH)
    private String endReason;

    /** The UTC day it was requested: the monitoring dashboard's day. */
    @Column(name = "requested_on", nullable = false, updatable = false)
    private LocalDate requestedOn;

    /** The monitored agent's team (it follows the call to another agent) and the call's queue: the dashboard's scope. */
    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "queue_id", updatable = false)
    private Long queueId;

    /**
     * The most intrusive mode the session was in (the modes' order: LISTEN, WHISPER, BARGE, TAKEOVER),
     * which the dashboard counts it under: a session that whispered and then barged is a barge.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "peak_mode", nullable = false, length = 16)
    private MonitoringMode peakMode;

    /** How long the supervisor was in the call, connected to ended; null until it ends, and for a session never connected. */
    @Column(name = "listened_seconds")
    private Long listenedSeconds;

    @Version
    private long version;

    protected MonitoringSession() {
    }

    public MonitoringSession(String callId, User supervisor, String supervisorExtension, User agent, String agentExtension,
                             CallQueue queue, MonitoringRequest request, Instant requestedAt) {
        this.callId = callId;
        this.supervisorId = supervisor.getId();
        this.supervisorUsername = supervisor.getUsername();
        this.supervisorExtension = supervisorExtension;
        followAgent(agent, agentExtension);
        this.queueName = queue == null ? null : queue.getName();
        this.queueId = queue == null ? null : queue.getId();
        this.mode = request.mode();
        this.peakMode = request.mode();
        this.purpose = request.purpose();
        this.purposeDefaulted = request.purposeDefaulted();
        this.note = request.note();
        this.requestedAt = requestedAt;
        this.requestedOn = LocalDate.ofInstant(requestedAt, ZoneOffset.UTC);
    }

    public void identifyAs(String telephonyId) {
        this.telephonySessionId = telephonyId;
    }

    public void connect(Instant at) {
        if (state == SessionState.RINGING) {
            state = SessionState.CONNECTED;
            connectedAt = at;
            modeSince = at;
        }
    }

    /**
     * The session is in the mode from then on. Switching to the mode it is in changes nothing: the
     * core's report of a switch Earshot made arrives after it and must not move the mode's start.
     */
    public void switchTo(MonitoringMode newMode, Instant at) {
        if (newMode != mode) {
            mode = newMode;
            modeSince = at;
            if (newMode.compareTo(peakMode) > 0) {
                peakMode = newMode;
            }
        }
    }

    /** The call went to another agent, and the session with it. */
    public final void followAgent(User agent, String extension) {
        this.agentId = agent.getId();
        this.agentUsername = agent.getUsername();
        this.agentName = agent.getDisplayName();
        this.agentExtension = extension;
        this.teamId = agent.getTeam() == null ? null : agent.getTeam().getId();
    }

    /** Ends the session unless it already ended; whether it did now. */
    public boolean end(Instant at, String reason) {
        if (!state.isLive()) {
            return false;
        }
        state = SessionState.ENDED;
        endedAt = at;
        listenedSeconds = connectedAt == null ? null : Duration.between(connectedAt, at).toSeconds();
        endReason = reason == null || reason.length() <= END_REASON_LENGTH ? reason : reason.substring(0, END_REASON_LENGTH);
        return true;
    }

    public MonitoringSessionView view(Set<MonitoringMode> allowedModes) {
        return new MonitoringSessionView(id, callId, agentName, agentExtension, queueName, mode, purpose, note, state.name(),
                requestedAt, connectedAt, modeSince, endedAt, endReason, allowedModes);
    }

    public Long getId() {
        return id;
    }

    public String getCallId() {
        return callId;
    }

    public String getTelephonySessionId() {
        return telephonySessionId;
    }

    public Long getSupervisorId() {
        return supervisorId;
    }

    public String getSupervisorUsername() {
        return supervisorUsername;
    }

    public String getSupervisorExtension() {
        return supervisorExtension;
    }

    public Long getAgentId() {
        return agentId;
    }

    public String getAgentUsername() {
        return agentUsername;
    }

    public String getAgentName() {
        return agentName;
    }

    public String getAgentExtension() {
        return agentExtension;
    }

    public String getQueueName() {
        return queueName;
    }

    public MonitoringMode getMode() {
        return mode;
    }

    public MonitoringPurpose getPurpose() {
        return purpose;
    }

    public boolean isPurposeDefaulted() {
        return purposeDefaulted;
    }

    public String getNote() {
        return note;
    }

    public SessionState getState() {
        return state;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getConnectedAt() {
        return connectedAt;
    }

    public Instant getModeSince() {
        return modeSince;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getEndReason() {
        return endReason;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getQueueId() {
        return queueId;
    }

    public MonitoringMode getPeakMode() {
        return peakMode;
    }

    public Long getListenedSeconds() {
        return listenedSeconds;
    }
}
