package org.earshot.dashboard;

import static org.earshot.dashboard.SqlValues.day;
import static org.earshot.dashboard.SqlValues.decimal;
import static org.earshot.dashboard.SqlValues.instantDay;
import static org.earshot.dashboard.SqlValues.number;
import static org.earshot.dashboard.SqlValues.percent;
import static org.earshot.dashboard.SqlValues.round;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.earshot.calls.CallScope;
import org.earshot.dashboard.DashboardScope.Columns;
import org.earshot.dashboard.DashboardScope.Condition;
import org.earshot.dashboard.QualityReport.EvaluatorCalibration;
import org.earshot.dashboard.QualityReport.FailedQuestion;
import org.earshot.dashboard.QualityReport.SamplingProgress;
import org.earshot.dashboard.QualityReport.ScoreBand;
import org.earshot.dashboard.QualityReport.Summary;
import org.earshot.dashboard.QualityReport.TrendBy;
import org.earshot.dashboard.QualityReport.TrendPeriod;
import org.earshot.dashboard.QualityReport.TrendPoint;
import org.earshot.dashboard.QualityReport.TrendSeries;
import org.earshot.evaluation.CalibrationReport;
import org.earshot.evaluation.CalibrationSession;
import org.earshot.evaluation.EvaluatorDeviation;
import org.earshot.evaluation.QualityFact;
import org.earshot.evaluation.Question;
import org.earshot.evaluation.Scorecard;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;

/**
 * The quality dashboard, read from the aggregates {@code quality_day} and {@code quality_question_day}
 * ({@code quality_total_day} and {@code quality_question_total_day} for the whole organization's figures)
 * (never from the evaluations themselves, so that it answers as fast on a million calls) within the
 * scope {@link DashboardAccess} decides; the lists behind its numbers from {@code quality_fact}. The
 * sampling targets and calibration figures are read from their own tables, which are small.
 */
// Authorization is decided by DashboardAccess (VIEW_DASHBOARD and its reach), not by EJB role lists.
@PermitAll
@Stateless
public class QualityDashboard {

    /** How many questions the "failed most" table lists, and how many lines a trend by agent, team, queue or form draws. */
    static final int TOP = 10;

    private static final String BANDS = Stream.iterate(0, b -> b + 1).limit(QualityFact.BANDS)
            .map(b -> "COALESCE(SUM(d.band_" + b + "), 0)").reduce((a, b) -> a + ", " + b).orElseThrow();

    private static final String EVALUATIONS = "SELECT f.evaluation_id, e.call_id, f.submitted_on, u.username, t.name, q.name, s.name, f.total,"
            + " f.auto_failed, f.disputed, e.state FROM quality_fact f JOIN evaluation e ON e.id = f.evaluation_id"
            + " JOIN app_user u ON u.id = f.agent_user_id JOIN scorecard s ON s.id = f.scorecard_id"
            + " LEFT JOIN team t ON t.id = f.team_id LEFT JOIN call_queue q ON q.id = f.queue_id WHERE ";
    private static final String NEWEST_FIRST = " ORDER BY f.submitted_on DESC, f.evaluation_id DESC";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DashboardAccess dashboards;

    public QualityReport report(DashboardFilter filter, TrendPeriod period, TrendBy by) {
        DashboardScope scope = dashboards.scopeOf(filter);
        Condition days = scope.where(Columns.quality("d"));
        // The organization's totals have no agent, team or queue: a whole organization's condition names none.
        String aggregate = scope.wholeOrganization() ? "quality_total_day" : "quality_day";
        Object[] totals = (Object[]) days.bind(em.createNativeQuery("SELECT COALESCE(SUM(d.evaluations), 0), COALESCE(SUM(d.scored), 0),"
                + " COALESCE(SUM(d.score_sum), 0), COALESCE(SUM(d.score_squares), 0), COALESCE(SUM(d.auto_failed), 0),"
                + " COALESCE(SUM(d.disputed), 0), COALESCE(SUM(d.appealed), 0), COALESCE(SUM(d.upheld), 0), COALESCE(SUM(d.re_scored), 0), "
                + BANDS + " FROM " + aggregate + " d WHERE " + days.sql())).getSingleResult();
        return new QualityReport(filter, summary(totals), period, by, trend(aggregate, days, period, by), distribution(totals),
                failedQuestions(scope), sampling(scope), calibration(scope));
    }

