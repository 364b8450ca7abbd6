package org.earshot.coaching;

/** Where a coaching plan is: ACTIVE while worked on, then ended as ACHIEVED, MISSED or CLOSED (see {@link CoachingPlan#end}). */
public enum PlanStatus {
    ACTIVE,
    ACHIEVED,
    MISSED,
    CLOSED
}
