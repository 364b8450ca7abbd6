package org.earshot.calls;

import jakarta.persistence.TypedQuery;
import org.earshot.access.VisibleScope;
import org.earshot.query.Conditions;

/**
 * What of the calls, agents and queues a caller may see (VIEW_CALL), as JPQL conditions. A call is
 * seen through its agent (the agent themselves, their team, their team's site) or its queue (the
 * queue, its site), as {@link org.earshot.access.AccessTarget#call} decides for one call.
 */
public final class CallScope {

    /** Calls {@code c} with {@code LEFT JOIN c.agent a LEFT JOIN a.team t LEFT JOIN c.queue q}. */
    public static final String CALLS = "(:all = TRUE OR a.id = :own OR t.id IN :teams OR t.site.id IN :sites"
            + " OR q.id IN :queues OR q.site.id IN :sites)";

    /** Agents {@code u} with {@code LEFT JOIN u.team t}: those whose calls the caller may see. */
    public static final String AGENTS = "(:all = TRUE OR u.id = :own OR t.id IN :teams OR t.site.id IN :sites"
            + " OR EXISTS (SELECT mq FROM CallQueue mq WHERE u MEMBER OF mq.members AND mq.id IN :queues))";

    /** Queues {@code q}. */
    static final String QUEUES = "(:all = TRUE OR q.id IN :queues OR q.site.id IN :sites)";

    private CallScope() {
    }

    /**
     * The calls {@code call} the scope may see, as {@link #CALLS} decides, as conditions on the call's
     * own agent and queue columns, which the calls' indexes answer, instead of joins from every call to
     * its agent's team and site; nothing for a scope over everything.
     */
    public static Conditions restrict(Conditions where, VisibleScope scope, String call) {
        return scope.everything() ? where : where.add(reaches(where, scope, call + ".agent.id", call + ".queue.id"));
    }

    /**
     * The condition that the scope, which is not over everything, sees a call whose agent and queue have
     * the ids {@code agentId} and {@code queueId} (JPQL paths, either null): as {@link #restrict}, for
     * rows that keep a call's agent and queue as columns of their own; its parameters are given to
     * {@code where}.
     */
    public static String reaches(Conditions where, VisibleScope scope, String agentId, String queueId) {
        where.with("scopeOwn", scope.ownUserIdOrNone()).with("scopeTeams", scope.teamIdsOrNone())
                .with("scopeSites", scope.siteIdsOrNone()).with("scopeQueues", scope.queueIdsOrNone());
        return "(" + agentId + " IN (SELECT su.id FROM User su LEFT JOIN su.team st"
                + " WHERE su.id = :scopeOwn OR st.id IN :scopeTeams OR st.site.id IN :scopeSites)"
                + " OR " + queueId + " IN (SELECT sq.id FROM CallQueue sq WHERE sq.id IN :scopeQueues OR sq.site.id IN :scopeSites))";
    }

    /** Binds the scope's parameters that the query uses. */
    public static <T> TypedQuery<T> bind(TypedQuery<T> query, VisibleScope scope) {
        setIfUsed(query, "all", scope.everything());
        setIfUsed(query, "own", scope.ownUserIdOrNone());
        setIfUsed(query, "teams", scope.teamIdsOrNone());
        setIfUsed(query, "sites", scope.siteIdsOrNone());
        setIfUsed(query, "queues", scope.queueIdsOrNone());
        return query;
    }

    private static void setIfUsed(TypedQuery<?> query, String name, Object value) {
        if (query.getParameters().stream().anyMatch(p -> name.equals(p.getName()))) {
            query.setParameter(name, value);
        }
    }
}