    /** The evaluations behind a number, newest first. */
    public Page<QualityEvaluationRow> evaluations(DashboardFilter filter, QualityDrill drill, PageRequest page) {
        Condition where = drilled(dashboards.scopeOf(filter), drill);
        long total = ((Number) where.bind(em.createNativeQuery("SELECT COUNT(*) FROM quality_fact f WHERE " + where.sql()))
                .getSingleResult()).longValue();
        Query list = where.bind(em.createNativeQuery(EVALUATIONS + where.sql() + NEWEST_FIRST))
                .setFirstResult(page.first()).setMaxResults(page.size());
        return new Page<>(rows(list.getResultStream()).toList(), total);
    }

    /**
     * Every evaluation behind a number within a scope {@link DashboardAccess} granted, newest first, one by
     * one as the database hands them over (an export of any size, written after the request's login ends).
     */
    public void eachEvaluation(DashboardScope scope, QualityDrill drill, Consumer<QualityEvaluationRow> row) {
        Condition where = drilled(scope, drill);
        try (Stream<QualityEvaluationRow> rows = rows(where.bind(em.createNativeQuery(EVALUATIONS + where.sql() + NEWEST_FIRST))
                .setHint("org.hibernate.fetchSize", 500).getResultStream())) {
            rows.forEach(row);
        }
    }

    private Condition drilled(DashboardScope scope, QualityDrill drill) {
        if (!drill.faults().isEmpty()) {
            throw new DashboardException(drill.faults());
        }
        Condition where = scope.where(Columns.quality("f"));
        Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
        StringBuilder sql = new StringBuilder(where.sql());
        if (drill.band() != null) {
            int from = drill.band() * 10;
            sql.append(" AND f.total >= :bandFrom").append(drill.band() == QualityFact.BANDS - 1 ? "" : " AND f.total < :bandTo");
            parameters.put("bandFrom", BigDecimal.valueOf(from));
            if (drill.band() != QualityFact.BANDS - 1) {
                parameters.put("bandTo", BigDecimal.valueOf(from + 10));
            }
        }
        if (drill.autoFailed() != null) {
            sql.append(" AND f.auto_failed = :autoFailed");
            parameters.put("autoFailed", drill.autoFailed());
        }
        if (drill.disputed() != null) {
            sql.append(" AND f.disputed = :disputed");
            parameters.put("disputed", drill.disputed());
        }
        if (drill.failedQuestion() != null) {
            sql.append(" AND ';' || f.question_outcomes || ';' LIKE :failedQuestion");
            parameters.put("failedQuestion", "%;" + drill.failedQuestion() + "=F;%");
        }
        return new Condition(sql.toString(), parameters);
    }

    @SuppressWarnings("unchecked")
    private static Stream<QualityEvaluationRow> rows(Stream<?> results) {
        return ((Stream<Object[]>) results).map(r -> new QualityEvaluationRow(number(r[0]), (String) r[1], day(r[2]), (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], decimal(r[7]), (Boolean) r[8], (Boolean) r[9], (String) r[10]));
    }

    private static Summary summary(Object[] t) {
        long evaluations = number(t[0]);
        long scored = number(t[1]);
        BigDecimal sum = decimal(t[2]);
        BigDecimal squares = decimal(t[3]);
        BigDecimal mean = scored == 0 ? null : sum.divide(BigDecimal.valueOf(scored), MathContext.DECIMAL64);
        BigDecimal deviation = mean == null ? null
                : BigDecimal.valueOf(Math.sqrt(Math.max(0, squares.divide(BigDecimal.valueOf(scored), MathContext.DECIMAL64)
                .subtract(mean.multiply(mean)).doubleValue())));
        return new Summary(evaluations, scored, round(mean), round(deviation), number(t[4]), percent(number(t[4]), evaluations),
                number(t[5]), percent(number(t[5]), evaluations), number(t[6]), number(t[7]), number(t[8]));
    }

    private static List<ScoreBand> distribution(Object[] totals) {
        List<ScoreBand> bands = new ArrayList<>();
        for (int band = 0; band < QualityFact.BANDS; band++) {
            bands.add(new ScoreBand(band, band * 10, band * 10 + 10, number(totals[9 + band])));
        }
        return bands;
    }

