package org.earshot.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * What a calibration session's report is computed from: its call scored blind on one form version by
 * several evaluators, and the reference (expert) evaluation they are compared with.
 *
 * @param heldAt       when the session was held, which orders sessions in an evaluator's drift
 * @param questionKeys the form version's questions in form order
 * @param reference    the expert's sheet, or null when the session has none yet
 */
public record CalibrationScores(String sessionId, Instant heldAt, List<String> questionKeys, CalibrationSheet reference,
                                List<CalibrationSheet> sheets) {

    public CalibrationScores {
        questionKeys = List.copyOf(questionKeys);
        sheets = List.copyOf(sheets);
    }
}
