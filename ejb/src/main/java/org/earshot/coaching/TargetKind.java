package org.earshot.coaching;

/** How a goal's target is measured, both in percent. */
public enum TargetKind {
    /** The mean result of the question or section over the evaluations since the plan started. */
    SCORE,
    /** The share of those evaluations in which the question or section passed ({@link GoalResult#PASS_MARK}). */
    PASS_RATE
}
