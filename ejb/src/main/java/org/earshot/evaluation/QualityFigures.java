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
import java.util.Collection;
import java.util.HashMap;
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
     * The latest score and the one before of each of these agents whom the caller coaches and who have been evaluated, by
     * agent id; asked for the agents a page shows, whose evaluations are found by the index on their agent.
     */
    public Map<Long, AgentScore> scoresOf(Collection<Long> agentIds) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        Conditions where = counted(access.visibleScope(Action.COACH_AGENT)).add("e.submittedAt IS NOT NULL").add("a.id IN :agents")
                .with("agents", agentIds).add(CURRENT);
        List<Object[]> rows = where.bind(em.createQuery("SELECT a.id, a.username, t.name, r.total, e.submittedAt FROM Evaluation e"
                + " JOIN e.agent a LEFT JOIN a.team t" + WITH_TOTAL + where.where() + NEWEST_SUBMITTED, Object[].class)).getResultList();
        Map<Long, List<Object[]>> byAgent = new LinkedHashMap<>();
        rows.forEach(row -> byAgent.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(row));
        Map<Long, AgentScore> scores = new HashMap<>();
        byAgent.forEach((agentId, newestFirst) -> scores.put(agentId, scoreOf(newestFirst)));
        return scores;
    }

    /**
     * The evaluations that count (no calibration sheet, no draft) whose calls the scope sees, asked of the call's agent and
     * queue each evaluation keeps rather than of its call joined to every evaluation.
     */
    private static Conditions counted(VisibleScope scope) {
        return CallScope.restrict(new Conditions().add("e.calibration = FALSE").add("e.state <> org.earshot.evaluation.EvaluationState.DRAFT"),
                scope, "e.callAgentId", "e.callQueueId");
    }

    private static AgentScore scoreOf(List<Object[]> newestFirst) {
        Object[] latest = newestFirst.get(0);
        BigDecimal previous = newestFirst.size() > 1 ? (BigDecimal) newestFirst.get(1)[3] : null;
        return new AgentScore((Long) latest[0], (String) latest[1], (String) latest[2], (BigDecimal) latest[3], previous,
                newestFirst.size(), (Instant) latest[4]);
    }
}
