package org.earshot.dashboard;

import java.time.Instant;

/** A legal hold behind a number of the compliance dashboard: its id (for {@code /api/v1/legal-holds}), name, reason, who placed and released it. */
public record LegalHoldRow(long id, String name, String reason, String createdBy, Instant createdAt, String releasedBy, Instant releasedAt) {
}
