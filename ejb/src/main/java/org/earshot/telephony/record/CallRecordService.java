package org.earshot.telephony.record;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.access.Role;
import org.earshot.access.VisibleScope;
import org.earshot.organization.CallQueue;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.SipAccount;
import org.earshot.organization.User;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Paging;
import org.earshot.telephony.call.CallEvent;

/**
 * Call records and agent states, kept from the resource adapter's call events, and the queries of
 * the call list and the live view. Reads show only what the caller's grants reach for VIEW_CALL:
 * a supervisor the calls of agents and queues in scope, an agent only their own.
 */
// Authorization is decided per call by AccessService (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class CallRecordService {

    private static final Instant NO_END = Instant.parse("9999-12-31T00:00:00Z");
    private static final EnumSet<AgentStatus> BUSY = EnumSet.of(AgentStatus.RINGING, AgentStatus.ON_CALL);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    /**
     * Keeps one call event, in the receiver's transaction; events arrive in order per call. Not a
     * user's action, so nothing is authorized: only {@link CallEventReceiver} calls this.
     */
    public CallRecord record(CallEvent event) {
        CallRecord record = em.createQuery("SELECT c FROM CallRecord c WHERE c.callId = :id", CallRecord.class)
                .setParameter("id", event.callId()).getResultStream().findFirst().orElse(null);
        if (record == null) {
            record = new CallRecord(event, queueCalled(event.queue()), agentAt(event.agent()));
            em.persist(record);
        } else if (event.agent() != null && !event.agent().equals(record.getAgentExtension())) {
            record.assignAgent(event.agent(), agentAt(event.agent()));
        }
        record.apply(event);
        if (record.getAgent() != null) {
            stateOf(record.getAgent(), event.at()).follow(record, event.at());
        }
        return record;
    }

    public Page<CallRecord> findCalls(CallFilter filter, PageRequest page) {
        VisibleScope scope = access.visibleScope(Action.VIEW_CALL);
        String from = " FROM CallRecord c LEFT JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q"
                + " WHERE c.startedAt >= :from AND c.startedAt <= :to"
                + " AND (:queue IS NULL OR q.id = :queue) AND (:agent IS NULL OR a.id = :agent)"
                + " AND (LOWER(COALESCE(c.caller, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(c.dialed, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(COALESCE(c.disposition, '')) LIKE :text ESCAPE '\\'"
                + "      OR LOWER(c.callId) LIKE :text ESCAPE '\\')"
                + " AND " + CallScope.CALLS;
        TypedQuery<CallRecord> list = em.createQuery("SELECT c" + from + " ORDER BY c.startedAt DESC, c.id DESC", CallRecord.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + from, Long.class);
        for (TypedQuery<?> q : List.of(list, count)) {
            CallScope.bind(q, scope)
                    .setParameter("from", filter.from() == null ? Instant.EPOCH : filter.from())
                    .setParameter("to", filter.to() == null ? NO_END : filter.to())
                    .setParameter("queue", filter.queueId())
                    .setParameter("agent", filter.agentId())
                    .setParameter("text", Paging.contains(filter.text()));
        }
        return Paging.page(list, count, page);
    }

    /** One call with its history, if the caller may see it. */
    public CallRecord getCall(String callId) {
        CallRecord record = em.createQuery("SELECT c FROM CallRecord c LEFT JOIN FETCH c.changes WHERE c.callId = :id",
                        CallRecord.class)
                .setParameter("id", callId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Call " + callId + " does not exist"));
        access.require(Action.VIEW_CALL, record.accessTarget(), null);
        return record;
    }

    /** The agents whose calls the caller may see, by extension, with what each is doing now. */
    public List<LiveAgent> liveAgents() {
        TypedQuery<Object[]> agents = em.createQuery("SELECT p, s FROM SipAccount p JOIN p.user u LEFT JOIN u.team t"
                + " LEFT JOIN AgentState s ON s.agent = u"
                + " WHERE u.active = TRUE AND EXISTS (SELECT g FROM Grant g WHERE g.user = u AND g.role = :agentRole"
                + " AND g.revokedAt IS NULL) AND " + CallScope.AGENTS + " ORDER BY p.extension", Object[].class);
        return CallScope.bind(agents, access.visibleScope(Action.VIEW_CALL)).setParameter("agentRole", Role.AGENT)
                .getResultStream().map(row -> LiveAgent.of((SipAccount) row[0], (AgentState) row[1])).toList();
    }

    /** The queues the caller may see, with their live calls and how many members are free or busy. */
    public List<LiveQueue> liveQueues() {
        List<CallQueue> queues = CallScope.bind(em.createQuery("SELECT q FROM CallQueue q WHERE " + CallScope.QUEUES
                + " ORDER BY q.name", CallQueue.class), access.visibleScope(Action.VIEW_CALL)).getResultList();
        if (queues.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<CallState, Long>> calls = new HashMap<>();
        em.createQuery("SELECT c.queue.id, c.state, COUNT(c) FROM CallRecord c WHERE c.state <> :ended AND c.queue IN :queues"
                        + " GROUP BY c.queue.id, c.state", Object[].class)
                .setParameter("ended", CallState.ENDED).setParameter("queues", queues).getResultStream()
                .forEach(row -> calls.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((CallState) row[1], (Long) row[2]));
        Map<Long, AgentStatus> statuses = new HashMap<>();
        em.createQuery("SELECT s.agentId, s.status FROM AgentState s", Object[].class).getResultStream()
                .forEach(row -> statuses.put((Long) row[0], (AgentStatus) row[1]));
        return queues.stream().map(q -> {
            Map<CallState, Long> live = calls.getOrDefault(q.getId(), Map.of());
            List<AgentStatus> members = q.getMembers().stream().map(m -> statuses.get(m.getId())).toList();
            return new LiveQueue(q.getId(), q.getName(), q.getNumber(), live.getOrDefault(CallState.RINGING, 0L),
                    live.getOrDefault(CallState.ANSWERED, 0L) + live.getOrDefault(CallState.HELD, 0L),
                    members.stream().filter(s -> s == AgentStatus.IDLE).count(), members.stream().filter(BUSY::contains).count());
        }).toList();
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

    // Locked: an agent's calls are delivered in parallel, and each must see the other's change.
    private AgentState stateOf(User agent, Instant at) {
        AgentState state = em.find(AgentState.class, agent.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (state == null) {
            state = new AgentState(agent, at);
            em.persist(state);
        }
        return state;
    }
}
