package org.earshot.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earshot.access.AccessService;
import org.earshot.access.Action;
import org.earshot.access.VisibleScope;
import org.earshot.calls.CallScope;
import org.earshot.query.Conditions;

/**
 * The few quality numbers the home pages show, each over the caller's scope for the action its readers
 * hold: the week's evaluations, their average and the open disputes for those who view dashboards
 * (VIEW_DASHBOARD: managers, compliance, supervisors); the agents' latest scores for those who coach
 * them (COACH_AGENT: trainers, supervisors). Calibration sheets and drafts never count; a score is the
 * evaluation's current total (its latest revision, so a re-score counts at once).
 */
// Authorization is the scope of the caller's grants (AccessService.visibleScope), decided per call.
@PermitAll
@Stateless
public class QualityFigures {

    /** With its revisions {@code r}, of which {@link #CURRENT} keeps the latest: the evaluation's current total. */
    private static final String WITH_TOTAL = " JOIN EvaluationRevision r ON r.evaluation = e";

    private static final String CURRENT = "r.number = (SELECT MAX(r2.number) FROM EvaluationRevision r2 WHERE r2.evaluation = e)";

    /** How many of the latest evaluations in scope the coaching list reads; older ones add nothing to "latest and previous". */
    static final int COACHING_WINDOW = 500;

    private static final String NEWEST_SUBMITTED = " ORDER BY e.submittedAt DESC, e.id DESC";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    /** The evaluations in the caller's dashboard scope submitted since {@code from}, their average, and the open disputes. */
    public QualityWeek since(Instant from) {
        var scope = access.visibleScope(Action.VIEW_DASHBOARD);
        Conditions week = counted(scope).add(CURRENT).add("e.submittedAt >= :from").with("from", from);
        Object[] figures = week.bind(em.createQuery("SELECT COUNT(*), AVG(r.total) FROM Evaluation e" + WITH_TOTAL + week.where(),
                Object[].class)).getSingleResult();
        Conditions disputed = counted(scope).add("e.state IN :open").with("open", List.of(EvaluationState.DISPUTED, EvaluationState.APPEALED));
        long open = disputed.bind(em.createQuery("SELECT COUNT(*) FROM Evaluation e" + disputed.where(), Long.class)).getSingleResult();
        BigDecimal average = figures[1] == null ? null
                : BigDecimal.valueOf(((Number) figures[1]).doubleValue()).setScale(1, RoundingMode.HALF_UP);
        return new QualityWeek((Long) figures[0], average, open);
    }

    /**
     * The agents the caller coaches who have been evaluated, with their latest score and the one before,
     * the most recently evaluated first; read from the latest {@value #COACHING_WINDOW} evaluations in scope.
     */
    public List<AgentScore> coachedAgents() {
        // The window's ids first, from the index of the submission order alone (V25_2), then their agents and totals: joining
        // every evaluation in scope to its latest revision before keeping the newest would read a site's thousands.
        Conditions where = counted(access.visibleScope(Action.COACH_AGENT)).add("e.submittedAt IS NOT NULL");
        List<Long> window = where.bind(em.createQuery("SELECT e.id FROM Evaluation e" + where.where() + NEWEST_SUBMITTED, Long.class))
                .setMaxResults(COACHING_WINDOW).getResultList();
        if (window.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT a.id, a.username, t.name, r.total, e.submittedAt FROM Evaluation e"
                        + " JOIN User a ON a.id = e.callAgentId LEFT JOIN a.team t" + WITH_TOTAL + " WHERE e.id IN :window AND " + CURRENT + NEWEST_SUBMITTED,
                Object[].class).setParameter("window", window).getResultList();
        Map<Long, List<Object[]>> byAgent = new LinkedHashMap<>();
        rows.forEach(row -> byAgent.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row));
        return byAgent.values().stream().map(QualityFigures::scoreOf).toList();
    }

    /**
     * The evaluations that count (no calibration sheet, no draft) whose calls the scope sees, asked of the call's agent and
     * queue each evaluation keeps rather than of its call joined to every evaluation.
     */
    private static Conditions counted(VisibleScope scope) {
        Conditions where = new Conditions().add("e.calibration = FALSE").add("e.state <> org.earshot.evaluation.EvaluationState.DRAFT");
        return scope.everything() ? where : where.add(CallScope.reaches(where, scope, "e.callAgentId", "e.callQueueId"));
    }

    private static AgentScore scoreOf(List<Object[]> newestFirst) {
        Object[] latest = newestFirst.get(0);
        BigDecimal previous = newestFirst.size() > 1 ? (BigDecimal) newestFirst.get(1)[3] : null;
        return new AgentScore((Long) latest[0], (String) latest[1], (String) latest[2], (BigDecimal) latest[3], previous,
                newestFirst.size(), (Instant) latest[4]);
    }
}
