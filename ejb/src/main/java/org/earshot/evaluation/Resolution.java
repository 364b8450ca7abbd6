package org.earshot.evaluation;

/** How a reviewer settles a dispute or an appeal, and why. */
public record Resolution(Outcome outcome, String note) {

    public enum Outcome {
        /** The evaluation stands as it is. */
        UPHELD,
        /** The reviewer scored it again: a new revision, the old one kept unchanged beside it. */
        RE_SCORED
    }
}
