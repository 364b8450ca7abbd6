package org.earshot.evaluation;

/**
 * Where an evaluation is in its workflow (docs/quality.md, "Evaluation workflow"). ACKNOWLEDGED and
 * CLOSED are final: the first when the agent accepted the evaluation as submitted (or let the window
 * pass), the second when a dispute was settled.
 */
public enum EvaluationState {
    /** The evaluator is still filling the form in; only they see it. */
    DRAFT(Party.EVALUATOR),
    /** Shown to the agent, who acknowledges or disputes it within the window. */
    SUBMITTED(Party.AGENT),
    ACKNOWLEDGED(null),
    /** The agent disputed it; a reviewer resolves it. */
    DISPUTED(Party.REVIEWER),
    /** A reviewer resolved the dispute; the agent accepts the resolution or appeals it within the window. */
    RESOLVED(Party.AGENT),
    /** The agent appealed the resolution; a second reviewer resolves it for good. */
    APPEALED(Party.REVIEWER),
    CLOSED(null);

    /** Who the workflow waits for. */
    public enum Party { EVALUATOR, AGENT, REVIEWER }

    private final Party waitingFor;

    EvaluationState(Party waitingFor) {
        this.waitingFor = waitingFor;
    }

    /** Who must act next, or null when the evaluation is final. */
    public Party waitingFor() {
        return waitingFor;
    }

    public boolean isFinal() {
        return waitingFor == null;
    }
}
