package org.earshot.coaching;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earshot.organization.User;

/**
 * A coach's agents with their active plan, its open goals, this week's sessions (Monday to Sunday, UTC) and overdue actions, in a
 * few grouped queries, however many agents: a site's trainer has a thousand, with hundreds of plans, each of which read its goals
 * on its own before.
 */
final class Caseload {

    private static final List<GoalStatus> OPEN_GOALS = Stream.of(GoalStatus.values()).filter(GoalStatus::isOpen).toList();

    private final EntityManager em;

    Caseload(EntityManager em) {
        this.em = em;
    }

    List<CaseloadRow> rows(List<User> agents, Instant now) {
        if (agents.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant weekStart = today.with(DayOfWeek.MONDAY).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, CoachingPlan> plans = em.createQuery("SELECT p FROM CoachingPlan p WHERE p.agent IN :agents AND p.status = :active",
                        CoachingPlan.class).setParameter("agents", agents).setParameter("active", PlanStatus.ACTIVE).getResultStream()
                .collect(Collectors.toMap(p -> p.getAgent().getId(), Function.identity()));
        Map<Long, Long> openGoals = plans.isEmpty() ? Map.of() : perAgent(em.createQuery("SELECT g.plan.agent.id, COUNT(g)"
                        + " FROM CoachingGoal g WHERE g.plan IN :plans AND g.status IN :open GROUP BY g.plan.agent.id", Object[].class)
                .setParameter("plans", plans.values()).setParameter("open", OPEN_GOALS).getResultList());
        Map<Long, Long> thisWeek = perAgent(em.createQuery("SELECT s.agent.id, COUNT(s) FROM CoachingSession s WHERE s.agent IN :agents"
                        + " AND s.state = :scheduled AND s.scheduledAt >= :from AND s.scheduledAt < :to GROUP BY s.agent.id", Object[].class)
                .setParameter("agents", agents).setParameter("scheduled", SessionState.SCHEDULED)
                .setParameter("from", weekStart).setParameter("to", weekStart.plusSeconds(7 * 86400L)).getResultList());
        Map<Long, Instant> next = em.createQuery("SELECT s.agent.id, MIN(s.scheduledAt) FROM CoachingSession s WHERE s.agent IN :agents"
                        + " AND s.state = :scheduled AND s.scheduledAt >= :now GROUP BY s.agent.id", Object[].class)
                .setParameter("agents", agents).setParameter("scheduled", SessionState.SCHEDULED).setParameter("now", now)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Instant) r[1]));
        Map<Long, Long> overdue = perAgent(em.createQuery("SELECT a.session.agent.id, COUNT(a) FROM AgreedAction a"
                        + " WHERE a.session.agent IN :agents AND a.done = FALSE AND a.dueOn < :today GROUP BY a.session.agent.id", Object[].class)
                .setParameter("agents", agents).setParameter("today", today).getResultList());
        return agents.stream().map(agent -> {
            CoachingPlan plan = plans.get(agent.getId());
            return new CaseloadRow(agent.getId(), agent.getUsername(), agent.getDisplayName(), agent.getTeam() == null ? null : agent.getTeam().getName(),
                    plan == null ? null : plan.getId(), plan == null ? null : plan.summary().title(),
                    openGoals.getOrDefault(agent.getId(), 0L).intValue(),
                    thisWeek.getOrDefault(agent.getId(), 0L).intValue(), next.get(agent.getId()), overdue.getOrDefault(agent.getId(), 0L).intValue());
        }).toList();
    }

    private static Map<Long, Long> perAgent(List<Object[]> counts) {
        Map<Long, Long> byAgent = new HashMap<>();
        counts.forEach(r -> byAgent.put((Long) r[0], (Long) r[1]));
        return byAgent;
    }
}
