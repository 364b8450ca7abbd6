package org.earshot.dashboard;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
     * null. Rows of no form (figures of something else than evaluations) have null for it, and a filter by
     * form is refused on them (400 on {@code form}).
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

        /**
         * A call's agent, team (its agent's now) and queue on {@code call_record} {@code call} joined to its agent's {@code app_user}
         * {@code agent}, of no day: for rows that name a call (audit entries), bounded in time by their reader.
         */
        public static Columns callRecords(String call, String agent) {
            return new Columns(null, call + ".agent_user_id", agent + ".team_id", call + ".queue_id", null);
        }

        /** The columns of the call aggregates and facts, on the table named {@code alias}: the day the call started, its agent, team and queue. */
        public static Columns calls(String alias) {
            return new Columns(alias + ".call_day", alias + ".agent_user_id", alias + ".team_id", alias + ".queue_id", null);
        }
    }

    /**
     * Whether the rows asked for are the whole organization's (a range, maybe forms, nothing else): then an
     * aggregate kept per day and form alone answers, with the condition {@link #where} makes on it.
     */
    public boolean wholeOrganization() {
        return visible.everything() && filter.siteId() == null && filter.teamId() == null && filter.queueId() == null
                && filter.agentId() == null;
    }

    /** The condition on rows whose columns are {@code c}, with its parameters; bind them with {@link Condition#bind}. */
    public Condition where(Columns c) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>(List.of(c.day() + " BETWEEN :from AND :to"));
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        conditions.addAll(scopeAndFilter(c, parameters));
        return new Condition(String.join(" AND ", conditions), parameters);
    }

    /**
     * As {@link #where} but on any day: for rows that count by more than one day (a plan open in the
     * range), whose reader adds its own conditions on the days ({@link Condition#and}).
     */
    public Condition scoped(Columns c) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = scopeAndFilter(c, parameters);
        return new Condition(conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions), parameters);
    }

    /** The caller's scope and the filter's ids and forms, each a condition; their parameters put in {@code parameters}. */
    private List<String> scopeAndFilter(Columns c, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (!visible.everything()) {
            conditions.add("(" + c.team() + " IN (:scopeTeams) OR " + c.queue() + " IN (:scopeQueues) OR " + inSites(c, "scopeSites") + " OR "
                    + c.agent() + " = :scopeOwn)");
            parameters.put("scopeTeams", visible.teamIdsOrNone());
            parameters.put("scopeQueues", visible.queueIdsOrNone());
            parameters.put("scopeSites", visible.siteIdsOrNone());
            parameters.put("scopeOwn", visible.ownUserIdOrNone());
        }
        if (filter.siteId() != null) {
            conditions.add("(" + inSites(c, "site") + ")");
            parameters.put("site", Set.of(filter.siteId()));
        }
        equal(conditions, parameters, c.team(), "team", filter.teamId());
        equal(conditions, parameters, c.queue(), "queue", filter.queueId());
        equal(conditions, parameters, c.agent(), "agent", filter.agentId());
        if (!filter.formIds().isEmpty()) {
            if (c.form() == null) {
                throw new DashboardException("form", "These figures are not of evaluations: they cannot be narrowed to forms");
            }
            conditions.add(c.form() + " IN (:forms)");
            parameters.put("forms", filter.formIds());
        }
        return conditions;
    }

    /** In one of the sites through its team or its queue. */
    private static String inSites(Columns c, String parameter) {
        return c.team() + " IN (SELECT id FROM team WHERE site_id IN (:" + parameter + ")) OR " + c.queue()
                + " IN (SELECT id FROM call_queue WHERE site_id IN (:" + parameter + "))";
    }

    private static void equal(List<String> conditions, Map<String, Object> parameters, String column, String name, Long id) {
        if (id != null) {
            conditions.add(column + " = :" + name);
            parameters.put(name, id);
        }
    }

    /** SQL to put after WHERE, and the values of its named parameters. */
    public record Condition(String sql, Map<String, Object> parameters) {

        /** This condition and {@code more}, whose parameters are {@code added} (name, value, name, value...). */
        public Condition and(String more, Object... added) {
            Map<String, Object> all = new LinkedHashMap<>(parameters);
            for (int i = 0; i < added.length; i += 2) {
                all.put((String) added[i], added[i + 1]);
            }
            return new Condition(sql + " AND " + more, all);
        }

        public <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
