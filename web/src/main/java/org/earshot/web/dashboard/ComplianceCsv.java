package org.earshot.web.dashboard;

import java.util.List;
import org.earshot.dashboard.ComplianceDashboard;
import org.earshot.dashboard.ComplianceDrill;
import org.earshot.dashboard.ComplianceReport;
import org.earshot.dashboard.ComplianceReport.PurgeKind;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.LegalHoldRow;
import org.earshot.dashboard.ReviewFindingRow;
import org.earshot.web.dashboard.ComplianceDashboardResource.Table;

/**
 * The compliance dashboard's tables as CSV, one header row and a row per line; the calls and deletions behind
 * a number streamed from the database. Figures a caller is not permitted are written as such, not as zeros.
 */
final class ComplianceCsv {

    static final String NOT_PERMITTED = "not permitted";

    private ComplianceCsv() {
    }

    static void write(Table table, ComplianceReport report, CsvWriter csv) {
        switch (table) {
            case SUMMARY -> {
                var s = report.summary();
                var h = report.holds();
                var r = report.reviews();
                var v = report.verification();
                csv.row("calls", "notices played", "announcements due", "announcements missed", "recordings paused", "pauses", "recordings purged",
                        "legal holds open", "holds placed", "holds released", "permission review findings", "last audit verification",
                        "verified by", "chain intact", "entries checked");
                csv.row(s.calls(), s.noticesPlayed(), s.announcementsDue(), s.announcementsMissed(), s.recordingsPaused(), s.pauses(), s.purged(),
                        h.permitted() ? h.open() : NOT_PERMITTED, h.permitted() ? h.placed() : NOT_PERMITTED,
                        h.permitted() ? h.released() : NOT_PERMITTED, r.permitted() ? r.findings() : NOT_PERMITTED,
                        v.permitted() ? v.at() : NOT_PERMITTED, v.by(), v.intact(), v.entriesChecked());
            }
            case TREND -> {
                csv.row("day", "notices played", "announcements missed", "recordings paused", "recordings purged");
                report.trend().forEach(d -> csv.row(d.day(), d.noticesPlayed(), d.announcementsMissed(), d.recordingsPaused(), d.purged()));
            }
            case NOTICES -> {
                csv.row("notice", "heard by", "played");
                report.notices().forEach(n -> csv.row(n.notice(), n.heardBy(), n.played()));
            }
            case PURGES -> {
                csv.row("why", "recordings");
                report.purges().forEach(p -> csv.row(p.kind(), p.recordings()));
            }
            case CALLS, DELETIONS, HOLDS, REVIEWS -> throw new IllegalArgumentException("The lists behind the numbers are not in the report");
        }
    }

    /** Every call behind the number, a row each as the database hands them over, after a header. */
    static void calls(CsvWriter csv, ComplianceDashboard compliance, DashboardScope scope, ComplianceDrill drill) {
        csv.row("call", "started", "agent", "team", "queue", "answered", "notices played", "announcement missed", "recording paused", "recording");
        compliance.eachCall(scope, drill, c -> csv.row(c.callId(), c.startedAt(), c.agent(), c.team(), c.queue(), c.answered(), c.noticesPlayed(),
                c.announcementMissed(), c.recordingPaused(), c.recordingId()));
    }

    /** Every recording deleted behind the number, as the audit trail has it, streamed. */
    static void deletions(CsvWriter csv, ComplianceDashboard compliance, DashboardScope scope, PurgeKind kind) {
        csv.row("audit entry", "when", "by", "why", "call", "recording", "agent", "queue", "detail");
        compliance.eachDeletion(scope, kind, d -> csv.row(d.entryId(), d.at(), d.by(), d.kind(), d.callId(), d.recordingId(), d.agent(), d.queue(),
                d.detail()));
    }

    static void holds(CsvWriter csv, List<LegalHoldRow> holds) {
        csv.row("hold", "name", "reason", "placed by", "placed", "released by", "released");
        holds.forEach(h -> csv.row(h.id(), h.name(), h.reason(), h.createdBy(), h.createdAt(), h.releasedBy(), h.releasedAt()));
    }

    static void reviews(CsvWriter csv, List<ReviewFindingRow> findings) {
        csv.row("grant", "user", "role", "scope", "reasons", "days unreviewed", "days unused");
        findings.forEach(f -> csv.row(f.grantId(), f.user(), f.role(), f.scope(), String.join(" ", f.reasons()), f.daysUnreviewed(), f.daysUnused()));
    }
}
