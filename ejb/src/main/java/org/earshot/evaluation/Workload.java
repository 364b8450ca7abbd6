package org.earshot.evaluation;

import java.util.List;

/**
 * What a lead sees of the assignments in their scope: each evaluator's load, the assigned drafts
 * (overdue first), and the picks that no evaluator had in scope, waiting for the lead to assign.
 */
public record Workload(List<EvaluatorWorkload> evaluators, List<AssignmentView> assignments, List<SamplingPickView> unassigned) {

    /**
     * @param open     the evaluator's open evaluations (drafts, assigned or not) anywhere: what draws balance
     * @param assigned of those, the assigned ones on calls in the lead's scope
     * @param overdue  of those, the ones past their due date
     */
    public record EvaluatorWorkload(long evaluatorId, String evaluator, String displayName, int open, int assigned, int overdue) {
    }
}
