package org.earshot.dashboard;

import static org.earshot.dashboard.SqlValues.day;
import static org.earshot.dashboard.SqlValues.instant;
import static org.earshot.dashboard.SqlValues.mean;
import static org.earshot.dashboard.SqlValues.meanSeconds;
import static org.earshot.dashboard.SqlValues.number;
import static org.earshot.dashboard.SqlValues.percent;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.earshot.calls.CallLedger;
import org.earshot.dashboard.DashboardScope.Columns;
import org.earshot.dashboard.DashboardScope.Condition;
import org.earshot.dashboard.OperationsReport.DayFigures;
import org.earshot.dashboard.OperationsReport.Figures;
import org.earshot.dashboard.OperationsReport.GroupFigures;
import org.earshot.dashboard.OperationsReport.HandleBand;
import org.earshot.dashboard.OperationsReport.Summary;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;

/**
 * The operations dashboard, read from the call aggregates (never from the call records, so that it answers
 * as fast on a million calls): {@code call_team_day}, or {@code call_day} when asked about an agent,
 * within the scope {@link DashboardAccess} decides; the calls behind its numbers from {@code call_fact},
 * which holds what each counted for. The calls under way now are the live tile every dashboard shares
 * ({@link MonitoringDashboard#live}).
 */
// Authorization is decided by DashboardAccess (VIEW_DASHBOARD and its reach), not by EJB role lists.
@PermitAll
@Stateless
public class OperationsDashboard {

    /** The sums every figure is made of, over an aggregate {@code d}; read by {@link #figures}. */
    private static final String SUMS = "COALESCE(SUM(d.calls), 0), COALESCE(SUM(d.answered), 0), COALESCE(SUM(d.handle_ms), 0),"
            + " COALESCE(SUM(d.with_speech), 0), COALESCE(SUM(d.talk_percent_sum), 0), COALESCE(SUM(d.talk_percent_calls), 0),"
            + " COALESCE(SUM(d.silence_ms), 0)";
    private static final int SUM_COLUMNS = 7;

    private static final String CALLS = "SELECT c.call_id, f.started_at, u.username, t.name, q.name, f.answered, f.handle_ms, f.with_speech,"
            + " f.agent_talk_percent, f.silence_ms, c.disposition, r.id FROM call_fact f JOIN call_record c ON c.id = f.call_record_id"
            + " LEFT JOIN app_user u ON u.id = f.agent_user_id LEFT JOIN team t ON t.id = f.team_id LEFT JOIN call_queue q ON q.id = f.queue_id"
            + " LEFT JOIN recording r ON r.call_id = c.call_id AND r.deleted_at IS NULL WHERE ";
    private static final String NEWEST_FIRST = " ORDER BY f.started_at DESC, f.call_record_id DESC";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DashboardAccess dashboards;

    @EJB
    private MonitoringDashboard monitoring;

    public OperationsReport report(DashboardFilter filter) {
        DashboardScope scope = dashboards.scopeOf(filter);
        // By team and queue unless an agent is asked about (the filter, or a caller who sees their own calls).
        boolean byAgent = filter.agentId() != null || scope.visible().ownUserId() != null;
        String aggregate = byAgent ? "call_day" : "call_team_day";
        Condition days = scope.where(byAgent ? Columns.calls("d") : new Columns("d.call_day", "0", "d.team_id", "d.queue_id", null));
        StringBuilder bands = new StringBuilder();
        for (int band = 0; band <= CallLedger.BAND_LIMITS.size(); band++) {
            bands.append(", COALESCE(SUM(d.band_").append(band).append("), 0)");
        }
        Object[] totals = (Object[]) days.bind(em.createNativeQuery("SELECT " + SUMS + ", COALESCE(SUM(d.silence_longest_ms), 0),"
                + " COALESCE(SUM(d.overtalk_ms), 0), COALESCE(SUM(d.hold_ms), 0)" + bands + " FROM " + aggregate + " d WHERE " + days.sql()))
                .getSingleResult();
        Figures figures = figures(totals);
        long withSpeech = figures.withSpeech();
        Summary summary = new Summary(figures, figures.calls() - figures.answered(), meanSeconds(number(totals[SUM_COLUMNS]), withSpeech),
                meanSeconds(number(totals[SUM_COLUMNS + 1]), withSpeech), meanSeconds(number(totals[SUM_COLUMNS + 2]), withSpeech),
                monitoring.live(scope).callsNow());
        return new OperationsReport(filter, summary, trend(aggregate, days), groups(aggregate, days, "team"), groups(aggregate, days, "call_queue"),
                distribution(totals, SUM_COLUMNS + 3));
    }

