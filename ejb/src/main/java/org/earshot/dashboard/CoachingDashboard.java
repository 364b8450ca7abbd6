package org.earshot.dashboard;

import static org.earshot.dashboard.SqlValues.day;
import static org.earshot.dashboard.SqlValues.decimal;
import static org.earshot.dashboard.SqlValues.instant;
import static org.earshot.dashboard.SqlValues.instantDay;
import static org.earshot.dashboard.SqlValues.number;
import static org.earshot.dashboard.SqlValues.percent;
import static org.earshot.dashboard.SqlValues.round;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.earshot.dashboard.CoachingReport.GoalAttainment;
import org.earshot.dashboard.CoachingReport.PlanNumber;
import org.earshot.dashboard.CoachingReport.ScoreChange;
import org.earshot.dashboard.CoachingReport.Summary;
import org.earshot.dashboard.CoachingReport.TrainerSessions;
import org.earshot.dashboard.CoachingReport.WeekSessions;
import org.earshot.dashboard.DashboardScope.Columns;
import org.earshot.dashboard.DashboardScope.Condition;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;

/**
 * The coaching dashboard, read from the coaching tables (a plan, goal or session is one row; ten thousand
 * sessions per million calls) and, for the scores before and after coaching, from the quality facts. A
 * plan, goal or session is in scope through its agent's team (or the team's site): coaching has no queue
 * and no form of its own, so a filter naming either is refused.
 */
// Authorization is decided by DashboardAccess (VIEW_DASHBOARD and its reach), not by EJB role lists.
@PermitAll
@Stateless
public class CoachingDashboard {

    /** How many goal subjects the attainment table lists. */
    static final int TOP = 10;

    private static final String PLAN_ROWS = "SELECT p.id, u.username, t.name, tr.username, p.title, p.status, p.started_at, p.ended_at"
            + " FROM coaching_plan p JOIN app_user u ON u.id = p.agent_user_id JOIN app_user tr ON tr.id = p.trainer_user_id"
            + " LEFT JOIN team t ON t.id = u.team_id WHERE ";
    private static final String SESSION_ROWS = "SELECT s.id, s.plan_id, u.username, t.name, tr.username, s.scheduled_at,"
            + " s.duration_minutes, s.state, s.acknowledged_at FROM coaching_session s JOIN app_user u ON u.id = s.agent_user_id"
            + " JOIN app_user tr ON tr.id = s.trainer_user_id LEFT JOIN team t ON t.id = u.team_id WHERE ";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DashboardAccess dashboards;

    public CoachingReport report(DashboardFilter filter) {
        DashboardScope scope = scopeOf(filter);
        Object[] plans = (Object[]) plans(scope).bind(em.createNativeQuery("SELECT COUNT(*),"
                + count(onDays("p.started_at")) + ", " + ended("ACHIEVED") + ", " + ended("MISSED") + ", " + ended("CLOSED")
                + " FROM coaching_plan p JOIN app_user u ON u.id = p.agent_user_id WHERE " + plans(scope).sql())).getSingleResult();
        List<TrainerSessions> trainers = trainers(scope);
        Object[] goals = (Object[]) settledGoals(scope).bind(em.createNativeQuery("SELECT " + count("g.status = 'ACHIEVED'") + ", "
                + count("g.status = 'MISSED'") + " FROM coaching_goal g JOIN coaching_plan p ON p.id = g.plan_id"
                + " JOIN app_user u ON u.id = p.agent_user_id WHERE " + settledGoals(scope).sql())).getSingleResult();
        List<PlanScores> compared = comparedPlans(scope);
        long held = trainers.stream().mapToLong(TrainerSessions::held).sum();
        long missed = trainers.stream().mapToLong(TrainerSessions::missed).sum();
        long cancelled = trainers.stream().mapToLong(TrainerSessions::cancelled).sum();
        long scheduled = trainers.stream().mapToLong(TrainerSessions::scheduled).sum();
        Summary summary = new Summary(number(plans[0]), number(plans[1]), number(plans[2]), number(plans[3]), number(plans[4]),
                held + missed + cancelled + scheduled, held, missed, cancelled, scheduled,
                trainers.stream().mapToLong(TrainerSessions::acknowledged).sum(), percent(held, held + missed),
                number(goals[0]), number(goals[1]), percent(number(goals[0]), number(goals[0]) + number(goals[1])), compared.size(),
                mean(compared.stream().map(PlanScores::change).toList()));
        return new CoachingReport(filter, summary, weeks(scope), goalAttainment(scope), trainers, scoreChanges(compared));
    }

