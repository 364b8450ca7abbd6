package org.earshot.evaluation;

/**
 * One answer of a CHOICE question: the value stored and compared (in conditions, in answers), the
 * label evaluators read, the points it gives and, for a critical question, whether it fails.
 */
public record Choice(String value, String label, double points, boolean failing) {
}
