package org.earshot.evaluation;

import java.math.BigDecimal;

/**
 * One section's part in a score: whether it counts (it has an answered scored question, or it was
 * auto-failed), its score from 0 to 100 (null when it does not count), its share of the total, and the
 * question that auto-failed it with the score it had before (null when none did).
 */
public record SectionScore(String key, boolean counted, BigDecimal score, double share, String autoFailedBy,
                           BigDecimal scoreBeforeAutoFail) {
}