    /** The trend from {@code aggregate}, which has the columns of {@code quality_day} or is its totals per day and form. */
    private List<TrendSeries> trend(String aggregate, Condition days, TrendPeriod period, TrendBy by) {
        String table = by == TrendBy.ALL || by == TrendBy.FORM ? aggregate : "quality_day";
        String line = switch (by) {
            case ALL -> "0";
            case AGENT -> "d.agent_user_id";
            case TEAM -> "d.team_id";
            case QUEUE -> "d.queue_id";
            case FORM -> "d.scorecard_id";
        };
        Map<String, Object> parameters = new LinkedHashMap<>(days.parameters());
        String lines = "";
        if (by != TrendBy.ALL) {
            List<?> top = days.bind(em.createNativeQuery("SELECT " + line + " FROM " + table + " d WHERE " + days.sql() + " GROUP BY " + line
                    + " ORDER BY SUM(d.evaluations) DESC, " + line)).setMaxResults(TOP).getResultList();
            if (top.isEmpty()) {
                return List.of();
            }
            lines = " AND " + line + " IN (:lines)";
            parameters.put("lines", top.stream().map(SqlValues::number).toList());
        }
        List<?> rows = new Condition(days.sql() + lines, parameters).bind(em.createNativeQuery("SELECT " + line + ", d.submitted_on,"
                + " SUM(d.evaluations), SUM(d.scored), SUM(d.score_sum) FROM " + table + " d WHERE " + days.sql() + lines
                + " GROUP BY " + (by == TrendBy.ALL ? "" : line + ", ") + "d.submitted_on ORDER BY d.submitted_on")).getResultList();
        Map<Long, TreeMap<LocalDate, long[]>> counts = new LinkedHashMap<>();
        Map<Long, TreeMap<LocalDate, BigDecimal>> sums = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long id = number(r[0]);
            LocalDate at = period == TrendPeriod.WEEK ? day(r[1]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day(r[1]);
            long[] count = counts.computeIfAbsent(id, k -> new TreeMap<>()).computeIfAbsent(at, k -> new long[2]);
            count[0] += number(r[2]);
            count[1] += number(r[3]);
            sums.computeIfAbsent(id, k -> new TreeMap<>()).merge(at, decimal(r[4]), BigDecimal::add);
        }
        List<TrendSeries> series = new ArrayList<>();
        counts.forEach((id, points) -> series.add(new TrendSeries(id, nameOf(by, id), points.entrySet().stream()
                .map(p -> new TrendPoint(p.getKey(), p.getValue()[0], p.getValue()[1] == 0 ? null
                        : round(sums.get(id).get(p.getKey()).divide(BigDecimal.valueOf(p.getValue()[1]), MathContext.DECIMAL64))))
                .toList())));
        return series;
    }

    private String nameOf(TrendBy by, long id) {
        String name = switch (by) {
            case ALL -> "All evaluations";
            case AGENT -> single("SELECT username FROM app_user WHERE id = ?", id);
            case TEAM -> id == 0 ? "No team" : single("SELECT name FROM team WHERE id = ?", id);
            case QUEUE -> id == 0 ? "Direct calls" : single("SELECT name FROM call_queue WHERE id = ?", id);
            case FORM -> single("SELECT name FROM scorecard WHERE id = ?", id);
        };
        return name == null ? String.valueOf(id) : name;
    }

    private String single(String sql, long id) {
        List<?> found = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return found.isEmpty() ? null : String.valueOf(found.get(0));
    }

