package org.earshot.evaluation;

import org.earshot.audit.AuditAction;

/**
 * What the audit trail records about quality evaluation. Scorecards today: every change to a form,
 * its versions and its assignments, with what changed in the details.
 */
public enum EvaluationAuditAction implements AuditAction {
    /** A scorecard was created, empty or imported from JSON, with its first version as a draft. */
    SCORECARD_CREATE,
    /** A draft's form was saved: the details say what changed from what it held. */
    SCORECARD_DRAFT_SAVE,
    /** A new draft was started from a version. */
    SCORECARD_DRAFT_START,
    /** A draft was published; the version published before it is retired by the same change. */
    SCORECARD_PUBLISH,
    SCORECARD_RETIRE,
    /** The queues and teams a scorecard is assigned to changed. */
    SCORECARD_ASSIGN;

    @Override
    public String capability() {
        return "evaluation";
    }
}
