package org.earshot.web.dashboard;

import org.earshot.dashboard.CoachingDashboard;
import org.earshot.dashboard.CoachingReport;
import org.earshot.dashboard.CoachingReport.PlanNumber;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.SessionDrill;
import org.earshot.web.dashboard.CoachingDashboardResource.Table;

/** The coaching dashboard's tables as CSV, one header row and a row per line; the plans and sessions streamed from the database. */
final class CoachingCsv {

    private CoachingCsv() {
    }

    static void write(Table table, CoachingReport report, CsvWriter csv) {
        switch (table) {
            case SUMMARY -> {
                var s = report.summary();
                csv.row("plans open", "plans started", "plans achieved", "plans missed", "plans closed", "sessions", "held", "missed",
                        "cancelled", "still scheduled", "acknowledged", "held %", "goals achieved", "goals missed", "attainment %",
                        "plans compared", "mean score change");
                csv.row(s.plansOpen(), s.plansStarted(), s.plansAchieved(), s.plansMissed(), s.plansClosed(), s.sessions(), s.sessionsHeld(),
                        s.sessionsMissed(), s.sessionsCancelled(), s.sessionsScheduled(), s.sessionsAcknowledged(), s.heldPercent(),
                        s.goalsAchieved(), s.goalsMissed(), s.attainmentPercent(), s.plansCompared(), s.meanScoreChange());
            }
            case WEEKS -> {
                csv.row("week from", "held", "missed", "cancelled", "still scheduled");
                report.weeks().forEach(w -> csv.row(w.week(), w.held(), w.missed(), w.cancelled(), w.scheduled()));
            }
            case GOALS -> {
                csv.row("form", "subject", "key", "achieved", "missed", "attainment %");
                report.goals().forEach(g -> csv.row(g.form(), g.subject(), g.key(), g.achieved(), g.missed(), g.attainmentPercent()));
            }
            case TRAINERS -> {
                csv.row("trainer", "agents", "held", "missed", "cancelled", "still scheduled", "acknowledged", "held %");
                report.trainers().forEach(t -> csv.row(t.trainer(), t.agents(), t.held(), t.missed(), t.cancelled(), t.scheduled(),
                        t.acknowledged(), t.heldPercent()));
            }
            case SCORES -> {
                csv.row("team", "plans compared", "mean score before", "mean score after", "mean change");
                report.scoreChanges().forEach(c -> csv.row(c.team(), c.plans(), c.meanBefore(), c.meanAfter(), c.meanChange()));
            }
            case PLANS, SESSIONS -> throw new IllegalArgumentException("The plans and sessions are streamed from the database, not from the report");
        }
    }

    /** Every plan behind the number, a row each as the database hands them over, after a header. */
    static void plans(CsvWriter csv, CoachingDashboard coaching, DashboardScope scope, PlanNumber number) {
        csv.row("plan", "agent", "team", "trainer", "title", "status", "started", "ended");
        coaching.eachPlan(scope, number, p -> csv.row(p.planId(), p.agent(), p.team(), p.trainer(), p.title(), p.status(), p.startedOn(),
                p.endedOn()));
    }

    /** Every session behind the number, a row each as the database hands them over, after a header. */
    static void sessions(CsvWriter csv, CoachingDashboard coaching, DashboardScope scope, SessionDrill drill) {
        csv.row("session", "plan", "agent", "team", "trainer", "scheduled at", "minutes", "state", "acknowledged");
        coaching.eachSession(scope, drill, s -> csv.row(s.sessionId(), s.planId(), s.agent(), s.team(), s.trainer(), s.scheduledAt(),
                s.durationMinutes(), s.state(), s.acknowledged()));
    }
}
