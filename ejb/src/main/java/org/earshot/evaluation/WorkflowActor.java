package org.earshot.evaluation;

/**
 * Who asks for a workflow step. Their relation to the evaluation (its evaluator, its agent, its
 * first reviewer) follows from the user id; whether they may review disputes in the evaluation's
 * scope is the access layer's answer, given here.
 */
public record WorkflowActor(long userId, boolean reviewerInScope) {

    /** Someone acting as themselves: the evaluator or the agent. */
    public static WorkflowActor user(long userId) {
        return new WorkflowActor(userId, false);
    }

    /** Someone the access layer lets review disputes of the evaluation's scope. */
    public static WorkflowActor reviewer(long userId) {
        return new WorkflowActor(userId, true);
    }
}
