package org.earshot.evaluation;

/** How a speech signal's value is compared with a question's threshold to propose its answer. */
public enum Comparison {
    BELOW,
    AT_MOST,
    EQUAL,
    AT_LEAST,
    ABOVE;

    public boolean holds(long value, long threshold) {
        return switch (this) {
            case BELOW -> value < threshold;
            case AT_MOST -> value <= threshold;
            case EQUAL -> value == threshold;
            case AT_LEAST -> value >= threshold;
            case ABOVE -> value > threshold;
        };
    }
}
