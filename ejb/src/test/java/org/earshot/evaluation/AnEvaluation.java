package org.earshot.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Builds the facts of an evaluation by evaluator 10 of agent 20 on a form with questions q1 to q3,
 * carried to a state along the workflow's path: assigned at {@link #ASSIGNED}, each later step a day
 * after the one before (submitted on day 1, disputed on day 2, resolved by reviewer 30 on day 3,
 * appealed on day 4), each step fixing the next window as the default policy does (a draft due on
 * day 7, a submission on day 8, a dispute on day 7, a resolution on day 10, an appeal on day 9) and the
 * dispute allowing an appeal.
 */
final class AnEvaluation {

    static final long EVALUATOR = 10;
    static final long AGENT = 20;
    static final long REVIEWER = 30;
    static final long SECOND_REVIEWER = 40;
    static final Instant ASSIGNED = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant SUBMITTED = day(1);
    static final Instant DISPUTED = day(2);
    static final Instant RESOLVED = day(3);
    static final Instant APPEALED = day(4);

    private final EvaluationState state;
    private long evaluator = EVALUATOR;
    private boolean calibration;
    private Instant assignedAt = ASSIGNED;
    private Instant dueAt;
    private boolean appealAllowed = true;

    private AnEvaluation(EvaluationState state) {
        this.state = state;
    }

    static AnEvaluation in(EvaluationState state) {
        return new AnEvaluation(state);
    }

    static Instant day(int days) {
        return ASSIGNED.plus(Duration.ofDays(days));
    }

    AnEvaluation evaluatedBy(long evaluator) {
        this.evaluator = evaluator;
        return this;
    }

    AnEvaluation ofCalibration() {
        this.calibration = true;
        return this;
    }

    AnEvaluation unassigned() {
        this.assignedAt = null;
        return this;
    }

    /** The current window closing otherwise than the default policy would have fixed it. */
    AnEvaluation due(Instant dueAt) {
        this.dueAt = dueAt;
        return this;
    }

    /** Disputed where the policy allowed no appeal. */
    AnEvaluation disputedWithoutAppeal() {
        this.appealAllowed = false;
        return this;
    }

    EvaluationFacts facts() {
        boolean disputed = reached(EvaluationState.DISPUTED);
        boolean resolved = reached(EvaluationState.RESOLVED);
        return new EvaluationFacts(state, evaluator, AGENT, calibration, Set.of("q1", "q2", "q3"), assignedAt,
                state == EvaluationState.DRAFT ? null : SUBMITTED,
                disputed ? DISPUTED : null,
                resolved ? REVIEWER : null,
                resolved ? RESOLVED : null,
                reached(EvaluationState.APPEALED) ? APPEALED : null,
                dueAt != null ? dueAt : defaultDue(),
                disputed && appealAllowed);
    }

    private Instant defaultDue() {
        return switch (state) {
            case DRAFT -> assignedAt == null ? null : day(7);
            case SUBMITTED -> day(8);
            case DISPUTED -> day(7);
            case RESOLVED -> day(10);
            case APPEALED -> day(9);
            case ACKNOWLEDGED, CLOSED -> null;
        };
    }

    /** ACKNOWLEDGED ends the path after the submission; CLOSED is taken as the end of the longest path, after an appeal. */
    private boolean reached(EvaluationState step) {
        if (state == EvaluationState.ACKNOWLEDGED) {
            return false;
        }
        return state == EvaluationState.CLOSED || state.compareTo(step) >= 0;
    }
}
