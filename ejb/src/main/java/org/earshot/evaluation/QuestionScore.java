package org.earshot.evaluation;

import java.math.BigDecimal;

/**
 * One question's part in a score: its answer, what became of it, the share of the total it weighs
 * (0 when it does not count), the points of the total it could give and did give, and why.
 */
public record QuestionScore(String key, String section, Answer answer, QuestionOutcome outcome, double share,
                            BigDecimal possiblePoints, BigDecimal points, String why) {
}
