package org.earshot.calls;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.earshot.access.SystemRole;
import org.earshot.events.ApplicationEvents;
import org.earshot.organization.CallQueue;
import org.earshot.organization.User;
import org.earshot.telephony.api.AgentStateReport;
import org.earshot.telephony.api.CallEvent;

/**
 * Keeps what the telephony core reports: call events in call records (an ended call counted into the
 * call aggregates by {@link CallLedger}, the notices due and played in {@link CallNotices}), and both call events and the queue engine's agent states in the agents' states. Each report is one transaction, the
 * caller's (the message listener's). Nobody but Earshot's own listeners may write these, so only
 * the system role they run as may call this bean.
 */
@RolesAllowed(SystemRole.NAME)
@Stateless
public class TelephonyRecorder {

    /** An agent's state row, logged out and idle (the columns' defaults), unless the agent has one. */
    static final String NEW_AGENT_STATE = "INSERT INTO agent_state (user_id, since) VALUES (?, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING";
    /** The agent's state row and nothing else, locked until the transaction ends. */
    static final String LOCK_AGENT_STATE = "SELECT user_id FROM agent_state WHERE user_id = ? FOR UPDATE";

    private static final Logger LOG = Logger.getLogger(TelephonyRecorder.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ApplicationEvents events;

    @EJB
    private CallLedger ledger;

    @EJB
    private CallNotices notices;

    @Inject
    private Event<CallRecordCreated> created;

    @Inject
    private Event<CallAgentChanged> agentChanged;

    /** Keeps one call event; events arrive in order per call. */
    public CallRecord record(CallEvent event) {
        CallRecord record = em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :id", CallRecord.class)
                .setParameter("id", event.callId()).getResultStream().findFirst().orElse(null);
        User previous = null;
        boolean first = record == null;
        if (first) {
            record = new CallRecord(event, queueCalled(event.queue()), agentAt(event.agent()));
            em.persist(record);
            created.fire(new CallRecordCreated(record.getCallId(), record.getAgent() == null ? null : record.getAgent().getId(),
                    record.getQueue() == null ? null : record.getQueue().getId()));
        } else if (event.agent() != null && !event.agent().equals(record.getAgentExtension())) {
            previous = record.getAgent();
            record.assignAgent(event.agent(), agentAt(event.agent()));
            agentChanged.fire(new CallAgentChanged(record.getCallId(), record.getAgent() == null ? null : record.getAgent().getId()));
        }
        record.apply(event);
        for (var happened : CallLifecycle.of(record, event, first, previous)) {
            events.publish(happened, event.at());
        }
        follow(record, previous, event.at());
        notices.keep(record, event, first);
        if (event.type() == CallEvent.Type.ENDED) {
            ledger.keep(record.getCallId());
        }
        return record;
    }

    /**
     * Keeps an agent's state as the queue engine reports it; states arrive in order per agent.
     *
     * @return what the live view now shows of the agent, if that changed
     */
    public Optional<AgentActivity> record(AgentStateReport reported) {
        User agent = agentAt(reported.extension());
        if (agent == null) {
            LOG.info(() -> "Agent state of extension " + reported.extension() + ", which no user has, not kept");
            return Optional.empty();
        }
        lockStatesOf(agent);
        AgentState state = stateOf(agent);
        Instant now = Instant.now();
        boolean changed = state.report(AgentPresence.of(reported), queuesNumbered(reported.queues()),
                AgentStatus.of(reported.activity()), now);
        if (changed) {
            events.publish(AgentStateChanged.of(agent, state), now);
        }
        return changed ? Optional.of(new AgentActivity(reported.extension(), state.getPresence(), state.getStatus()))
                : Optional.empty();
    }

    /**
     * The call's agent follows it; an agent it left (it rang out, was transferred, a supervisor took
     * it over) lets it go.
     */
    private void follow(CallRecord record, User previous, Instant at) {
        User current = record.getAgent();
        User released = record.isAgentReleased() ? current : null;
        lockStatesOf(previous, current);
        for (User left : new User[] {previous, released}) {
            if (left != null && stateOf(left).release(record, at)) {
                events.publish(AgentStateChanged.of(left, stateOf(left)), at);
            }
        }
        if (current != null && released == null && stateOf(current).follow(record, at)) {
            events.publish(AgentStateChanged.of(current, stateOf(current)), at);
        }
    }

    /**
     * Locks the agents' state rows for this transaction, in the order of the agents' ids (so two
     * transactions locking the same two agents cannot deadlock). An agent without a row gets one
     * first. That insert is an upsert: an agent's first two reports (two calls ringing, a call and a
     * feature code) may arrive together in two transactions, and a plain insert by each would make
     * one of them fail, losing its report. PostgreSQL and H2 both skip the insert that conflicts,
     * PostgreSQL once the other transaction has committed its row.
     * <p>
     * The lock is taken in SQL on the state row alone. A JPA lock on the entity locks every row its
     * eager graph joins (the current call, that call's agent's user row), and transactions that add
     * a call record for the same agent hold a key-share lock on that user row: two calls of one agent,
     * or a call event and the agent's state, deadlocked.
     */
    private void lockStatesOf(User... agents) {
        Stream.of(agents).filter(Objects::nonNull).distinct().sorted(Comparator.comparing(User::getId)).forEach(agent -> {
            em.createNativeQuery(NEW_AGENT_STATE).setParameter(1, agent.getId()).executeUpdate();
            em.createNativeQuery(LOCK_AGENT_STATE).setParameter(1, agent.getId()).getSingleResult();
        });
    }

    /** The agent's state, read once it is locked, so as the last transaction that changed it left it. */
    private AgentState stateOf(User agent) {
        return em.find(AgentState.class, agent.getId());
    }

    // An event names the agent by extension and the queue by number (or name); either may be unknown.
    private User agentAt(String extension) {
        return extension == null ? null : em.createQuery("SELECT a.user FROM SipAccount a WHERE a.extension = :ext", User.class)
                .setParameter("ext", extension).getResultStream().findFirst().orElse(null);
    }

    private CallQueue queueCalled(String queue) {
        return queue == null ? null : em.createQuery("SELECT q FROM CallQueue q WHERE q.number = :q OR q.name = :q", CallQueue.class)
                .setParameter("q", queue).getResultStream().findFirst().orElse(null);
    }

    // A queue deleted since the agent logged in to it is left out.
    private Set<CallQueue> queuesNumbered(Set<String> numbers) {
        return numbers.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("SELECT q FROM CallQueue q WHERE q.number IN :numbers",
                CallQueue.class).setParameter("numbers", numbers).getResultList());
    }
}
