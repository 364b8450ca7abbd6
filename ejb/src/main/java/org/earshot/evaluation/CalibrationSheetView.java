package org.earshot.evaluation;

import java.time.Instant;
import java.util.Map;

/** The viewer's own sheet in a calibration session: their answers and the score the server computed from them. */
public record CalibrationSheetView(long sessionId, boolean reference, Map<String, Answer> answers, ScoreReport score,
                                   Instant submittedAt) {
}
