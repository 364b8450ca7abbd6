package org.earshot.calls;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.earshot.access.AccessTarget;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.earshot.telephony.api.CallEvent;
import org.earshot.telephony.api.MonitoringMode;

/**
 * One call through Earshot, built from its call events: who called whom, through which queue,
 * which agent took it, when it rang, was answered, held and ended, why it ended, and how much
 * media Earshot carried. Every event is also kept as a {@link CallStateChange}.
 */
@Entity
@Table(name = "call_record")
public class CallRecord {

    private static final int DISPOSITION_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_id", nullable = false, length = 64, updatable = false)
    private String callId;

    @Column(length = 128, updatable = false)
    private String caller;

    @Column(length = 64, updatable = false)
    private String dialed;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "queue_id", updatable = false)
    private CallQueue queue;

    @Column(name = "agent_extension", length = 16)
    private String agentExtension;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agent_user_id")
    private User agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CallState state = CallState.RINGING;

    /** While TRANSFERRING: the state the call goes back to if the transfer fails (answered or held). */
    @Enumerated(EnumType.STRING)
    @Column(name = "state_before_transfer", length = 16)
    private CallState stateBeforeTransfer;

    /** While TRANSFERRING: the extension being rung. */
    @Column(name = "transfer_target", length = 16)
    private String transferTarget;

    /** A supervisor took the call over: the agent left it, though the record still names them. */
    @Column(name = "agent_released", nullable = false)
    private boolean agentReleased;

    /** When the agent marked the call private; no supervisor may monitor it from then on. */
    @Column(name = "marked_private_at")
    private Instant markedPrivateAt;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "ringing_at")
    private Instant ringingAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(length = DISPOSITION_LENGTH)
    private String disposition;

    @Column(name = "packets_from_caller", nullable = false)
    private long packetsFromCaller;

    @Column(name = "packets_to_agent", nullable = false)
    private long packetsToAgent;

    @Column(name = "packets_from_agent", nullable = false)
    private long packetsFromAgent;

    @Column(name = "packets_to_caller", nullable = false)
    private long packetsToCaller;

    @Column(name = "packets_lost", nullable = false)
    private long packetsLost;

    @OneToMany(mappedBy = "call", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt, id")
    private List<CallStateChange> changes = new ArrayList<>();

    @Version
    private long version;

    protected CallRecord() {
    }

    /**
     * The record of a call first heard of through {@code first}; the call is taken to have started
     * then, since the B2BUA reports a call once it rings (or ends without ringing).
     */
    public CallRecord(CallEvent first, CallQueue queue, User agent) {
        this.callId = first.callId();
        this.caller = first.caller();
        this.dialed = first.dialed();
        this.queue = queue;
        this.agentExtension = first.agent();
        this.agent = agent;
        this.startedAt = first.at();
    }

    /**
     * The agent the call is with from now on: a queue call has none while it waits, and a transfer
     * hands it to another. The record shows the last one; the history keeps every ringing.
     */
    public void assignAgent(String extension, User user) {
        this.agentExtension = extension;
        this.agent = user;
        this.agentReleased = false;
    }

    /** Takes in the call's next event, in the order the B2BUA raised them. */
    public void apply(CallEvent event) {
        Instant at = event.at();
        switch (event.type()) {
            case RINGING -> ringingAt = ringingAt == null ? at : ringingAt;
            case ANSWERED -> {
                answeredAt = at;
                state = CallState.ANSWERED;
            }
            case HELD -> {
                heldAt = heldAt == null ? at : heldAt; // the first hold; the history has every one
                lineIs(CallState.HELD);
            }
            case RESUMED -> lineIs(CallState.ANSWERED);
            case TRANSFERRING -> {
                stateBeforeTransfer = state;
                transferTarget = event.detail();
                state = CallState.TRANSFERRING;
            }
            case TRANSFERRED, TRANSFER_FAILED -> transferDecided();
            case ENDED -> {
                endedAt = at;
                transferDecided();
                state = CallState.ENDED;
                disposition = Clipped.to(DISPOSITION_LENGTH, event.detail());
            }
            case MONITOR_STARTED, MONITOR_MODE_CHANGED -> agentReleased |= event.monitor() != null
                    && event.monitor().mode() == MonitoringMode.TAKEOVER;
            case QUEUED, DTMF -> {
                // kept in the history only
            }
        }
        if (event.media() != null) {
            CallEvent.MediaSummary media = event.media();
            packetsFromCaller = media.fromCaller();
            packetsToAgent = media.toAgent();
            packetsFromAgent = media.fromAgent();
            packetsToCaller = media.toCaller();
            packetsLost = media.lost();
        }
        changes.add(new CallStateChange(this, event.type().name(), at, event.detail()));
    }

    /** A hold or resume while the transfer target rings counts once the transfer is decided. */
    private void lineIs(CallState held) {
        if (state == CallState.TRANSFERRING) {
            stateBeforeTransfer = held;
        } else {
            state = held;
        }
    }

    /** Back to where the call stood before the transfer: the target has it now, or the transferring agent still does. */
    private void transferDecided() {
        if (state == CallState.TRANSFERRING) {
            state = stateBeforeTransfer;
        }
        stateBeforeTransfer = null;
        transferTarget = null;
    }

    /**
     * Ends a call that the telephony core can no longer report on (it restarted and lost it), as its
     * own ENDED event would have, with the reason as disposition.
     */
    public void cutOff(Instant at, String reason) {
        apply(new CallEvent(callId, CallEvent.Type.ENDED, at, caller, dialed, null, agentExtension, reason, null));
    }

    /** The agent asked that nobody monitor the call; it stays private until it ends. */
    public void markPrivate(Instant at) {
        if (markedPrivateAt == null) {
            markedPrivateAt = at;
        }
    }

    /** Who may see this call: through its agent or its queue; a call with neither only organization-wide. */
    public AccessTarget accessTarget() {
        if (agent != null) {
            return AccessTarget.call(callId, agent, queue);
        }
        return queue != null ? AccessTarget.queue(queue) : AccessTarget.organization();
    }

    /** From the start until answered, or until the end of an unanswered call; so far while it rings. */
    public Duration ringTime(Instant now) {
        Instant stop = answeredAt != null ? answeredAt : endedAt != null ? endedAt : now;
        return Duration.between(startedAt, stop);
    }

    /** From answer to end, so far while the call goes on; zero if never answered. */
    public Duration talkTime(Instant now) {
        return answeredAt == null ? Duration.ZERO : Duration.between(answeredAt, endedAt != null ? endedAt : now);
    }

    public Long getId() {
        return id;
    }

    public String getCallId() {
        return callId;
    }

    public String getCaller() {
        return caller;
    }

    public String getDialed() {
        return dialed;
    }

    public CallQueue getQueue() {
        return queue;
    }

    public String getAgentExtension() {
        return agentExtension;
    }

    public User getAgent() {
        return agent;
    }

    public CallState getState() {
        return state;
    }

    /** Whether a supervisor took the call over, so that its agent is no longer on it. */
    public boolean isAgentReleased() {
        return agentReleased;
    }

    /** The extension the call is being transferred to, while it is TRANSFERRING; else null. */
    public String getTransferTarget() {
        return transferTarget;
    }

    public boolean isMarkedPrivate() {
        return markedPrivateAt != null;
    }

    public Instant getMarkedPrivateAt() {
        return markedPrivateAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getRingingAt() {
        return ringingAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getDisposition() {
        return disposition;
    }

    public long getPacketsFromCaller() {
        return packetsFromCaller;
    }

    public long getPacketsToAgent() {
        return packetsToAgent;
    }

    public long getPacketsFromAgent() {
        return packetsFromAgent;
    }

    public long getPacketsToCaller() {
        return packetsToCaller;
    }

    public long getPacketsLost() {
        return packetsLost;
    }

    /** The call's history; loaded only where it is asked for (one call's detail). */
    public List<CallStateChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }
}
