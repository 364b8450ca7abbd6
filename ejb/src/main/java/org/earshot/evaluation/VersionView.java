package org.earshot.evaluation;

import java.time.Instant;

/** One version of a scorecard, without its form: its number, status, the version it was started from, and who did what when. */
public record VersionView(Long scorecardId, int number, VersionStatus status, Integer basedOn, String createdBy, Instant createdAt,
                          String updatedBy, Instant updatedAt, String publishedBy, Instant publishedAt, String retiredBy,
                          Instant retiredAt) {
}