    /** The plans behind a number, newest first. */
    public Page<CoachingPlanRow> plans(DashboardFilter filter, PlanNumber number, PageRequest page) {
        Condition where = planNumber(scopeOf(filter), number);
        long total = number(where.bind(em.createNativeQuery("SELECT COUNT(*) FROM coaching_plan p JOIN app_user u ON u.id = p.agent_user_id"
                + " WHERE " + where.sql())).getSingleResult());
        return new Page<>(planRows(where.bind(em.createNativeQuery(PLAN_ROWS + where.sql() + " ORDER BY p.started_at DESC, p.id DESC"))
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultStream()).toList(), total);
    }

    /** The sessions behind a number, newest first. */
    public Page<CoachingSessionRow> sessions(DashboardFilter filter, SessionDrill drill, PageRequest page) {
        Condition where = sessionDrill(scopeOf(filter), drill);
        long total = number(where.bind(em.createNativeQuery("SELECT COUNT(*) FROM coaching_session s JOIN app_user u ON u.id = s.agent_user_id"
                + " WHERE " + where.sql())).getSingleResult());
        return new Page<>(sessionRows(where.bind(em.createNativeQuery(SESSION_ROWS + where.sql() + " ORDER BY s.scheduled_at DESC, s.id DESC"))
                .setFirstResult(page.first()).setMaxResults(page.size()).getResultStream()).toList(), total);
    }

    /** Every plan behind a number within a scope {@link DashboardAccess} granted, newest first, one by one (an export of any size). */
    public void eachPlan(DashboardScope scope, PlanNumber number, Consumer<CoachingPlanRow> row) {
        Condition where = planNumber(scope, number);
        try (Stream<CoachingPlanRow> rows = planRows(where.bind(em.createNativeQuery(PLAN_ROWS + where.sql()
                + " ORDER BY p.started_at DESC, p.id DESC")).setHint("org.hibernate.fetchSize", 500).getResultStream())) {
            rows.forEach(row);
        }
    }

    /** Every session behind a number within a scope {@link DashboardAccess} granted, newest first, one by one. */
    public void eachSession(DashboardScope scope, SessionDrill drill, Consumer<CoachingSessionRow> row) {
        Condition where = sessionDrill(scope, drill);
        try (Stream<CoachingSessionRow> rows = sessionRows(where.bind(em.createNativeQuery(SESSION_ROWS + where.sql()
                + " ORDER BY s.scheduled_at DESC, s.id DESC")).setHint("org.hibernate.fetchSize", 500).getResultStream())) {
            rows.forEach(row);
        }
    }

    /** The caller's scope for the filter, which may name no queue and no form: coaching has neither. */
    public DashboardScope scopeOf(DashboardFilter filter) {
        DashboardScope scope = dashboards.scopeOf(filter);
        if (filter.queueId() != null) {
            throw new DashboardException("queue", "Coaching is not by queue: choose a site, team or agent");
        }
        if (!filter.formIds().isEmpty()) {
            throw new DashboardException("form", "Coaching is not by form: choose a site, team or agent");
        }
        return scope;
    }

    /** A moment's UTC day, in SQL that PostgreSQL and H2 both read. */
    private static String utcDay(String column) {
        return "CAST(" + column + " AT TIME ZONE 'UTC' AS DATE)";
    }

    private static String onDays(String column) {
        return utcDay(column) + " BETWEEN :from AND :to";
    }

    private static String count(String condition) {
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }

    private static String ended(String status) {
        return count("p.status = '" + status + "' AND " + onDays("p.ended_at"));
    }

    /** A plan is in scope through its agent's team; the columns of {@code coaching_plan p JOIN app_user u} (its agent). */
    private static Columns ofPlan(String day) {
        return new Columns(day, "p.agent_user_id", "COALESCE(u.team_id, 0)", "0", "0");
    }

    /** The plans open at some time in the range: started by its last day, not ended before its first. */
    private static Condition plans(DashboardScope scope) {
        return open(scope.scoped(ofPlan(null)), scope.filter());
    }

    private static Condition open(Condition scoped, DashboardFilter filter) {
        return scoped.and(utcDay("p.started_at") + " <= :to AND (p.ended_at IS NULL OR " + utcDay("p.ended_at") + " >= :from)",
                "from", filter.from(), "to", filter.to());
    }

