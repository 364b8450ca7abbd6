package org.earshot.recording;

import org.earshot.rules.RuleViolation;

/**
 * A governance request the rules refuse (a hold without a scope, a release without a reason, a
 * recording on hold that someone asked to delete), naming the field at fault when there is one.
 */
public class GovernanceException extends RuleViolation {

    public GovernanceException(String field, String message) {
        super(field, message, false);
    }

    private GovernanceException(String field, String message, boolean conflict) {
        super(field, message, conflict);
    }

    /** Well formed, but the state forbids it: the recording is on hold, the hold released already. */
    public static GovernanceException conflict(String field, String message) {
        return new GovernanceException(field, message, true);
    }
}
