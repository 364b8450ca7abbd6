package org.earshot.evaluation;

/** Where a calibration session is: evaluators score while it is open; its report is complete once closed. */
public enum CalibrationState {
    /** Evaluators (and the reference) score blind: each sees only their own sheet. */
    OPEN,
    /** Every sheet was submitted, or the lead closed it (then partial): the report is shown to every participant. */
    CLOSED
}
