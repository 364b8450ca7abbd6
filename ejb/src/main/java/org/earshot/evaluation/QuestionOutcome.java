package org.earshot.evaluation;

/** What became of one question in a score: why it gave the points it gave, or none. */
public enum QuestionOutcome {
    /** Answered and counted: it gave its answer's share of its possible points (which may be none). */
    SCORED,
    /** Answered N/A: it left the denominator, the other questions of its section weigh more. */
    NOT_APPLICABLE,
    /** Its condition did not hold: it left the denominator like an N/A, whatever was answered. */
    HIDDEN,
    /** Shown and scored but not answered: reported as missing, and left out of the score meanwhile. */
    UNANSWERED,
    /** Free text: never scored. */
    UNSCORED,
    /** This critical question got its failing answer, and auto-failed its section or the form. */
    CRITICAL_FAILURE,
    /** Answered, but its section or the whole form was auto-failed by a critical question. */
    AUTO_FAILED
}
