package org.earshot.evaluation;

/** How a question is answered, and so how it scores. */
public enum QuestionType {
    /** YES or NO; the passing answer scores the full weight, the other nothing. */
    YES_NO,
    /** A whole number from the scale's minimum to its maximum, scoring in proportion. */
    SCALE,
    /** One of the question's choices, scoring its points against the best choice's. */
    CHOICE,
    /** Free text for the evaluator's notes: never scored, never critical. */
    TEXT
}
