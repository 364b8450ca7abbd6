package org.earshot.evaluation;

import java.util.List;
import org.earshot.rules.FieldViolation;
import org.earshot.rules.RuleViolation;

/**
 * A scorecard request the rules refuse: a form with faults (each on its field), answers that do not
 * fit, or, as a conflict, a change the version's state forbids (editing a published version, a second
 * draft, publishing what is not a draft).
 */
public class ScorecardException extends RuleViolation {

    public ScorecardException(String field, String message) {
        super(field, message, false);
    }

    public ScorecardException(List<FieldViolation> violations) {
        super(violations, false);
    }

    private ScorecardException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    /** Well formed, but the scorecard's state forbids it. */
    public static ScorecardException conflict(String field, String message) {
        return new ScorecardException(field, message, true);
    }
}