    private static Condition planNumber(DashboardScope scope, PlanNumber number) {
        if (number == null) {
            throw new DashboardException("number", "Name the plans: OPEN, STARTED, ACHIEVED, MISSED, CLOSED or COMPARED");
        }
        return switch (number) {
            case OPEN -> plans(scope);
            case STARTED -> scope.where(ofPlan(utcDay("p.started_at")));
            case ACHIEVED, MISSED, CLOSED -> scope.where(ofPlan(utcDay("p.ended_at"))).and("p.status = :status", "status", number.name());
            case COMPARED -> scope.where(ofPlan(utcDay("p.started_at"))).and("EXISTS (" + scoresOf("1", "before") + ") AND EXISTS ("
                    + scoresOf("1", "after") + ")");
        };
    }

    /** The goals achieved or missed in the range. */
    private static Condition settledGoals(DashboardScope scope) {
        return scope.where(ofPlan(utcDay("g.settled_at"))).and("g.status IN ('ACHIEVED', 'MISSED')");
    }

    private static Condition sessionsOf(DashboardScope scope) {
        return scope.where(new Columns(utcDay("s.scheduled_at"), "s.agent_user_id", "COALESCE(u.team_id, 0)", "0", "0"));
    }

    private static Condition sessionDrill(DashboardScope scope, SessionDrill drill) {
        if (!drill.faults().isEmpty()) {
            throw new DashboardException(drill.faults());
        }
        Condition where = sessionsOf(scope);
        if (drill.outcome() != null) {
            where = drill.outcome().state() == null ? where.and("s.acknowledged_at IS NOT NULL")
                    : where.and("s.state = :state", "state", drill.outcome().state());
        }
        if (drill.trainerId() != null) {
            where = where.and("s.trainer_user_id = :trainer", "trainer", drill.trainerId());
        }
        if (drill.week() != null) {
            where = where.and(utcDay("s.scheduled_at") + " BETWEEN :week AND :weekEnd", "week", drill.week(), "weekEnd", drill.week().plusDays(6));
        }
        return where;
    }

