package org.earshot.evaluation;

import org.earshot.audit.AuditAction;

/**
 * What the audit trail records about quality evaluation: every change to a scorecard, its versions
 * and its assignments, with what changed in the details; every step of an evaluation, by whom, and
 * the refusals that concern access; every change to the workflow's windows; every change to a
 * calibration session and the refusals of blind scoring.
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
    SCORECARD_ASSIGN,
    /** An evaluation was started on a recorded call or from a live monitoring session. */
    EVALUATION_START,
    /** A draft's answers were saved; the details give the score the server computed. */
    EVALUATION_ANSWERS_SAVE,
    EVALUATION_COMMENT_ADD,
    EVALUATION_COMMENT_REMOVE,
    EVALUATION_SUBMIT,
    EVALUATION_ACKNOWLEDGE,
    EVALUATION_DISPUTE,
    /** A reviewer upheld or re-scored a disputed or appealed evaluation. */
    EVALUATION_RESOLVE,
    EVALUATION_APPEAL,
    /** The agent's window passed: the evaluation moved on by default. */
    EVALUATION_LAPSE,
    /** Only ever audited as DENIED: someone asked for an evaluation they may not see. */
    EVALUATION_VIEW,
    /** Compliance deleted an evaluation (with its revisions, comments and disputes); the details say why. */
    EVALUATION_DELETE,
    /** The workflow's windows of a queue or the organization default changed: each setting before -> after. */
    EVALUATION_POLICY_CHANGE,
    /** A queue's own workflow windows were removed: it follows the organization default again. */
    EVALUATION_POLICY_REMOVE,
    /** A lead opened a calibration session: the call, the form version, the reference and the evaluators invited. */
    CALIBRATION_CREATE,
    /** A participant saved their calibration sheet's answers; the details give the score the server computed. */
    CALIBRATION_ANSWERS_SAVE,
    /** A participant's sheet became final; the details say when that closed the session. */
    CALIBRATION_SUBMIT,
    /** The lead closed a session before every sheet was in: its report is partial. */
    CALIBRATION_CLOSE,
    /** Only ever audited as DENIED: someone asked for a calibration session they take no part in. */
    CALIBRATION_VIEW,
    /** Only ever audited as DENIED: someone asked for a report blind scoring withholds from them. */
    CALIBRATION_REPORT_VIEW;

    @Override
    public String capability() {
        return "evaluation";
    }
}
