package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.earshot.coaching.CaseloadRow;
import org.earshot.coaching.CaseloadTotals;
import org.earshot.coaching.CoachingService;
import org.earshot.coaching.CoachingSessionService;
import org.earshot.coaching.SessionSummary;
import org.earshot.evaluation.AgentScore;
import org.earshot.evaluation.QualityFigures;
import org.earshot.web.faces.ServiceBackedLazyModel;

/**
 * A trainer's caseload: how many agents they coach and how many actions agreed with them are overdue
 * (counted in the database), the agents who need them first (the most overdue actions, then the soonest
 * next session) a few at a time, each with their latest evaluated score and its change; and the trainer's
 * own sessions this week. The whole caseload, by name, is the caseload page's.
 */
@Named
@RequestScoped
public class TrainerHome {

    /** Agents a page: a glance at whom to see to first, not the caseload (a site's trainer coaches a thousand). */
    static final int FIRST = 5;

    @EJB
    private CoachingService coaching;

    @EJB
    private CoachingSessionService sessions;

    @EJB
    private QualityFigures quality;

    private final ServiceBackedLazyModel<CaseloadRow> mostUrgent = new ServiceBackedLazyModel<>(
            (filters, page) -> coaching.caseloadByUrgency(page), CaseloadRow::agentId);

    private CaseloadTotals totals;
    private List<SessionSummary> sessionsThisWeek;
    private Map<Long, AgentScore> scores;

    public CaseloadTotals getTotals() {
        if (totals == null) {
            totals = coaching.caseloadTotals();
        }
        return totals;
    }

    public ServiceBackedLazyModel<CaseloadRow> getMostUrgent() {
        return mostUrgent;
    }

    public int getFirst() {
        return FIRST;
    }

    public List<SessionSummary> getSessionsThisWeek() {
        if (sessionsThisWeek == null) {
            Instant monday = HomePeriods.thisWeek();
            sessionsThisWeek = sessions.between(monday, monday.plus(Duration.ofDays(7)));
        }
        return sessionsThisWeek;
    }

    /** The agent's latest evaluated score and its change; null when they have none yet. Read for the rows shown only. */
    public AgentScore scoreOf(long agentId) {
        if (scores == null) {
            List<CaseloadRow> shown = mostUrgent.getWrappedData();
            scores = quality.scoresOf(shown == null ? List.of() : shown.stream().map(CaseloadRow::agentId).toList());
        }
        return scores.get(agentId);
    }
}
