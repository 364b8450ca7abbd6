package org.earshot.evaluation;

import java.time.Instant;

/**
 * A draft on an evaluator's work queue: assigned by a draw (due, or overdue once its due date
 * passed) or started by the evaluator on their own (a draft, no due date).
 *
 * @param answered whether answers are saved in the draft (the evaluator's or those speech signals proposed)
 * @param rule     the sampling rule whose draw assigned it, or null
 */
public record AssignmentView(long evaluationId, String callId, long agentId, String agent, long evaluatorId, String evaluator,
                             String scorecard, Instant assignedAt, Instant dueAt, Status status, boolean answered, String rule) {

    public enum Status { OVERDUE, DUE, DRAFT }

    static AssignmentView of(Evaluation evaluation, String rule, Instant now) {
        Status status = evaluation.getAssignedAt() == null ? Status.DRAFT
                : evaluation.getDueAt() != null && now.isAfter(evaluation.getDueAt()) ? Status.OVERDUE : Status.DUE;
        return new AssignmentView(evaluation.getId(), evaluation.getCallId(), evaluation.getAgent().getId(),
                evaluation.getAgent().getUsername(), evaluation.getEvaluator().getId(), evaluation.getEvaluator().getUsername(),
                evaluation.getScorecardVersion().getScorecard().getName(), evaluation.getAssignedAt(), evaluation.getDueAt(), status,
                evaluation.hasDraftAnswers(), rule);
    }
}
