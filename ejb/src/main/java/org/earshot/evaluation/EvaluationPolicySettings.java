package org.earshot.evaluation;

/**
 * An evaluation workflow policy as a QA team sets it: each window in whole hours, from 1 to 8784
 * (366 days), and whether a resolution may be appealed.
 *
 * @param submitWithinHours      an assigned evaluation is due this long after its assignment
 * @param acknowledgeWithinHours the agent acknowledges or disputes within this long of the submission
 * @param resolveWithinHours     a reviewer resolves a dispute or an appeal within this long of it
 * @param appealWithinHours      the agent appeals a resolution within this long of it (kept, though unused, without appeals)
 */
public record EvaluationPolicySettings(int submitWithinHours, int acknowledgeWithinHours, int resolveWithinHours, int appealWithinHours,
                                       boolean appealsAllowed) {

    /** The workflow's policy; a window out of range is refused on its field ({@code acknowledgeWithinHours}). */
    public WorkflowPolicy workflow() {
        return WorkflowPolicy.ofHours(submitWithinHours, acknowledgeWithinHours, resolveWithinHours, appealWithinHours, appealsAllowed);
    }
}
