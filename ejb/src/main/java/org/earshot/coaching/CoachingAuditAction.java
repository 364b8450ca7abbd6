package org.earshot.coaching;

import org.earshot.audit.AuditAction;

/** What the audit trail records about coaching: every change to a plan, its goals, its sessions and what they show, and refused reads. */
public enum CoachingAuditAction implements AuditAction {
    /** A plan was started for an agent, empty or proposed from an outcome (the source in the details). */
    PLAN_CREATE,
    /** A plan ended: achieved, missed or closed, with its goals' statuses. */
    PLAN_END,
    GOAL_ADD,
    /** A goal's target or due date changed; a proposed goal confirmed. */
    GOAL_CHANGE,
    /** A goal was settled from its computed progress (achieved or missed) or withdrawn. */
    GOAL_SETTLE,
    SESSION_SCHEDULE,
    /** A session was held: its notes and agreed actions. */
    SESSION_COMPLETE,
    SESSION_MISS,
    SESSION_CANCEL,
    SESSION_ATTACH,
    SESSION_DETACH,
    /** The agent acknowledged a held session, with or without a comment. */
    SESSION_ACKNOWLEDGE,
    /** An agreed action was marked done. */
    ACTION_DONE,
    /** Only ever audited as DENIED: someone asked for a plan or session they may not see. */
    COACHING_VIEW;

    @Override
    public String capability() {
        return "coaching";
    }
}