    /** The calls behind a number, newest first. */
    public Page<OperationsCallRow> calls(DashboardFilter filter, OperationsDrill drill, PageRequest page) {
        Condition where = drilled(dashboards.scopeOf(filter), drill);
        long total = number(where.bind(em.createNativeQuery("SELECT COUNT(*) FROM call_fact f WHERE " + where.sql())).getSingleResult());
        return new Page<>(rows(where.bind(em.createNativeQuery(CALLS + where.sql() + NEWEST_FIRST)).setFirstResult(page.first())
                .setMaxResults(page.size()).getResultStream()).toList(), total);
    }

    /**
     * Every call behind a number within a scope {@link DashboardAccess} granted, newest first, one by one as
     * the database hands them over (an export of any size, written after the request's login ends).
     */
    public void eachCall(DashboardScope scope, OperationsDrill drill, Consumer<OperationsCallRow> row) {
        Condition where = drilled(scope, drill);
        try (Stream<OperationsCallRow> rows = rows(where.bind(em.createNativeQuery(CALLS + where.sql() + NEWEST_FIRST))
                .setHint("org.hibernate.fetchSize", 500).getResultStream())) {
            rows.forEach(row);
        }
    }

    /** The caller's scope for the filter, checked as the report's. */
    public DashboardScope scopeOf(DashboardFilter filter) {
        return dashboards.scopeOf(filter);
    }

    private static Condition drilled(DashboardScope scope, OperationsDrill drill) {
        if (!drill.faults(scope.filter()).isEmpty()) {
            throw new DashboardException(drill.faults(scope.filter()));
        }
        Condition where = scope.where(Columns.calls("f"));
        where = switch (drill.number()) {
            case CALLS -> where;
            case ANSWERED -> where.and("f.answered = TRUE");
            case NOT_ANSWERED -> where.and("f.answered = FALSE");
            case WITH_SPEECH -> where.and("f.with_speech = TRUE");
        };
        if (drill.day() != null) {
            where = where.and("f.call_day = :day", "day", drill.day());
        }
        if (drill.band() != null) {
            where = where.and("f.handle_band = :band", "band", drill.band());
        }
        return where;
    }

    private List<DayFigures> trend(String aggregate, Condition days) {
        List<DayFigures> trend = new ArrayList<>();
        for (Object row : days.bind(em.createNativeQuery("SELECT " + SUMS + ", d.call_day FROM " + aggregate + " d WHERE " + days.sql()
                + " GROUP BY d.call_day ORDER BY d.call_day")).getResultList()) {
            Object[] r = (Object[]) row;
            trend.add(new DayFigures(day(r[SUM_COLUMNS]), figures(r)));
        }
        return trend;
    }

    /** The figures per team or per queue ({@code table}), most calls first; none (0) has no name. */
    private List<GroupFigures> groups(String aggregate, Condition days, String table) {
        String key = "team".equals(table) ? "d.team_id" : "d.queue_id";
        List<GroupFigures> groups = new ArrayList<>();
        for (Object row : days.bind(em.createNativeQuery("SELECT " + SUMS + ", " + key + ", g.name FROM " + aggregate + " d LEFT JOIN " + table
                + " g ON g.id = " + key + " WHERE " + days.sql() + " GROUP BY " + key + ", g.name ORDER BY SUM(d.calls) DESC, g.name"))
                .getResultList()) {
            Object[] r = (Object[]) row;
            groups.add(new GroupFigures(number(r[SUM_COLUMNS]), (String) r[SUM_COLUMNS + 1], figures(r)));
        }
        return groups;
    }

    private static List<HandleBand> distribution(Object[] totals, int first) {
        List<Integer> limits = CallLedger.BAND_LIMITS;
        List<HandleBand> bands = new ArrayList<>();
        for (int band = 0; band <= limits.size(); band++) {
            bands.add(new HandleBand(band, band == 0 ? 0 : limits.get(band - 1), band < limits.size() ? limits.get(band) : null,
                    number(totals[first + band])));
        }
        return bands;
    }

    /** The figures of the {@link #SUMS}, the first columns of {@code r}. */
    private static Figures figures(Object[] r) {
        long calls = number(r[0]);
        long answered = number(r[1]);
        long withSpeech = number(r[3]);
        return new Figures(calls, answered, percent(answered, calls), meanSeconds(number(r[2]), answered), withSpeech,
                mean(number(r[4]), number(r[5])), meanSeconds(number(r[6]), withSpeech));
    }

    private static Stream<OperationsCallRow> rows(Stream<?> rows) {
        return rows.map(row -> {
            Object[] r = (Object[]) row;
            boolean answered = (Boolean) r[5];
            boolean withSpeech = (Boolean) r[7];
            return new OperationsCallRow((String) r[0], instant(r[1]), (String) r[2], (String) r[3], (String) r[4], answered,
                    answered ? meanSeconds(number(r[6]), 1) : null, withSpeech && r[8] != null ? number(r[8]) : null,
                    withSpeech ? meanSeconds(number(r[9]), 1) : null, (String) r[10], (UUID) r[11]);
        });
    }
}
