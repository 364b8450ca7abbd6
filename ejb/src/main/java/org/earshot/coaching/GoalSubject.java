package org.earshot.coaching;

/** What of a scorecard a goal is about: one question, or a whole section, named by its key. */
public enum GoalSubject {
    QUESTION,
    SECTION
}