    private List<TrainerSessions> trainers(DashboardScope scope) {
        Condition where = sessionsOf(scope);
        List<?> rows = where.bind(em.createNativeQuery("SELECT s.trainer_user_id, tr.username, COUNT(DISTINCT s.agent_user_id), "
                + count("s.state = 'DONE'") + ", " + count("s.state = 'MISSED'") + ", " + count("s.state = 'CANCELLED'") + ", "
                + count("s.state = 'SCHEDULED'") + ", " + count("s.acknowledged_at IS NOT NULL") + " FROM coaching_session s JOIN app_user u ON u.id = s.agent_user_id"
                + " JOIN app_user tr ON tr.id = s.trainer_user_id WHERE " + where.sql()
                + " GROUP BY s.trainer_user_id, tr.username ORDER BY tr.username")).getResultList();
        List<TrainerSessions> trainers = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long held = number(r[3]);
            long missed = number(r[4]);
            trainers.add(new TrainerSessions(number(r[0]), (String) r[1], number(r[2]), held, missed, number(r[5]), number(r[6]),
                    number(r[7]), percent(held, held + missed)));
        }
        return trainers;
    }

    private List<WeekSessions> weeks(DashboardScope scope) {
        Condition where = sessionsOf(scope);
        List<?> rows = where.bind(em.createNativeQuery("SELECT " + utcDay("s.scheduled_at") + ", s.state, COUNT(*) FROM coaching_session s"
                + " JOIN app_user u ON u.id = s.agent_user_id WHERE " + where.sql() + " GROUP BY " + utcDay("s.scheduled_at") + ", s.state"))
                .getResultList();
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long[] counts = weeks.computeIfAbsent(day(r[0]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), k -> new long[4]);
            counts[switch ((String) r[1]) {
                case "DONE" -> 0;
                case "MISSED" -> 1;
                case "CANCELLED" -> 2;
                default -> 3;
            }] += number(r[2]);
        }
        return weeks.entrySet().stream().map(w -> new WeekSessions(w.getKey(), w.getValue()[0], w.getValue()[1], w.getValue()[2],
                w.getValue()[3])).toList();
    }

    private List<GoalAttainment> goalAttainment(DashboardScope scope) {
        Condition where = settledGoals(scope);
        List<?> rows = where.bind(em.createNativeQuery("SELECT g.scorecard_id, sc.name, g.subject, g.subject_key, "
                + count("g.status = 'ACHIEVED'") + ", " + count("g.status = 'MISSED'") + " FROM coaching_goal g"
                + " JOIN coaching_plan p ON p.id = g.plan_id JOIN app_user u ON u.id = p.agent_user_id JOIN scorecard sc ON sc.id = g.scorecard_id"
                + " WHERE " + where.sql() + " GROUP BY g.scorecard_id, sc.name, g.subject, g.subject_key"
                + " ORDER BY COUNT(*) DESC, sc.name, g.subject_key")).setMaxResults(TOP).getResultList();
        List<GoalAttainment> goals = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long achieved = number(r[4]);
            long missed = number(r[5]);
            goals.add(new GoalAttainment(number(r[0]), (String) r[1], (String) r[2], (String) r[3], achieved, missed,
                    percent(achieved, achieved + missed)));
        }
        return goals;
    }

    /**
     * {@code what} of the scores of a plan's agent {@code before} it (the {@value CoachingReport#BEFORE_DAYS} days
     * before the day it started) or {@code after} it (from that day to its end, or the range's last day), as a
     * sub-query on {@code coaching_plan p} reading the quality facts by agent and day. Written without a derived
     * table, which H2 cannot correlate with {@code p}.
     */
    private static String scoresOf(String what, String when) {
        String started = utcDay("p.started_at");
        String days = "before".equals(when) ? "f.submitted_on >= " + started + " - " + CoachingReport.BEFORE_DAYS + " AND f.submitted_on < " + started
                : "f.submitted_on >= " + started + " AND f.submitted_on <= COALESCE(" + utcDay("p.ended_at") + ", :to) AND f.submitted_on <= :to";
        return "SELECT " + what + " FROM quality_fact f WHERE f.agent_user_id = p.agent_user_id AND f.total IS NOT NULL AND " + days;
    }

    private List<PlanScores> comparedPlans(DashboardScope scope) {
        Condition where = planNumber(scope, PlanNumber.COMPARED);
        List<?> rows = where.bind(em.createNativeQuery("SELECT COALESCE(u.team_id, 0), (" + scoresOf("AVG(f.total)", "before") + "), ("
                + scoresOf("AVG(f.total)", "after") + ") FROM coaching_plan p JOIN app_user u ON u.id = p.agent_user_id WHERE " + where.sql()))
                .getResultList();
        List<PlanScores> plans = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            plans.add(new PlanScores(number(r[0]), decimal(r[1]), decimal(r[2])));
        }
        return plans;
    }

    private List<ScoreChange> scoreChanges(List<PlanScores> compared) {
        Map<Long, List<PlanScores>> byTeam = new TreeMap<>();
        compared.forEach(plan -> byTeam.computeIfAbsent(plan.teamId(), k -> new ArrayList<>()).add(plan));
        List<ScoreChange> changes = new ArrayList<>();
        byTeam.forEach((team, plans) -> changes.add(new ScoreChange(team, teamName(team), plans.size(),
                mean(plans.stream().map(PlanScores::before).toList()), mean(plans.stream().map(PlanScores::after).toList()),
                mean(plans.stream().map(PlanScores::change).toList()))));
        return changes;
    }

    private String teamName(long id) {
        if (id == 0) {
            return "No team";
        }
        List<?> found = em.createNativeQuery("SELECT name FROM team WHERE id = ?").setParameter(1, id).getResultList();
        return found.isEmpty() ? String.valueOf(id) : (String) found.get(0);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.isEmpty() ? null : round(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64));
    }

    @SuppressWarnings("unchecked")
    private static Stream<CoachingPlanRow> planRows(Stream<?> results) {
        return ((Stream<Object[]>) results).map(r -> new CoachingPlanRow(number(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], instantDay(r[6]), r[7] == null ? null : instantDay(r[7])));
    }

    @SuppressWarnings("unchecked")
    private static Stream<CoachingSessionRow> sessionRows(Stream<?> results) {
        return ((Stream<Object[]>) results).map(r -> new CoachingSessionRow(number(r[0]), number(r[1]), (String) r[2], (String) r[3],
                (String) r[4], instant(r[5]), (int) number(r[6]), (String) r[7], r[8] != null));
    }

    /** A compared plan's team and its agent's mean scores before and after it started. */
    private record PlanScores(long teamId, BigDecimal before, BigDecimal after) {

        BigDecimal change() {
            return after.subtract(before);
        }
    }
}
