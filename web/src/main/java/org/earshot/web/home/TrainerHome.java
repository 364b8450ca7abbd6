package org.earshot.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.earshot.coaching.CaseloadRow;
import org.earshot.coaching.CoachingService;
import org.earshot.coaching.CoachingSessionService;
import org.earshot.coaching.SessionSummary;
import org.earshot.evaluation.AgentScore;
import org.earshot.evaluation.QualityFigures;

/**
 * A trainer's caseload: the agents they coach with their active plan, this week's sessions and overdue
 * actions (the coaching service's), each with their latest evaluated score and its change; and the
 * trainer's own sessions this week.
 */
@Named
@RequestScoped
public class TrainerHome {

    @EJB
    private CoachingService coaching;

    @EJB
    private CoachingSessionService sessions;

    @EJB
    private QualityFigures quality;

    private List<CaseloadRow> caseload;
    private List<SessionSummary> sessionsThisWeek;
    private Map<Long, AgentScore> scores;

    public List<CaseloadRow> getCaseload() {
        if (caseload == null) {
            caseload = coaching.caseload();
        }
        return caseload;
    }

    public List<SessionSummary> getSessionsThisWeek() {
        if (sessionsThisWeek == null) {
            Instant monday = HomePeriods.thisWeek();
            sessionsThisWeek = sessions.between(monday, monday.plus(Duration.ofDays(7)));
        }
        return sessionsThisWeek;
    }

    public int getOverdueActions() {
        return getCaseload().stream().mapToInt(CaseloadRow::overdueActions).sum();
    }

    /** The agent's latest evaluated score and its change; null when they have none yet. */
    public AgentScore scoreOf(long agentId) {
        if (scores == null) {
            scores = quality.coachedAgents().stream().collect(Collectors.toMap(AgentScore::agentId, Function.identity()));
        }
        return scores.get(agentId);
    }
}
