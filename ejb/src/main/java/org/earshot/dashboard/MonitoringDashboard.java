package org.earshot.dashboard;

import static org.earshot.dashboard.SqlValues.day;
import static org.earshot.dashboard.SqlValues.instant;
import static org.earshot.dashboard.SqlValues.mean;
import static org.earshot.dashboard.SqlValues.number;
import static org.earshot.dashboard.SqlValues.percent;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.earshot.calls.CallState;
import org.earshot.dashboard.DashboardScope.Columns;
import org.earshot.dashboard.DashboardScope.Condition;
import org.earshot.dashboard.MonitoringReport.DurationBand;
import org.earshot.dashboard.MonitoringReport.Live;
import org.earshot.dashboard.MonitoringReport.ModeDay;
import org.earshot.dashboard.MonitoringReport.ModeSessions;
import org.earshot.dashboard.MonitoringReport.PurposeSessions;
import org.earshot.dashboard.MonitoringReport.Summary;
import org.earshot.dashboard.MonitoringReport.SupervisorDenials;
import org.earshot.dashboard.MonitoringReport.SupervisorSessions;
import org.earshot.monitoring.MonitoringAuditAction;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.monitoring.SessionState;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.rules.FieldViolation;
import org.earshot.telephony.api.MonitoringMode;

/**
 * The monitoring dashboard, read from {@code monitoring_session} (which keeps each session's day, scope,
 * the mode it is counted under and how long it lasted, so that every figure is one indexed pass over the
 * range's sessions) and, for the denied attempts, from the audit trail: a refused start or switch never
 * becomes a session, and the audit trail has every one, found by its outcome and action
 * ({@code audit_entry_outcome_action}). Only sessions a supervisor was connected in count; all within the
 * scope {@link DashboardAccess} decides.
 */
// Authorization is decided by DashboardAccess (VIEW_DASHBOARD and its reach), not by EJB role lists.
@PermitAll
@Stateless
public class MonitoringDashboard {

    /** The audit trail's actions of a refused start and a refused switch, qualified and as written before actions had capabilities. */
    private static final List<String> STARTS = List.of(MonitoringAuditAction.MONITOR_START.qualifiedName(),
            MonitoringAuditAction.MONITOR_START.name());
    private static final List<String> SWITCHES = List.of(MonitoringAuditAction.MONITOR_MODE_CHANGE.qualifiedName(),
            MonitoringAuditAction.MONITOR_MODE_CHANGE.name());
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private static final String CONNECTED = "s.connected_at IS NOT NULL";
    private static final String SESSIONS = "SELECT s.id, s.call_id, s.requested_on, s.requested_at, s.supervisor_username, s.agent_username,"
            + " t.name, s.queue_name, s.peak_mode, s.mode, s.purpose, s.state, s.listened_seconds, r.id FROM monitoring_session s"
            + " LEFT JOIN team t ON t.id = s.team_id LEFT JOIN recording r ON r.call_id = s.call_id AND r.deleted_at IS NULL WHERE ";
    private static final String DENIALS = " FROM audit_entry a LEFT JOIN call_record c ON c.call_id = a.call_id"
            + " LEFT JOIN app_user u ON u.id = c.agent_user_id WHERE ";
    /** A call's agent, team (its agent's) and queue, on {@code call_record c LEFT JOIN app_user u}, as the calls' scope reads them. */
    private static final Columns CALLS = Columns.callRecords("c", "u");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DashboardAccess dashboards;

