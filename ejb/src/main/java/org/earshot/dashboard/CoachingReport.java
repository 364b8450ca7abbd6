package org.earshot.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The coaching dashboard for one filter: the tiles, sessions per week by outcome, goal attainment by
 * what the goals are on, each trainer's sessions, and the scores of the coached agents before and after
 * their plan started, by team. Percentages are of the sessions or goals that reached an outcome; scores
 * are out of 100.
 */
public record CoachingReport(DashboardFilter filter, Summary summary, List<WeekSessions> weeks, List<GoalAttainment> goals,
                             List<TrainerSessions> trainers, List<ScoreChange> scoreChanges) implements DashboardReport {

    /** How many days before a plan's start count as the agent's score before coaching. */
    public static final int BEFORE_DAYS = 30;

    public CoachingReport {
        weeks = List.copyOf(weeks);
        goals = List.copyOf(goals);
        trainers = List.copyOf(trainers);
        scoreChanges = List.copyOf(scoreChanges);
    }

    /**
     * The tiles. Plans: open at some time in the range, started in it, and ended in it by their outcome.
     * Sessions scheduled in the range by state, those held that the agent acknowledged, and the share held
     * of those held or missed. Goals settled in the range and the share achieved. Coached agents: plans
     * started in the range with evaluations before and after, and their mean change of score.
     */
    public record Summary(long plansOpen, long plansStarted, long plansAchieved, long plansMissed, long plansClosed, long sessions,
                          long sessionsHeld, long sessionsMissed, long sessionsCancelled, long sessionsScheduled, long sessionsAcknowledged,
                          BigDecimal heldPercent, long goalsAchieved, long goalsMissed, BigDecimal attainmentPercent, long plansCompared,
                          BigDecimal meanScoreChange) {
    }

    /** The sessions scheduled in a week (from its Monday) by what became of them. */
    public record WeekSessions(LocalDate week, long held, long missed, long cancelled, long scheduled) {
    }

    /** Goals on one question or section of a form settled in the range: achieved, missed, and the share achieved. */
    public record GoalAttainment(long formId, String form, String subject, String key, long achieved, long missed,
                                 BigDecimal attainmentPercent) {
    }

    /**
     * A trainer's sessions scheduled in the range: the agents they were with, by what became of them, those
     * held that the agent acknowledged, and the share held of those held or missed.
     */
    public record TrainerSessions(long trainerId, String trainer, long agents, long held, long missed, long cancelled, long scheduled,
                                  long acknowledged, BigDecimal heldPercent) {
    }

    /**
     * A team's agents whose plan started in the range and who were evaluated both in the
     * {@value #BEFORE_DAYS} days before it and after it (up to its end or the range's): how many plans, the
     * mean of their scores before and after, and the mean change per plan.
     */
    public record ScoreChange(long teamId, String team, long plans, BigDecimal meanBefore, BigDecimal meanAfter, BigDecimal meanChange) {
    }

    /** Which plans a number of the dashboard counts. */
    public enum PlanNumber {
        /** Open at some time in the range: started by its last day, not ended before its first. */
        OPEN,
        STARTED,
        /** Ended in the range, by their outcome. */
        ACHIEVED, MISSED, CLOSED,
        /** Started in the range, with evaluations before and after. */
        COMPARED
    }
}
