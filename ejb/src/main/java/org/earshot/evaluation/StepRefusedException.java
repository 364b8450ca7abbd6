package org.earshot.evaluation;

/**
 * The workflow refused a step to this person (not the state, not the input): the service audits it as
 * an access refusal and answers as the access layer does. Never leaves the evaluation package.
 */
class StepRefusedException extends RuntimeException {

    StepRefusedException(String reason) {
        super(reason);
    }
}
