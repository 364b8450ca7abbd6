package org.earshot.calls;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.access.Role;
import org.earshot.organization.CallQueue;
import org.earshot.organization.NotFoundException;
import org.earshot.organization.SipAccount;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.query.Conditions;
import org.earshot.query.Paging;

/**
 * The queries of the call list and the live view, over the call records and agent states that
 * {@link TelephonyRecorder} keeps. Reads show only what the caller's grants reach for VIEW_CALL:
 * a supervisor the calls of agents and queues in scope, an agent only their own.
 */
// Authorization is decided per call by AccessService (role, scope, mode), not by EJB role lists.
@PermitAll
@Stateless
public class CallRecordService {


    /**
     * The live states as literals: a million ended calls make "not ENDED" a scan of them all, while the states named, written
     * into the statement, are a look-up of the state index that PostgreSQL plans as such however often the statement runs.
     */
    private static final String LIVE = Stream.of(CallState.values()).filter(CallState::isLive)
            .map(state -> "org.earshot.calls.CallState." + state.name()).collect(Collectors.joining(", ", "c.state IN (", ")"));

    private static final String UNDER_WAY = " FROM CallRecord c LEFT JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q"
            + " WHERE " + LIVE + " AND " + CallScope.CALLS;

    private static final String LIVE_AGENTS = " FROM SipAccount p JOIN p.user u LEFT JOIN AgentState s ON s.agent = u";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    public Page<CallRecord> findCalls(CallFilter filter, PageRequest page) {
        Conditions where = CallScope.restrict(new Conditions(), access.visibleScope(Action.VIEW_CALL), "c")
                .addIf(filter.from(), "c.startedAt >= :from", "from")
                .addIf(filter.to(), "c.startedAt <= :to", "to")
                .addIf(filter.queueId(), "c.queue.id = :queue", "queue")
                .addIf(filter.agentId(), "c.agent.id = :agent", "agent")
                .addIf(Paging.containingOrAny(filter.text()),
                        "(LOWER(COALESCE(c.caller, '')) LIKE :text ESCAPE '\\' OR LOWER(COALESCE(c.dialed, '')) LIKE :text ESCAPE '\\'"
                                + " OR LOWER(COALESCE(c.disposition, '')) LIKE :text ESCAPE '\\' OR LOWER(c.callId) LIKE :text ESCAPE '\\')",
                        "text");
        String from = " FROM CallRecord c" + where.where();
        // COUNT(*), not COUNT(c): counting the id makes PostgreSQL read every row, where the index alone answers (V24). With From
        // cleared the list is every call ever, a million rows: counted up to a cap.
        return Paging.page(where.bind(em.createQuery("SELECT c" + from + " ORDER BY c.startedAt DESC, c.id DESC", CallRecord.class)),
                count -> where.bind(em.createQuery(count, Object.class)), from, filter.from() == null, page);
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

    /** The calls under way (ringing, answered or held) that the caller may see, oldest first. */
    public List<CallRecord> callsUnderWay() {
        return underWay("SELECT c" + UNDER_WAY + " ORDER BY c.startedAt, c.id", CallRecord.class).getResultList();
    }

    /** How many {@link #callsUnderWay()} there are, counted in the database. */
    public long countUnderWay() {
        return underWay("SELECT COUNT(*)" + UNDER_WAY, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> underWay(String query, Class<T> type) {
        return CallScope.bind(em.createQuery(query, type), access.visibleScope(Action.VIEW_CALL));
    }

    /**
     * The agents whose calls the caller may see, by extension: logged out, available or away, the
     * queues they are logged in to, what they are doing since when, and the call that occupies them.
     */
    public List<LiveAgent> liveAgents() {
        Conditions where = liveAgentsInScope();
        List<Object[]> rows = where.bind(em.createQuery("SELECT p, s" + LIVE_AGENTS + where.where() + " ORDER BY p.extension",
                Object[].class)).getResultList();
        Map<Long, List<String>> queues = queueNamesLoggedIn(rows.stream().map(row -> ((SipAccount) row[0]).getUser().getId()).toList());
        return rows.stream().map(row -> {
            SipAccount phone = (SipAccount) row[0];
            return LiveAgent.of(phone, (AgentState) row[1], queues.getOrDefault(phone.getUser().getId(), List.of()));
        }).toList();
    }

    /** How many of the {@link #liveAgents()} show each presence, counted in the database: a site's agents are a thousand. */
    public Map<ShownPresence, Long> liveAgentsByPresence() {
        Conditions where = liveAgentsInScope();
        Map<ShownPresence, Long> counts = new EnumMap<>(ShownPresence.class);
        // An agent Earshot has not seen yet has no state: logged out and idle, as LiveAgent shows them.
        where.bind(em.createQuery("SELECT s.presence, s.status, COUNT(*)" + LIVE_AGENTS + where.where() + " GROUP BY s.presence, s.status",
                Object[].class)).getResultStream().forEach(row -> counts.merge(row[0] == null ? ShownPresence.LOGGED_OUT
                : ShownPresence.of((AgentPresence) row[0], (AgentStatus) row[1]), (Long) row[2], Long::sum));
        return counts;
    }

    /** The live agents {@code u}: active, with an agent's grant, whose calls the caller may see. */
    private Conditions liveAgentsInScope() {
        return CallScope.restrictAgents(new Conditions().add("u.active = TRUE")
                .add("EXISTS (SELECT g FROM Grant g WHERE g.user = u AND g.role = :agentRole AND g.revokedAt IS NULL)")
                .with("agentRole", Role.AGENT), access.visibleScope(Action.VIEW_CALL), "u.id");
    }

    /**
     * The queues the caller may see, with their calls waiting or ringing and in progress, and how many
     * agents are logged in to each, ready for its next call, or busy.
     */
    public List<LiveQueue> liveQueues() {
        List<CallQueue> queues = CallScope.bind(em.createQuery("SELECT q FROM CallQueue q WHERE " + CallScope.QUEUES
                + " ORDER BY q.name", CallQueue.class), access.visibleScope(Action.VIEW_CALL)).getResultList();
        if (queues.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<CallState, Long>> calls = new HashMap<>();
        em.createQuery("SELECT c.queue.id, c.state, COUNT(c) FROM CallRecord c WHERE " + LIVE + " AND c.queue IN :queues"
                        + " GROUP BY c.queue.id, c.state", Object[].class)
                .setParameter("queues", queues).getResultStream()
                .forEach(row -> calls.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((CallState) row[1], (Long) row[2]));
        Map<Long, List<Object[]>> loggedIn = em.createQuery("SELECT q.id, s.presence, s.status FROM AgentState s JOIN s.queues q"
                        + " WHERE q IN :queues", Object[].class)
                .setParameter("queues", queues).getResultStream().collect(Collectors.groupingBy(row -> (Long) row[0]));
        return queues.stream().map(q -> {
            Map<CallState, Long> live = calls.getOrDefault(q.getId(), Map.of());
            List<Object[]> agents = loggedIn.getOrDefault(q.getId(), List.of());
            return new LiveQueue(q.getId(), q.getName(), q.getNumber(), live.getOrDefault(CallState.RINGING, 0L),
                    live.getOrDefault(CallState.ANSWERED, 0L) + live.getOrDefault(CallState.HELD, 0L)
                            + live.getOrDefault(CallState.TRANSFERRING, 0L), agents.size(),
                    agents.stream().filter(row -> row[1] == AgentPresence.AVAILABLE && row[2] == AgentStatus.IDLE).count(),
                    agents.stream().filter(row -> row[2] != AgentStatus.IDLE).count());
        }).toList();
    }

    // One query for all the agents listed, not one per agent.
    private Map<Long, List<String>> queueNamesLoggedIn(List<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.agentId, q.name FROM AgentState s JOIN s.queues q WHERE s.agentId IN :agents"
                        + " ORDER BY q.name", Object[].class)
                .setParameter("agents", agentIds).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> (String) row[1], Collectors.toList())));
    }
}
