package org.earshot.evaluation;

import java.util.EnumSet;
import java.util.Set;

/** What someone does to an evaluation, and the states it may be done in. */
public enum WorkflowStep {
    SUBMIT("submitted", EnumSet.of(EvaluationState.DRAFT)),
    /** The agent accepts the evaluation as submitted, or the resolution of their dispute. */
    ACKNOWLEDGE("acknowledged", EnumSet.of(EvaluationState.SUBMITTED, EvaluationState.RESOLVED)),
    DISPUTE("disputed", EnumSet.of(EvaluationState.SUBMITTED)),
    /** A reviewer settles a dispute, or a second reviewer an appeal. */
    RESOLVE("resolved", EnumSet.of(EvaluationState.DISPUTED, EvaluationState.APPEALED)),
    APPEAL("appealed", EnumSet.of(EvaluationState.RESOLVED));

    private final String done;
    private final Set<EvaluationState> from;

    WorkflowStep(String done, Set<EvaluationState> from) {
        this.done = done;
        this.from = from;
    }

    /** The step as a past participle, for sentences: "cannot be acknowledged". */
    public String done() {
        return done;
    }

    public boolean allowedIn(EvaluationState state) {
        return from.contains(state);
    }
}
