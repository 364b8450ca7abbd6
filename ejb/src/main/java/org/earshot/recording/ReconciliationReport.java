package org.earshot.recording;

import java.time.Instant;
import java.util.List;

/** What one run of the reconciliation found that no run had found before, and how many recordings it listened to. */
public record ReconciliationReport(Instant ranAt, List<FindingView> newFindings, int recordingsExamined) {
}
