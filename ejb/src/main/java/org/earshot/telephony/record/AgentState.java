package org.earshot.telephony.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.earshot.organization.User;

/** What one agent is doing now and since when, with the call that occupies them, if any. */
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

    /** An agent first seen by Earshot: idle until a call or the queue engine says otherwise. */
    public AgentState(User agent, Instant since) {
        this.agent = agent;
        this.status = AgentStatus.IDLE;
        this.since = since;
    }

    /**
     * Takes in an event of a call this agent is on. Records are compared as entities of one
     * persistence context (the receiver's transaction), where one call is one instance.
     */
    public void follow(CallRecord record, Instant at) {
        switch (record.getState()) {
            case RINGING -> occupy(AgentStatus.RINGING, record, at);
            case ANSWERED, HELD -> occupy(AgentStatus.ON_CALL, record, at);
            case ENDED -> {
                // Events of different calls are not ordered against each other: the end of an
                // earlier call must not free an agent who is already on the next one.
                if (call == null || call == record) {
                    change(AgentStatus.IDLE, null, at);
                }
            }
        }
    }

    private void occupy(AgentStatus busy, CallRecord record, Instant at) {
        if (status != busy || call != record) {
            change(busy, record, at);
        }
    }

    private void change(AgentStatus next, CallRecord record, Instant at) {
        status = next;
        call = record;
        since = at;
    }

    public AgentStatus getStatus() {
        return status;
    }

    public Instant getSince() {
        return since;
    }

    /** The call the agent is ringing for or talking on; null when free. */
    public CallRecord getCall() {
        return call;
    }
}
