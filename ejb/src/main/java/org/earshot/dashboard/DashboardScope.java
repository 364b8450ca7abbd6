package org.earshot.dashboard;

import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.earshot.access.VisibleScope;

/**
 * A checked filter within the caller's scope, as SQL: the condition a dashboard's rows must meet (the
 * range, the filter's ids, and the caller's VIEW_DASHBOARD scope: their sites, teams and queues, a row
 * in scope through its team or its queue, as a call is) and its parameters. The scope always narrows:
 * a filter can only choose within it. Rows name their day, agent, team, queue and form in the columns
 * of {@link Columns}, so every dashboard's table takes the same condition.
 */
public final class DashboardScope {

    private final VisibleScope visible;
    private final DashboardFilter filter;

    /**
     * Only {@link DashboardAccess} makes one, after deciding: holding a scope is having been allowed it, so
     * a read that outlives the caller's identity (a CSV streamed after the request's login is undone) can
     * still be confined to it.
     */
    DashboardScope(VisibleScope visible, DashboardFilter filter) {
        this.visible = visible;
        this.filter = filter;
    }

    public VisibleScope visible() {
        return visible;
    }

    public DashboardFilter filter() {
        return filter;
    }

    /**
     * The SQL expressions of a row's day (a DATE), agent, team, queue and form; no team or queue is 0 or
     * null. Rows of no form (a dashboard of something else than evaluations) have null for it, and that
     * dashboard refuses a filter by form.
     */
    public record Columns(String day, String agent, String team, String queue, String form) {

        /** The columns of the quality aggregates and facts, on the table named {@code alias}. */
        public static Columns quality(String alias) {
            return new Columns(alias + ".submitted_on", alias + ".agent_user_id", alias + ".team_id", alias + ".queue_id", alias + ".scorecard_id");
        }

        /** The columns of the monitoring sessions, on the table named {@code alias}: the day requested, the monitored call's agent, team and queue. */
        public static Columns monitoring(String alias) {
            return new Columns(alias + ".requested_on", alias + ".agent_user_id", alias + ".team_id", alias + ".queue_id", null);
        }
    }

    /** The condition on rows whose columns are {@code c}, with its parameters; bind them with {@link Condition#bind}. */
    public Condition where(Columns c) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        return narrowed(c, new StringBuilder(c.day() + " BETWEEN :from AND :to"), parameters);
    }

    /**
     * The condition without the range, for rows that have no day (what is under way now, a moment of the
     * audit trail, which the dashboard bounds itself): the caller's scope and the filter's site, team,
     * queue, agent and forms. {@code c}'s day is not read.
     */
    public Condition whereAnyDay(Columns c) {
        return narrowed(c, new StringBuilder("1 = 1"), new LinkedHashMap<>());
    }

    private Condition narrowed(Columns c, StringBuilder sql, Map<String, Object> parameters) {
        if (!visible.everything()) {
            sql.append(" AND (").append(c.team()).append(" IN (:scopeTeams) OR ").append(c.queue()).append(" IN (:scopeQueues) OR ")
                    .append(inSites(c, "scopeSites")).append(" OR ").append(c.agent()).append(" = :scopeOwn)");
            parameters.put("scopeTeams", visible.teamIdsOrNone());
            parameters.put("scopeQueues", visible.queueIdsOrNone());
            parameters.put("scopeSites", visible.siteIdsOrNone());
            parameters.put("scopeOwn", visible.ownUserIdOrNone());
        }
        if (filter.siteId() != null) {
            sql.append(" AND (").append(inSites(c, "site")).append(")");
            parameters.put("site", Set.of(filter.siteId()));
        }
        equal(sql, parameters, c.team(), "team", filter.teamId());
        equal(sql, parameters, c.queue(), "queue", filter.queueId());
        equal(sql, parameters, c.agent(), "agent", filter.agentId());
        if (!filter.formIds().isEmpty()) {
            if (c.form() == null) {
                throw new DashboardException("form", "These figures are not of evaluations: they cannot be narrowed to forms");
            }
            sql.append(" AND ").append(c.form()).append(" IN (:forms)");
            parameters.put("forms", filter.formIds());
        }
        return new Condition(sql.toString(), parameters);
    }

    /** In one of the sites through its team or its queue. */
    private static String inSites(Columns c, String parameter) {
        return c.team() + " IN (SELECT id FROM team WHERE site_id IN (:" + parameter + ")) OR " + c.queue()
                + " IN (SELECT id FROM call_queue WHERE site_id IN (:" + parameter + "))";
    }

    private static void equal(StringBuilder sql, Map<String, Object> parameters, String column, String name, Long id) {
        if (id != null) {
            sql.append(" AND ").append(column).append(" = :").append(name);
            parameters.put(name, id);
        }
    }

    /** SQL to put after WHERE, and the values of its named parameters. */
    public record Condition(String sql, Map<String, Object> parameters) {

        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