    private List<FailedQuestion> failedQuestions(DashboardScope scope) {
        Condition where = scope.where(Columns.quality("d"));
        String table = scope.wholeOrganization() ? "quality_question_total_day" : "quality_question_day";
        List<?> rows = where.bind(em.createNativeQuery("SELECT d.scorecard_id, d.question_key, SUM(d.asked), SUM(d.failed),"
                + " SUM(d.not_applicable) FROM " + table + " d WHERE " + where.sql() + " GROUP BY d.scorecard_id, d.question_key"
                + " HAVING SUM(d.failed) > 0 ORDER BY SUM(d.failed) DESC, d.scorecard_id, d.question_key")).setMaxResults(TOP).getResultList();
        List<FailedQuestion> questions = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Scorecard form = em.find(Scorecard.class, number(r[0]));
            String key = (String) r[1];
            String text = form.versions().get(form.versions().size() - 1).form().question(key).map(Question::text).orElse(key);
            questions.add(new FailedQuestion(form.getId(), form.getName(), key, text, number(r[2]), number(r[3]), number(r[4]),
                    percent(number(r[3]), number(r[2]))));
        }
        return questions;
    }

    /**
     * The draws whose period began in the range, of rules whose queue or team is in scope: the calls each
     * wanted (picked, plus what its agents fell short by), picked, and evaluated (submitted).
     */
    private List<SamplingProgress> sampling(DashboardScope scope) {
        Condition where = scope.where(new Columns("CAST(r.period_start AS DATE)", "k.agent_user_id", "COALESCE(p.team_id, 0)",
                "COALESCE(p.queue_id, 0)", "p.scorecard_id"));
        String shortfall = scope.filter().agentId() == null ? "" : " AND s.agent_user_id = :agent";
        List<?> rows = where.bind(em.createNativeQuery("SELECT r.id, p.id, p.name, r.period_start, COUNT(k.id),"
                + " SUM(CASE WHEN e.state <> 'DRAFT' THEN 1 ELSE 0 END),"
                + " (SELECT COALESCE(SUM(s.wanted - s.picked), 0) FROM sampling_shortfall s WHERE s.run_id = r.id" + shortfall + ")"
                + " FROM sampling_run r JOIN sampling_plan p ON p.id = r.plan_id JOIN sampling_pick k ON k.run_id = r.id"
                + " LEFT JOIN evaluation e ON e.id = k.evaluation_id WHERE " + where.sql()
                + " GROUP BY r.id, p.id, p.name, r.period_start ORDER BY r.period_start DESC, p.name")).getResultList();
        List<SamplingProgress> progress = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            long picked = number(r[4]);
            long done = number(r[5]);
            long target = picked + number(r[6]);
            progress.add(new SamplingProgress(number(r[1]), (String) r[2], number(r[0]), instantDay(r[3]), target, picked, done,
                    percent(done, target)));
        }
        return progress;
    }

    /**
     * Each evaluator's deviation from the reference across the calibration sessions closed in the range
     * whose call is in scope and matches the filter.
     */
    private List<EvaluatorCalibration> calibration(DashboardScope scope) {
        DashboardFilter filter = scope.filter();
        var query = em.createQuery("SELECT s FROM CalibrationSession s, CallRecord c LEFT JOIN c.agent a LEFT JOIN a.team t"
                        + " LEFT JOIN c.queue q WHERE c.callId = s.callId AND s.state = org.earshot.evaluation.CalibrationState.CLOSED"
                        + " AND s.closedAt >= :from AND s.closedAt < :until AND " + CallScope.CALLS
                        + " AND (:site IS NULL OR t.site.id = :site OR q.site.id = :site) AND (:team IS NULL OR t.id = :team)"
                        + " AND (:queue IS NULL OR q.id = :queue) AND (:agent IS NULL OR a.id = :agent)"
                        + (filter.formIds().isEmpty() ? "" : " AND s.scorecardVersion.scorecard.id IN :forms")
                        + " ORDER BY s.closedAt, s.id", CalibrationSession.class)
                .setParameter("from", filter.from().atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("until", filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("site", filter.siteId()).setParameter("team", filter.teamId()).setParameter("queue", filter.queueId())
                .setParameter("agent", filter.agentId());
        if (!filter.formIds().isEmpty()) {
            query.setParameter("forms", filter.formIds());
        }
        Map<Long, List<Double>> deviations = new TreeMap<>();
        for (CalibrationSession session : CallScope.bind(query, scope.visible()).getResultList()) {
            for (EvaluatorDeviation deviation : CalibrationReport.of(session.scores()).deviations()) {
                deviations.computeIfAbsent(deviation.evaluatorId(), k -> new ArrayList<>()).add(deviation.scoreDifference());
            }
        }
        List<EvaluatorCalibration> evaluators = new ArrayList<>();
        deviations.forEach((evaluator, differences) -> {
            double mean = differences.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double variance = differences.stream().mapToDouble(d -> (d - mean) * (d - mean)).sum() / differences.size();
            evaluators.add(new EvaluatorCalibration(evaluator, single("SELECT username FROM app_user WHERE id = ?", evaluator),
                    differences.size(), round(BigDecimal.valueOf(mean)), round(BigDecimal.valueOf(variance))));
        });
        return evaluators;
    }
}
