package org.earshot.evaluation;

/**
 * An evaluator's answer to one question: a value (YES or NO, a whole number of a scale, a choice's
 * value, free text), or N/A where the question allows it.
 */
public record Answer(String value, boolean notApplicable) {

    public static final Answer NOT_APPLICABLE = new Answer(null, true);

    public Answer {
        if (notApplicable && value != null) {
            throw new IllegalArgumentException("An N/A answer has no value");
        }
        if (!notApplicable && value == null) {
            throw new IllegalArgumentException("An answer has a value or is N/A");
        }
    }

    public static Answer of(String value) {
        return new Answer(value, false);
    }

    @Override
    public String toString() {
        return notApplicable ? "N/A" : value;
    }
}
