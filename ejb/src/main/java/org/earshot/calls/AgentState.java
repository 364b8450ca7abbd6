package org.earshot.calls;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;

/**
 * Where one agent stands now, as the live view shows it: logged out, available or away, the queues
 * logged in to, what the agent is doing and since when, with the call that occupies them, if any.
 * <p>
 * Two feeds keep it, each in order but not ordered against each other: the queue engine's agent
 * states (presence, queues, and an activity that includes wrap-up) and the call events (which call
 * rings or is under way). While a call occupies the agent, the call says what the agent does;
 * otherwise the queue engine's last word does. So whichever feed speaks last, the agent ends up
 * right once both have spoken.
 */
@Entity
@Table(name = "agent_state")
public class AgentState {

    @Id
    @Column(name = "user_id")
    private Long agentId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgentPresence presence;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "agent_state_queue", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "queue_id"))
    private Set<CallQueue> queues = new HashSet<>();

    /** What the queue engine last said the agent is doing. */
    @Enumerated(EnumType.STRING)
    @Column(name = "activity", nullable = false, length = 16)
    private AgentStatus reported;

    /** What the live view shows the agent doing: the call's word while there is one, else the queue engine's. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgentStatus status;

    @Column(nullable = false)
    private Instant since;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "call_record_id")
    private CallRecord call;

    @Version
    private long version;

    protected AgentState() {
    }

    /** An agent first seen by Earshot: logged out and idle, as the queue engine starts everybody. */
    public AgentState(User agent, Instant since) {
        this.agent = agent;
        this.presence = AgentPresence.LOGGED_OUT;
        this.reported = AgentStatus.IDLE;
        this.status = AgentStatus.IDLE;
        this.since = since;
    }

    /**
     * Takes in an event of a call this agent is on. Records are compared as entities of one
     * persistence context (the receiver's transaction), where one call is one instance.
     *
     * @return whether what the live view shows changed
     */
    public boolean follow(CallRecord record, Instant at) {
        Shown before = shown();
        switch (record.getState()) {
            case RINGING, ANSWERED, HELD, TRANSFERRING -> call = record;
            case ENDED -> {
                // Events of different calls are not ordered against each other: the end of an
                // earlier call must not free an agent who is already on the next one.
                if (call == record) {
                    call = null;
                }
            }
        }
        return changedSince(before, at, false);
    }

    /**
     * A call that rang for this agent went to another (it rang out, was refused, or was transferred):
     * it no longer occupies this agent.
     */
    public boolean release(CallRecord record, Instant at) {
        Shown before = shown();
        if (call == record) {
            call = null;
        }
        return changedSince(before, at, false);
    }

    /** The queue engine's word on the agent: presence, the queues logged in to, and what it is doing. */
    public boolean report(AgentPresence presence, Set<CallQueue> queues, AgentStatus activity, Instant at) {
        Shown before = shown();
        boolean otherQueues = !this.queues.equals(queues);
        this.queues.retainAll(queues);
        this.queues.addAll(queues);
        this.presence = presence;
        this.reported = activity;
        return changedSince(before, at, otherQueues);
    }

    /** Earshot restarted: its new telephony core has no calls and has every agent logged out. */
    public boolean loggedOutByRestart(Instant at) {
        Shown before = shown();
        boolean hadQueues = !queues.isEmpty();
        queues.clear();
        presence = AgentPresence.LOGGED_OUT;
        reported = AgentStatus.IDLE;
        call = null;
        return changedSince(before, at, hadQueues);
    }

    /** Works out the status shown; true, and since moved to {@code at}, when anything shown changed. */
    private boolean changedSince(Shown before, Instant at, boolean otherQueues) {
        status = call == null || !call.getState().isLive() ? reported
                : switch (call.getState()) {
                    case RINGING -> AgentStatus.RINGING;
                    case TRANSFERRING -> AgentStatus.TRANSFERRING;
                    default -> AgentStatus.ON_CALL;
                };
        if (!otherQueues && shown().equals(before)) {
            return false;
        }
        since = at;
        return true;
    }

    private Shown shown() {
        return new Shown(presence, status, call);
    }

    /**
     * What the live view shows of the agent besides the queues, to tell whether something changed;
     * the queues are compared only where they can change, so that a call event does not load them.
     */
    private record Shown(AgentPresence presence, AgentStatus status, CallRecord call) {
    }

    public AgentPresence getPresence() {
        return presence;
    }

    /** The queues the agent is logged in to; loaded only where they are asked for. */
    public Set<CallQueue> getQueues() {
        return Collections.unmodifiableSet(queues);
    }

    public AgentStatus getStatus() {
        return status;
    }

    /** The presence shown: on call while a call occupies the agent, else logged out, available or away. */
    public ShownPresence getShownPresence() {
        return ShownPresence.of(presence, status);
    }

    public Instant getSince() {
        return since;
    }

    /** The call the agent is ringing for or talking on; null when free. */
    public CallRecord getCall() {
        return call;
    }
}
