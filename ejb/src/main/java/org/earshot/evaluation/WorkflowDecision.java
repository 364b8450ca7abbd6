package org.earshot.evaluation;

import java.time.Instant;

/** The workflow's answer to a step: the state it leads to, or why it may not be taken. */
public sealed interface WorkflowDecision permits WorkflowDecision.Allowed, WorkflowDecision.Refused {

    /**
     * @param next          the state the evaluation moves to
     * @param dueAt         when the next party's window closes, or null when {@code next} is final
     * @param appealAllowed whether the resolution may be appealed, decided by a dispute; null when the step decides nothing of it
     */
    record Allowed(EvaluationState next, Instant dueAt, Boolean appealAllowed) implements WorkflowDecision {

        public Allowed(EvaluationState next, Instant dueAt) {
            this(next, dueAt, null);
        }
    }

    /**
     * @param field the input at fault ({@code reason}, {@code questionKeys}, {@code outcome}, {@code note}),
     *              or null when the step itself is refused
     */
    record Refused(Refusal refusal, String field, String reason) implements WorkflowDecision {
    }

    /** Why a step is refused, which decides the answer a boundary gives. */
    enum Refusal {
        /** Not now: the state or a closed window forbids it (a conflict, 409). */
        CONFLICT,
        /** Not by this person (403, audited as an access refusal). */
        NOT_PERMITTED,
        /** The input is wrong (400 on the field). */
        INVALID
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }
}
