package org.earshot.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.earshot.rules.FieldViolation;

/**
 * What a lead asks for when opening a calibration session: a title, the recorded call, the scorecard
 * (its published version is used; null: the one assigned to the call's queue or agent's team), the
 * reference (expert) and the evaluators who score blind, and when they are due (null: in a week).
 */
public record NewCalibration(String title, UUID recordingId, Long scorecardId, Long referenceId, List<Long> evaluatorIds,
                             Instant dueAt) {

    /** A session compares evaluators with each other: agreement needs at least two answers to a question. */
    static final int MINIMUM_EVALUATORS = 2;
    static final Duration DEFAULT_DUE_IN = Duration.ofDays(7);

    public NewCalibration {
        evaluatorIds = evaluatorIds == null ? List.of() : List.copyOf(evaluatorIds);
    }

    Instant dueAt(Instant now) {
        return dueAt == null ? now.plus(DEFAULT_DUE_IN) : dueAt;
    }

    /** Every fault of the request on its own, before anyone is looked up. */
    List<FieldViolation> problems(Instant now) {
        List<FieldViolation> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(new FieldViolation("title", "Give the session a title"));
        } else if (title.strip().length() > CalibrationSession.TITLE_LENGTH) {
            problems.add(new FieldViolation("title", "At most " + CalibrationSession.TITLE_LENGTH + " characters"));
        }
        if (recordingId == null) {
            problems.add(new FieldViolation("recordingId", "Name the recorded call to calibrate on"));
        }
        if (referenceId == null) {
            problems.add(new FieldViolation("referenceId", "Name the reference (expert) evaluator"));
        }
        if (new HashSet<>(evaluatorIds).size() != evaluatorIds.size()) {
            problems.add(new FieldViolation("evaluatorIds", "Invite each evaluator once"));
        } else if (evaluatorIds.size() < MINIMUM_EVALUATORS) {
            problems.add(new FieldViolation("evaluatorIds", "Invite at least " + MINIMUM_EVALUATORS + " evaluators"));
        } else if (referenceId != null && evaluatorIds.contains(referenceId)) {
            problems.add(new FieldViolation("evaluatorIds", "The reference is compared with the evaluators, not one of them"));
        }
        if (dueAt != null && !dueAt.isAfter(now)) {
            problems.add(new FieldViolation("dueAt", "A due date in the future"));
        }
        return problems;
    }
}
