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
import org.earshot.calls.CallScope;

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

    private static final String FROM = " FROM Evaluation e JOIN CallRecord c ON c.callId = e.callId LEFT JOIN c.agent a"
            + " LEFT JOIN a.team t LEFT JOIN c.queue q";

    /** With its current total {@code r}: the evaluation's latest revision. */
    private static final String FROM_WITH_TOTAL = FROM + " JOIN EvaluationRevision r ON r.evaluation = e";

    /** The evaluations that count, their calls in scope (bind with CallScope). */
    private static final String COUNTED = " WHERE e.calibration = FALSE AND e.state <> org.earshot.evaluation.EvaluationState.DRAFT"
            + " AND " + CallScope.CALLS;

    private static final String CURRENT = " AND r.number = (SELECT MAX(r2.number) FROM EvaluationRevision r2 WHERE r2.evaluation = e)";

    /** How many of the latest evaluations in scope the coaching list reads; older ones add nothing to "latest and previous". */
    static final int COACHING_WINDOW = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccessService access;

    /** The evaluations in the caller's dashboard scope submitted since {@code from}, their average, and the open disputes. */
    public QualityWeek since(Instant from) {
        var scope = access.visibleScope(Action.VIEW_DASHBOARD);
        Object[] week = CallScope.bind(em.createQuery("SELECT COUNT(e), AVG(r.total)" + FROM_WITH_TOTAL + COUNTED + CURRENT
                        + " AND e.submittedAt >= :from", Object[].class), scope)
                .setParameter("from", from).getSingleResult();
        long open = CallScope.bind(em.createQuery("SELECT COUNT(e)" + FROM + COUNTED + " AND e.state IN :open", Long.class), scope)
                .setParameter("open", List.of(EvaluationState.DISPUTED, EvaluationState.APPEALED)).getSingleResult();
        BigDecimal average = week[1] == null ? null : BigDecimal.valueOf(((Number) week[1]).doubleValue()).setScale(1, RoundingMode.HALF_UP);
        return new QualityWeek((Long) week[0], average, open);
    }

    /**
     * The agents the caller coaches who have been evaluated, with their latest score and the one before,
     * the most recently evaluated first; read from the latest {@value #COACHING_WINDOW} evaluations in scope.
     */
    public List<AgentScore> coachedAgents() {
        List<Object[]> rows = CallScope.bind(em.createQuery("SELECT a.id, a.username, t.name, r.total, e.submittedAt"
                                + FROM_WITH_TOTAL + COUNTED + CURRENT + " ORDER BY e.submittedAt DESC, e.id DESC",
                        Object[].class), access.visibleScope(Action.COACH_AGENT))
                .setMaxResults(COACHING_WINDOW).getResultList();
        Map<Long, List<Object[]>> byAgent = new LinkedHashMap<>();
        rows.forEach(row -> byAgent.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row));
        return byAgent.values().stream().map(QualityFigures::scoreOf).toList();
    }

    private static AgentScore scoreOf(List<Object[]> newestFirst) {
        Object[] latest = newestFirst.get(0);
        BigDecimal previous = newestFirst.size() > 1 ? (BigDecimal) newestFirst.get(1)[3] : null;
        return new AgentScore((Long) latest[0], (String) latest[1], (String) latest[2], (BigDecimal) latest[3], previous,
                newestFirst.size(), (Instant) latest[4]);
    }
}
