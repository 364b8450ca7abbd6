package org.earshot.evaluation;

import java.util.List;
import org.earshot.rules.FieldViolation;
import org.earshot.rules.RuleViolation;

/**
 * A quality setting the rules refuse (a workflow window that is not positive, a sampling rule whose
 * quotas do not add up, a speech signal condition that names no signal), naming the field at fault.
 */
public class QualitySettingException extends RuleViolation {

    public QualitySettingException(String field, String message) {
        super(field, message, false);
    }

    /** Several settings refused at once, each on its field. */
    public QualitySettingException(List<FieldViolation> violations) {
        super(violations, false);
    }
}
