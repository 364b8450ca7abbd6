package org.earshot.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A revision of an evaluation as shown: its answers and the total the server computed. */
public record RevisionView(int number, Map<String, Answer> answers, BigDecimal total, boolean autoFailed, String author, Instant createdAt) {
}
