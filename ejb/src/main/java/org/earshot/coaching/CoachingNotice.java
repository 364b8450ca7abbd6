package org.earshot.coaching;

import org.earshot.notification.NotificationKind;

/** What coaching tells people in the application (see {@link CoachingNotices}). */
public enum CoachingNotice implements NotificationKind {
    /** To the agent: a coaching plan was started for them. */
    PLAN_STARTED,
    /** To the agent: a session with them was scheduled. */
    SESSION_SCHEDULED,
    /** To the agent: a scheduled session was cancelled. */
    SESSION_CANCELLED,
    /** To the agent: a session was held, its notes and actions wait for their acknowledgement. */
    SESSION_HELD,
    /** To the session's trainer: the agent acknowledged it, perhaps with a comment. */
    SESSION_ACKNOWLEDGED;

    @Override
    public String capability() {
        return "coaching";
    }
}
