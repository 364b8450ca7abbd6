package org.earshot.recording;

import java.time.LocalDate;
import java.util.List;

/**
 * What the retention purge did, or would do (a dry run): the recordings past their retention on
 * the day, how many were (or would be) deleted and how many are kept by a hold; the list shows the
 * first of them, held ones with their holds.
 */
public record PurgeReport(LocalDate day, boolean dryRun, long expired, long purged, long held, List<GovernedRecording> recordings) {
}
