package org.earshot.evaluation;

/**
 * When a question is shown (and scored): only when an earlier question's answer equals a value. A
 * question whose condition does not hold, because the earlier answer differs, is N/A, missing, or
 * itself hidden, is hidden: it leaves the score's denominator like an N/A.
 */
public record Condition(String question, String equals) {
}
