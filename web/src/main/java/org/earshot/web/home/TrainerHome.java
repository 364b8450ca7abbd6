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
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceBackedLazyModel;

/**
 * A trainer's caseload: how many agents they coach and how many actions agreed with them are overdue
 * (counted in the database), the agents who need them first (the most overdue actions, then the soonest
 * next session) a few at a time, each with their latest evaluated score and its change; and the trainer's
 * own sessions this week, a page at a time. The whole caseload, by name, is the caseload page's.
 */
@Named
@RequestScoped
public class TrainerHome {

    /** Agents a page: a glance at whom to see to first, not the caseload (a site's trainer coaches a thousand). */
    static final int CASELOAD_ROWS = 5;

    /** Sessions a page. */
    static final int SESSION_ROWS = 10;

    private static final PageRequest COUNT_ONLY = PageRequest.totalOnly(0);

    @EJB
    private CoachingService coaching;

    @EJB
    private CoachingSessionService sessions;

    @EJB
    private QualityFigures quality;

    private final ServiceBackedLazyModel<CaseloadRow> mostUrgent = new ServiceBackedLazyModel<>(
            (filters, page) -> coaching.caseloadByUrgency(page), CaseloadRow::agentId);

    private final ServiceBackedLazyModel<SessionSummary> sessionsThisWeek = new ServiceBackedLazyModel<>(
            (filters, page) -> sessionsThisWeek(page), SessionSummary::id);

    private CaseloadTotals totals;
    private Long sessionsThisWeekTotal;
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

    public int getCaseloadRows() {
        return CASELOAD_ROWS;
    }

    public int getSessionRows() {
        return SESSION_ROWS;
    }

    /** The trainer's own sessions this week, in time order, a page at a time. */
    public ServiceBackedLazyModel<SessionSummary> getSessionsThisWeek() {
        return sessionsThisWeek;
    }

    public long getSessionsThisWeekTotal() {
        if (sessionsThisWeekTotal == null) {
            sessionsThisWeekTotal = sessionsThisWeek(COUNT_ONLY).total();
        }
        return sessionsThisWeekTotal;
    }

    private Page<SessionSummary> sessionsThisWeek(PageRequest page) {
        Instant monday = HomePeriods.thisWeek();
        return sessions.between(monday, monday.plus(Duration.ofDays(7)), page);
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
