package org.earshot.evaluation;

import org.earshot.rules.RuleViolation;

/**
 * A quality setting the rules refuse (a workflow window that is not positive, a sampling rule whose
 * quotas do not add up, a speech signal condition that names no signal), naming the field at fault.
 */
public class QualitySettingException extends RuleViolation {

    public QualitySettingException(String field, String message) {
        super(field, message, false);
    }
}
