package org.earshot.coaching;

/** What a plan was made from: an evaluation, the outcome of its dispute, or a calibration session's reference sheet. */
public enum PlanSource {
    EVALUATION,
    DISPUTE,
    CALIBRATION
}
