package org.earshot.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.earshot.telephony.api.PlayedNotice;

/**
 * The compliance dashboard for one filter. The calls' figures (notices played, announcements due and missed,
 * recordings paused) are of the calls that ended, on the UTC day they started, in the caller's scope through
 * their agent, team and queue, as the operations dashboard counts calls; purges are the recordings deleted on
 * a day of the range whose call is in scope. Legal holds, permission reviews and the audit chain's last
 * verification are the organization's, shown to those permitted to govern recordings, review permissions and
 * read the audit trail; to anyone else they say {@code permitted: false} and nothing more.
 */
public record ComplianceReport(DashboardFilter filter, Summary summary, List<NoticeCount> notices, List<ComplianceDay> trend,
                               List<PurgeCount> purges, LegalHolds holds, PermissionReviews reviews, AuditVerification verification)
        implements DashboardReport {

    public ComplianceReport {
        notices = List.copyOf(notices);
        trend = List.copyOf(trend);
        purges = List.copyOf(purges);
    }

    /**
     * The tiles: calls; notices played on them; answered calls through a queue whose policy has a caller
     * announcement, and those of them whose caller was put through without hearing it (the finding); recordings
     * paused and how often; recordings purged (deleted, for whatever reason).
     */
    public record Summary(long calls, long noticesPlayed, long announcementsDue, long announcementsMissed, long recordingsPaused,
                          long pauses, long purged) {
    }

    /** How often a notice was played, and to whom. */
    public record NoticeCount(PlayedNotice notice, String heardBy, long played) {
    }

    /** A day's notices played, announcements missed, recordings paused (of the calls that started that day) and purges (done that day). */
    public record ComplianceDay(LocalDate day, long noticesPlayed, long announcementsMissed, long recordingsPaused, long purged) {
    }

    /** The recordings deleted for one kind of reason. */
    public record PurgeCount(PurgeKind kind, long recordings) {
    }

    /** Why a recording was deleted: its retention expired, a caller's erasure request, a person's deletion. */
    public enum PurgeKind {
        RETENTION, ERASURE, DELETION
    }

    /** The legal holds open now, and those placed and released in the range. */
    public record LegalHolds(boolean permitted, long open, long placed, long released) {

        static final LegalHolds NOT_PERMITTED = new LegalHolds(false, 0, 0, 0);
    }

    /** The grants a permission review should look at now, and why (a grant may have several reasons). */
    public record PermissionReviews(boolean permitted, long findings, long unreviewed, long unused, long teamMoved) {

        static final PermissionReviews NOT_PERMITTED = new PermissionReviews(false, 0, 0, 0, 0);
    }

    /**
     * The audit chain's last verification, whatever the range: when, by whom, whether the chain was intact,
     * how many entries it checked (when intact) and its result as audited; all null when none was run yet.
     */
    public record AuditVerification(boolean permitted, Long entryId, Instant at, String by, Boolean intact, Long entriesChecked,
                                    String result) {

        static final AuditVerification NOT_PERMITTED = new AuditVerification(false, null, null, null, null, null, null);
        static final AuditVerification NEVER = new AuditVerification(true, null, null, null, null, null, null);
    }
}