    public MonitoringReport report(DashboardFilter filter) {
        DashboardScope scope = dashboards.scopeOf(filter);
        Condition range = scope.where(Columns.monitoring("s")).and(CONNECTED);
        Object[] t = (Object[]) range.bind(em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT s.supervisor_user_id),"
                + " COALESCE(SUM(s.listened_seconds), 0), COUNT(s.listened_seconds),"
                + " SUM(CASE WHEN s.peak_mode = 'WHISPER' THEN 1 ELSE 0 END), SUM(CASE WHEN s.peak_mode = 'BARGE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.peak_mode = 'TAKEOVER' THEN 1 ELSE 0 END) FROM monitoring_session s WHERE " + range.sql()))
                .getSingleResult();
        List<SupervisorDenials> denials = denials(scope);
        long denied = denials.stream().mapToLong(SupervisorDenials::attempts).sum();
        Summary summary = new Summary(number(t[0]), number(t[1]), number(t[2]), mean(number(t[2]), number(t[3])), number(t[4]),
                number(t[5]), number(t[6]), denied);
        return new MonitoringReport(filter, summary, live(scope), trend(range, filter), supervisors(range), modes(range, summary.sessions()),
                purposes(range), durations(range), denials);
    }

    /** What is under way now in the filter's scope: calls, and calls someone is monitoring (a session connected). */
    public Live live(DashboardFilter filter) {
        return live(dashboards.scopeOf(filter));
    }

    /** The sessions behind a number, newest first. */
    public Page<MonitoringSessionRow> sessions(DashboardFilter filter, MonitoringDrill drill, PageRequest page) {
        Condition where = drilled(dashboards.scopeOf(filter), drill);
        long total = number(where.bind(em.createNativeQuery("SELECT COUNT(*) FROM monitoring_session s WHERE " + where.sql())).getSingleResult());
        Query list = where.bind(em.createNativeQuery(SESSIONS + where.sql() + " ORDER BY s.requested_at DESC, s.id DESC"))
                .setFirstResult(page.first()).setMaxResults(page.size());
        return new Page<>(sessionRows(list.getResultStream()).toList(), total);
    }

    /**
     * Every session behind a number within a scope {@link DashboardAccess} granted, newest first, one by one
     * as the database hands them over (an export of any size, written after the request's login ends).
     */
    public void eachSession(DashboardScope scope, MonitoringDrill drill, Consumer<MonitoringSessionRow> row) {
        Condition where = drilled(scope, drill);
        try (Stream<MonitoringSessionRow> rows = sessionRows(where.bind(em.createNativeQuery(SESSIONS + where.sql()
                + " ORDER BY s.requested_at DESC, s.id DESC")).setHint("org.hibernate.fetchSize", 500).getResultStream())) {
            rows.forEach(row);
        }
    }

    /** The refused starts and switches on calls in scope in the range, of one supervisor (a username) or all, newest first. */
    public Page<DeniedAttemptRow> denied(DashboardFilter filter, String supervisor, PageRequest page) {
        Condition where = deniedWhere(dashboards.scopeOf(filter), supervisor);
        long total = number(where.bind(em.createNativeQuery("SELECT COUNT(*)" + DENIALS + where.sql())).getSingleResult());
        Query list = where.bind(em.createNativeQuery("SELECT a.id, a.occurred_at, a.actor, a.action, a.call_id, a.agent, a.queue_name,"
                + " a.mode, a.purpose, a.detail" + DENIALS + where.sql() + " ORDER BY a.occurred_at DESC, a.id DESC"))
                .setFirstResult(page.first()).setMaxResults(page.size());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = list.getResultList();
        return new Page<>(rows.stream().map(r -> new DeniedAttemptRow(number(r[0]), instant(r[1]), (String) r[2],
                STARTS.contains((String) r[3]) ? "start" : "switch", (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                (String) r[8], (String) r[9])).toList(), total);
    }

    /** What is under way now within a scope {@link DashboardAccess} granted: the live tiles every dashboard may show. */
    public Live live(DashboardScope scope) {
        Condition calls = scope.scoped(CALLS).and("c.state IN (" + CallState.LIVE_LITERALS + ")");
        long callsNow = number(calls.bind(em.createNativeQuery("SELECT COUNT(*) FROM call_record c LEFT JOIN app_user u ON u.id = c.agent_user_id"
                + " WHERE " + calls.sql())).getSingleResult());
        Condition sessions = scope.scoped(Columns.monitoring("s")).and("s.state = :connected", "connected", SessionState.CONNECTED.name());
        long monitoredNow = number(sessions.bind(em.createNativeQuery("SELECT COUNT(DISTINCT s.call_id) FROM monitoring_session s WHERE "
                + sessions.sql())).getSingleResult());
        return new Live(callsNow, monitoredNow);
    }

    /** Every day of the range, 0 where no session was requested. */
    private List<ModeDay> trend(Condition range, DashboardFilter filter) {
        List<?> rows = range.bind(em.createNativeQuery("SELECT s.requested_on, s.peak_mode, COUNT(*) FROM monitoring_session s WHERE "
                + range.sql() + " GROUP BY s.requested_on, s.peak_mode ORDER BY s.requested_on")).getResultList();
        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
            days.put(day, new long[MonitoringMode.values().length]);
        }
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            days.get(day(r[0]))[MonitoringMode.valueOf((String) r[1]).ordinal()] =
                    number(r[2]);
        }
        List<ModeDay> trend = new ArrayList<>();
        days.forEach((day, n) -> trend.add(ModeDay.of(day, n[0], n[1], n[2], n[3])));
        return trend;
    }

    private List<SupervisorSessions> supervisors(Condition range) {
        List<?> rows = range.bind(em.createNativeQuery("SELECT s.supervisor_user_id, MIN(s.supervisor_username), COUNT(*),"
                + " COALESCE(SUM(s.listened_seconds), 0), COUNT(s.listened_seconds), SUM(CASE WHEN s.peak_mode = 'BARGE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.peak_mode = 'TAKEOVER' THEN 1 ELSE 0 END) FROM monitoring_session s WHERE " + range.sql()
                + " GROUP BY s.supervisor_user_id ORDER BY COUNT(*) DESC, MIN(s.supervisor_username)")).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new SupervisorSessions(number(r[0]), (String) r[1], number(r[2]), number(r[3]),
                mean(number(r[3]), number(r[4])), number(r[5]), number(r[6]))).toList();
    }

    private List<ModeSessions> modes(Condition range, long sessions) {
        Map<MonitoringMode, Long> counts = new EnumMap<>(MonitoringMode.class);
        grouped(range, "s.peak_mode").forEach((mode, n) -> counts.put(MonitoringMode.valueOf(mode), n[0]));
        return Arrays.stream(MonitoringMode.values()).map(mode -> new ModeSessions(mode, counts.getOrDefault(mode, 0L),
                percent(counts.getOrDefault(mode, 0L), sessions))).toList();
    }

    private List<PurposeSessions> purposes(Condition range) {
        Map<String, long[]> counts = grouped(range, "s.purpose");
        return Arrays.stream(MonitoringPurpose.values()).map(purpose -> {
            long[] n = counts.getOrDefault(purpose.name(), new long[2]);
            return new PurposeSessions(purpose, purpose.label(), n[0], n[1]);
        }).toList();
    }

    /** Sessions and seconds listened per value of a column. */
    private Map<String, long[]> grouped(Condition range, String column) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Object row : range.bind(em.createNativeQuery("SELECT " + column + ", COUNT(*), COALESCE(SUM(s.listened_seconds), 0)"
                + " FROM monitoring_session s WHERE " + range.sql() + " GROUP BY " + column)).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put((String) r[0], new long[] {number(r[1]), number(r[2])});
        }
        return counts;
    }

    private List<DurationBand> durations(Condition range) {
        StringBuilder sums = new StringBuilder();
        for (int band = 0; band <= MonitoringDrill.BAND_ENDS.length; band++) {
            Long end = MonitoringDrill.bandEnd(band);
            sums.append(band == 0 ? "" : ", ").append("SUM(CASE WHEN s.listened_seconds >= ").append(MonitoringDrill.bandStart(band))
                    .append(end == null ? "" : " AND s.listened_seconds < " + end).append(" THEN 1 ELSE 0 END)");
        }
        Object[] counts = (Object[]) range.bind(em.createNativeQuery("SELECT " + sums + " FROM monitoring_session s WHERE " + range.sql()))
                .getSingleResult();
        List<DurationBand> bands = new ArrayList<>();
        for (int band = 0; band <= MonitoringDrill.BAND_ENDS.length; band++) {
            bands.add(new DurationBand(band, MonitoringDrill.bandStart(band), MonitoringDrill.bandEnd(band), MonitoringDrill.BAND_LABELS[band],
                    number(counts[band])));
        }
        return bands;
    }

    private List<SupervisorDenials> denials(DashboardScope scope) {
        Condition where = deniedWhere(scope, null);
        List<?> rows = where.bind(em.createNativeQuery("SELECT a.actor, SUM(CASE WHEN a.action IN (:starts) THEN 1 ELSE 0 END), COUNT(*)"
                + DENIALS + where.sql() + " GROUP BY a.actor ORDER BY COUNT(*) DESC, a.actor")).setParameter("starts", STARTS).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new SupervisorDenials((String) r[0], number(r[2]), number(r[1]), number(r[2]) - number(r[1])))
                .toList();
    }

    /** Refused starts and switches in the range (UTC days) on calls in scope; a refusal of no call (a session id of nothing) only for a scope of everything. */
    private Condition deniedWhere(DashboardScope scope, String supervisor) {
        if (supervisor != null && !USERNAME.matcher(supervisor).matches()) {
            throw new DashboardException("supervisor", "Name a supervisor by their username");
        }
        Condition denied = scope.scoped(CALLS).and("a.outcome = :denied AND a.action IN (:attempts) AND a.occurred_at >= :since"
                + " AND a.occurred_at < :until", "denied", "DENIED", "attempts", Stream.concat(STARTS.stream(), SWITCHES.stream()).toList(),
                "since", scope.filter().from().atStartOfDay(ZoneOffset.UTC).toInstant(),
                "until", scope.filter().to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        return supervisor == null ? denied : denied.and("a.actor = :actor", "actor", supervisor);
    }

    private Condition drilled(DashboardScope scope, MonitoringDrill drill) {
        List<FieldViolation> faults = drill.faults(scope.filter());
        if (!faults.isEmpty()) {
            throw new DashboardException(faults);
        }
        Condition where = drill.live() ? scope.scoped(Columns.monitoring("s")).and("s.state = :connected", "connected", SessionState.CONNECTED.name())
                : scope.where(Columns.monitoring("s"));
        where = where.and(CONNECTED);
        if (drill.supervisor() != null) {
            where = where.and("s.supervisor_user_id = :supervisor", "supervisor", drill.supervisor());
        }
        if (drill.mode() != null) {
            where = where.and("s.peak_mode = :mode", "mode", drill.mode().name());
        }
        if (drill.purpose() != null) {
            where = where.and("s.purpose = :purpose", "purpose", drill.purpose().name());
        }
        if (drill.day() != null) {
            where = where.and("s.requested_on = :day", "day", drill.day());
        }
        if (drill.band() != null) {
            Long end = MonitoringDrill.bandEnd(drill.band());
            where = where.and("s.listened_seconds >= :bandFrom", "bandFrom", MonitoringDrill.bandStart(drill.band()));
            where = end == null ? where : where.and("s.listened_seconds < :bandTo", "bandTo", end);
        }
        return where;
    }

    @SuppressWarnings("unchecked")
    private static Stream<MonitoringSessionRow> sessionRows(Stream<?> results) {
        return ((Stream<Object[]>) results).map(r -> new MonitoringSessionRow(number(r[0]), (String) r[1], day(r[2]), instant(r[3]),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10], (String) r[11],
                r[12] == null ? null : number(r[12]), r[13] == null ? null : r[13].toString()));
    }
}
