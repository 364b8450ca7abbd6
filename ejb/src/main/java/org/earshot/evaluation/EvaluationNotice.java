package org.earshot.evaluation;

import org.earshot.notification.NotificationKind;

/** What the evaluation workflow tells people in the application (see {@link EvaluationNotices}). */
public enum EvaluationNotice implements NotificationKind {
    /** To the agent: an evaluation of their call was submitted, to acknowledge or dispute. */
    SUBMITTED,
    /** To the evaluator and the reviewers: the agent disputed (or appealed) an evaluation. */
    DISPUTED,
    /** To the agent: a reviewer resolved their dispute or appeal. */
    RESOLVED;

    @Override
    public String capability() {
        return "evaluation";
    }
}
