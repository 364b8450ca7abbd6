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

    /** The ids of the users the scope sees as agents: themselves, their team, its site. */
    private static final String AGENTS_IN_SCOPE = "(SELECT su.id FROM User su LEFT JOIN su.team st"
            + " WHERE su.id = :scopeOwn OR st.id IN :scopeTeams OR st.site.id IN :scopeSites)";

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
        return restrict(where, scope, call + ".agent.id", call + ".queue.id");
    }

    /**
     * As {@link #restrict(Conditions, VisibleScope, String)}, for rows that keep a call's agent and queue as
     * columns of their own ({@code agentId} and {@code queueId}, JPQL paths): the condition of {@link #reaches},
     * or nothing for a scope over everything.
     */
    public static Conditions restrict(Conditions where, VisibleScope scope, String agentId, String queueId) {
        return scope.everything() ? where : where.add(reaches(where, scope, agentId, queueId));
    }

    /**
     * The condition that the scope, which is not over everything, sees a call whose agent and queue have
     * the ids {@code agentId} and {@code queueId} (JPQL paths, either null): as {@link #restrict}, for
     * rows that keep a call's agent and queue as columns of their own; its parameters are given to
     * {@code where}.
     */
    public static String reaches(Conditions where, VisibleScope scope, String agentId, String queueId) {
        return withParameters(where, scope, "(" + agentId + " IN " + AGENTS_IN_SCOPE + " OR " + queueId
                + " IN (SELECT sq.id FROM CallQueue sq WHERE sq.id IN :scopeQueues OR sq.site.id IN :scopeSites))");
    }

    /**
     * The agents whose calls the scope may see, as conditions on the agent's id ({@code agentId}, a JPQL
     * path): the agent themselves, their team, its site, or a queue they answer; nothing for a scope over
     * everything. Sub-queries the database answers once, not a check of queue membership per agent.
     */
    public static Conditions restrictAgents(Conditions where, VisibleScope scope, String agentId) {
        return scope.everything() ? where : where.add(reachesAgent(where, scope, agentId));
    }

    /** The condition of {@link #restrictAgents} for a scope that is not over everything; its parameters are given to {@code where}. */
    public static String reachesAgent(Conditions where, VisibleScope scope, String agentId) {
        return withParameters(where, scope, "(" + agentId + " IN " + AGENTS_IN_SCOPE + " OR " + agentId
                + " IN (SELECT sm.id FROM CallQueue sq JOIN sq.members sm WHERE sq.id IN :scopeQueues))");
    }

    /** The condition, having given {@code where} the parameters of the scope that it reads. */
    private static String withParameters(Conditions where, VisibleScope scope, String condition) {
        where.with("scopeOwn", scope.ownUserIdOrNone()).with("scopeTeams", scope.teamIdsOrNone())
                .with("scopeSites", scope.siteIdsOrNone()).with("scopeQueues", scope.queueIdsOrNone());
        return condition;
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
