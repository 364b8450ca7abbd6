package org.earshot.rules;

/**
 * One input field and what is wrong with it, for refusals that find several faults at once (a
 * scorecard form with a negative weight and a dangling condition). The field is a path such as
 * {@code sections/1/questions/3/weight}; null when the fault is with the input as a whole.
 */
public record FieldViolation(String field, String message) {
}
