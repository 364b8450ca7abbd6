package org.earshot.coaching;

/**
 * Where a goal is. PROPOSED goals come from an outcome's failed questions and count for nothing until
 * the trainer confirms them (ACTIVE). An active goal is settled from its computed progress, ACHIEVED
 * when it meets its target and MISSED otherwise, or withdrawn (CLOSED).
 */
public enum GoalStatus {
    PROPOSED,
    ACTIVE,
    ACHIEVED,
    MISSED,
    CLOSED;

    public boolean isOpen() {
        return this == PROPOSED || this == ACTIVE;
    }
}
