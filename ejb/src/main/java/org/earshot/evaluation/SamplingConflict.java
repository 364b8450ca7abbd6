package org.earshot.evaluation;

import org.earshot.rules.RuleViolation;

/** A sampling request that collides with what exists: a name in use, a period already drawn, a pick already assigned (409). */
public class SamplingConflict extends RuleViolation {

    public SamplingConflict(String message) {
        super(null, message, true);
    }

    private SamplingConflict(String field, String message) {
        super(field, message, true);
    }

    public static SamplingConflict on(String field, String message) {
        return new SamplingConflict(field, message);
    }
}
