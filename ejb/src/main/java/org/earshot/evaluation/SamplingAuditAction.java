package org.earshot.evaluation;

import org.earshot.audit.AuditAction;

/**
 * What the audit trail records about sampling: every change to a sampling rule (with the rule in
 * words), every draw (its seed, candidates, picks and shortfalls), every assignment a draw or a lead
 * made and every reassignment, on the evaluation it concerns.
 */
public enum SamplingAuditAction implements AuditAction {
    SAMPLING_RULE_CREATE,
    /** The details give the rule before and after. */
    SAMPLING_RULE_UPDATE,
    SAMPLING_RULE_DELETE,
    /** A rule was drawn for a period, by the timer or a lead; the details hold the seed. */
    SAMPLING_DRAW,
    /** A picked call became an evaluation assigned to an evaluator, with its due date. */
    ASSIGNMENT_CREATE,
    /** A lead handed an assigned draft to another evaluator. */
    ASSIGNMENT_REASSIGN;

    @Override
    public String capability() {
        return "sampling";
    }
}
