package org.earshot.dashboard;

import static org.earshot.dashboard.SqlValues.day;
import static org.earshot.dashboard.SqlValues.instant;
import static org.earshot.dashboard.SqlValues.number;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.earshot.access.AccessService;
import org.earshot.access.AccessTarget;
import org.earshot.access.Action;
import org.earshot.access.PermissionReviewService;
import org.earshot.access.ReviewFinding;
import org.earshot.access.ReviewTally;
import org.earshot.audit.AuditTrailAction;
import org.earshot.dashboard.ComplianceReport.AuditVerification;
import org.earshot.dashboard.ComplianceReport.ComplianceDay;
import org.earshot.dashboard.ComplianceReport.LegalHolds;
import org.earshot.dashboard.ComplianceReport.NoticeCount;
import org.earshot.dashboard.ComplianceReport.PermissionReviews;
import org.earshot.dashboard.ComplianceReport.PurgeCount;
import org.earshot.dashboard.ComplianceReport.PurgeKind;
import org.earshot.dashboard.ComplianceReport.Summary;
import org.earshot.dashboard.DashboardScope.Columns;
import org.earshot.dashboard.DashboardScope.Condition;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.recording.RecordingGovernanceAuditAction;
import org.earshot.telephony.api.PlayedNotice;

/**
 * The compliance dashboard. The calls' figures join the notices a call was due and played ({@code call_notice},
 * kept by {@code CallNotices} from the telephony core's NOTICE_PLAYED events) and its recording to the call
 * aggregates' facts ({@code call_fact}), both read by the range's days, within the scope {@link DashboardAccess}
 * decides; purges are the audit trail's successful RECORDING_DELETE entries of the range
 * ({@code audit_entry_outcome_action}), in scope through their call. Legal holds, permission reviews and the audit
 * chain's last verification belong to the whole organization: each is read only for a caller permitted its own
 * action (MANAGE_RECORDINGS, REVIEW_PERMISSIONS, VIEW_AUDIT), asked first without auditing, and is "not permitted"
 * for anyone else rather than failing the dashboard.
 */
// Authorization is decided by DashboardAccess (VIEW_DASHBOARD and its reach) and AccessService, not by EJB role lists.
@PermitAll
@Stateless
public class ComplianceDashboard {

    /** The permission review's periods, as its own page opens with: unreviewed for 90 days, unused for 60. */
    public static final int UNREVIEWED_DAYS = 90;
    public static final int UNUSED_DAYS = 60;

    /** The legal holds behind a number: open now, placed in the range, released in it. */
    public enum HoldNumber { OPEN, PLACED, RELEASED }

    private static final List<String> DELETES = List.of(RecordingGovernanceAuditAction.RECORDING_DELETE.qualifiedName(),
            RecordingGovernanceAuditAction.RECORDING_DELETE.name());
    private static final List<String> VERIFIES = List.of(AuditTrailAction.AUDIT_VERIFY.qualifiedName(), AuditTrailAction.AUDIT_VERIFY.name());
    private static final Pattern ENTRIES_CHECKED = Pattern.compile("intact, (\\d+) entries");

    /** A notice row {@code n} of a call in range and scope (the condition on its fact {@code f}); its day bounds both sides of the join. */
    private static final String NOTICES = " FROM call_notice n JOIN call_fact f ON f.call_record_id = n.call_record_id WHERE ";
    private static final String NOTICE_DAYS = "n.call_day BETWEEN :from AND :to";
    private static final String PAUSED = " FROM recording r JOIN call_record c ON c.call_id = r.call_id JOIN call_fact f ON f.call_record_id = c.id"
            + " LEFT JOIN recording_marker m ON m.recording_id = r.id AND m.type = 'RECORDING_PAUSED' WHERE ";
    /** Why a RECORDING_DELETE entry {@code a} deleted: its detail begins with what {@code RecordingShredder}'s callers say. */
    private static final String PURGE_KIND = "CASE WHEN a.detail LIKE 'retention of%' THEN 'RETENTION' WHEN a.detail LIKE 'erasure request%'"
            + " THEN 'ERASURE' ELSE 'DELETION' END";
    private static final String DELETIONS = " FROM audit_entry a LEFT JOIN call_record c ON c.call_id = a.call_id"
            + " LEFT JOIN app_user u ON u.id = c.agent_user_id LEFT JOIN call_queue q ON q.id = c.queue_id WHERE ";

    private static final String CALLS = "SELECT c.call_id, f.started_at, u.username, t.name, q.name, f.answered,"
            + " (SELECT COUNT(*) FROM call_notice n WHERE n.call_record_id = f.call_record_id AND n.played_at IS NOT NULL),"
            + " CASE WHEN f.answered = TRUE AND EXISTS (SELECT 1 FROM call_notice n WHERE n.call_record_id = f.call_record_id"
            + " AND n.notice = 'CALLER_ANNOUNCEMENT' AND n.played_at IS NULL) THEN TRUE ELSE FALSE END,"
            + " CASE WHEN r.paused = TRUE THEN TRUE ELSE FALSE END, CASE WHEN r.deleted_at IS NULL THEN r.id END";
    private static final String OF_CALLS = " FROM call_fact f JOIN call_record c ON c.id = f.call_record_id LEFT JOIN app_user u ON u.id = f.agent_user_id"
            + " LEFT JOIN team t ON t.id = f.team_id LEFT JOIN call_queue q ON q.id = f.queue_id LEFT JOIN recording r ON r.call_id = c.call_id WHERE ";
    private static final String NEWEST_FIRST = " ORDER BY f.started_at DESC, f.call_record_id DESC";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DashboardAccess dashboards;

    @EJB
    private AccessService access;

    @EJB
    private PermissionReviewService permissionReviews;

    public ComplianceReport report(DashboardFilter filter) {
        DashboardScope scope = dashboards.scopeOf(filter);
        Condition calls = scope.where(Columns.calls("f"));
        long callCount = number(calls.bind(em.createNativeQuery("SELECT COUNT(*) FROM call_fact f WHERE " + calls.sql())).getSingleResult());

        Map<LocalDate, long[]> days = new TreeMap<>();
        for (LocalDate day = filter.from(); !day.isAfter(filter.to()); day = day.plusDays(1)) {
            days.put(day, new long[4]);
        }
        Map<PlayedNotice, Long> played = new EnumMap<>(PlayedNotice.class);
        long due = 0;
        long missed = 0;
        Condition notices = calls.and(NOTICE_DAYS);
        for (Object row : notices.bind(em.createNativeQuery(noticeFigures(notices.sql()))).getResultList()) {
            Object[] r = (Object[]) row;
            PlayedNotice notice = PlayedNotice.valueOf((String) r[1]);
            long[] day = days.get(day(r[0]));
            played.merge(notice, number(r[2]), Long::sum);
            day[0] += number(r[2]);
            day[1] += number(r[3]);
            missed += number(r[3]);
            due += notice == PlayedNotice.CALLER_ANNOUNCEMENT ? number(r[4]) : 0;
        }
        long paused = 0;
        long pauses = 0;
        Condition pausedCalls = calls.and("r.paused = TRUE AND r.recording_day >= :from");
        for (Object row : pausedCalls.bind(em.createNativeQuery(pausedFigures(pausedCalls.sql()))).getResultList()) {
            Object[] r = (Object[]) row;
            days.get(day(r[0]))[2] = number(r[1]);
            paused += number(r[1]);
            pauses += number(r[2]);
        }
        Map<PurgeKind, Long> purged = new EnumMap<>(PurgeKind.class);
        Condition deletions = deletionsWhere(scope, null);
        for (Object row : deletions.bind(em.createNativeQuery(purgeFigures(deletions.sql()))).getResultList()) {
            Object[] r = (Object[]) row;
            days.get(day(r[0]))[3] += number(r[2]);
            purged.merge(PurgeKind.valueOf((String) r[1]), number(r[2]), Long::sum);
        }
        long purgedAll = purged.values().stream().mapToLong(Long::longValue).sum();
        return new ComplianceReport(filter, new Summary(callCount, played.values().stream().mapToLong(Long::longValue).sum(), due, missed, paused,
                pauses, purgedAll),
                Arrays.stream(PlayedNotice.values()).map(n -> new NoticeCount(n, n.heardBy(), played.getOrDefault(n, 0L))).toList(),
                days.entrySet().stream().map(d -> new ComplianceDay(d.getKey(), d.getValue()[0], d.getValue()[1], d.getValue()[2], d.getValue()[3]))
                        .toList(),
                Arrays.stream(PurgeKind.values()).map(k -> new PurgeCount(k, purged.getOrDefault(k, 0L))).toList(),
                holds(filter), reviews(), verification());
    }

    /** The calls behind a number, newest first. */
    public Page<ComplianceCallRow> calls(DashboardFilter filter, ComplianceDrill drill, PageRequest page) {
        Condition where = drilled(dashboards.scopeOf(filter), drill);
        return page(where, "SELECT COUNT(*)" + OF_CALLS + where.sql(), callList(where.sql()), ComplianceDashboard::callRows, page);
    }

    /** Every call behind a number within a scope {@link DashboardAccess} granted, newest first, one by one as the database hands them over. */
    public void eachCall(DashboardScope scope, ComplianceDrill drill, Consumer<ComplianceCallRow> row) {
        Condition where = drilled(scope, drill);
        each(where, callList(where.sql()), ComplianceDashboard::callRows, row);
    }

    /** The recordings deleted in the range whose call is in scope, of one kind or all, newest first. */
    public Page<DeletionRow> deletions(DashboardFilter filter, PurgeKind kind, PageRequest page) {
        Condition where = deletionsWhere(dashboards.scopeOf(filter), kind);
        return page(where, "SELECT COUNT(*)" + DELETIONS + where.sql(), deletionList(where.sql()), ComplianceDashboard::deletionRows, page);
    }

    /** Every deletion behind a number within a scope {@link DashboardAccess} granted, newest first, streamed. */
    public void eachDeletion(DashboardScope scope, PurgeKind kind, Consumer<DeletionRow> row) {
        Condition where = deletionsWhere(scope, kind);
        each(where, deletionList(where.sql()), ComplianceDashboard::deletionRows, row);
    }

    /** The legal holds behind a number, newest first: MANAGE_RECORDINGS (403, audited, otherwise). */
    public List<LegalHoldRow> holds(DashboardFilter filter, HoldNumber number) {
        dashboards.scopeOf(filter);
        access.require(Action.MANAGE_RECORDINGS, AccessTarget.organization(), null);
        String which = switch (number) {
            case OPEN -> "h.released_at IS NULL";
            case PLACED -> "h.created_at >= :since AND h.created_at < :until";
            case RELEASED -> "h.released_at >= :since AND h.released_at < :until";
        };
        Query query = em.createNativeQuery("SELECT h.id, h.name, h.reason, h.created_by, h.created_at, h.released_by, h.released_at"
                + " FROM legal_hold h WHERE " + which + " ORDER BY h.created_at DESC, h.id DESC");
        if (number != HoldNumber.OPEN) {
            query.setParameter("since", since(filter)).setParameter("until", until(filter));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new LegalHoldRow(number(r[0]), (String) r[1], (String) r[2], (String) r[3], instant(r[4]), (String) r[5],
                instant(r[6]))).toList();
    }

    /** The grants open permission reviews should look at: REVIEW_PERMISSIONS (403, audited, otherwise). */
    public List<ReviewFindingRow> reviewFindings(DashboardFilter filter) {
        dashboards.scopeOf(filter);
        return permissionReviews.findings(UNREVIEWED_DAYS, UNUSED_DAYS).stream().map(f -> new ReviewFindingRow(f.grant().getId(),
                f.grant().getUser().getUsername(), f.grant().getRole().name(), f.grant().describeScope(),
                f.reasons().stream().map(Enum::name).toList(), f.daysUnreviewed(), f.daysUnused())).toList();
    }

    /** A page of the rows {@code list} reads under the condition, and how many {@code count} finds in all. */
    private <T> Page<T> page(Condition where, String count, String list, Function<Stream<?>, Stream<T>> rows, PageRequest page) {
        long total = number(where.bind(em.createNativeQuery(count)).getSingleResult());
        return new Page<>(rows.apply(where.bind(em.createNativeQuery(list)).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultStream()).toList(), total);
    }

    /** Every row {@code list} reads under the condition, as the database hands them over (500 at a time), to {@code row}. */
    private <T> void each(Condition where, String list, Function<Stream<?>, Stream<T>> rows, Consumer<T> row) {
        try (Stream<T> all = rows.apply(where.bind(em.createNativeQuery(list)).setHint("org.hibernate.fetchSize", 500).getResultStream())) {
            all.forEach(row);
        }
    }

    /** The caller's scope for the filter, checked as the report's. */
    public DashboardScope scopeOf(DashboardFilter filter) {
        return dashboards.scopeOf(filter);
    }

    private LegalHolds holds(DashboardFilter filter) {
        if (!permitted(Action.MANAGE_RECORDINGS)) {
            return LegalHolds.NOT_PERMITTED;
        }
        Object[] r = (Object[]) em.createNativeQuery("SELECT SUM(CASE WHEN h.released_at IS NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN h.created_at >= :since AND h.created_at < :until THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN h.released_at >= :since AND h.released_at < :until THEN 1 ELSE 0 END) FROM legal_hold h")
                .setParameter("since", since(filter)).setParameter("until", until(filter)).getSingleResult();
        return new LegalHolds(true, number(r[0]), number(r[1]), number(r[2]));
    }

    private PermissionReviews reviews() {
        if (!permitted(Action.REVIEW_PERMISSIONS)) {
            return PermissionReviews.NOT_PERMITTED;
        }
        ReviewTally tally = permissionReviews.tally(UNREVIEWED_DAYS, UNUSED_DAYS);
        return new PermissionReviews(true, tally.findings(), tally.unreviewed(), tally.unused(), tally.teamMoved());
    }

    /** The newest AUDIT_VERIFY entry: when, by whom, intact or not (its outcome), and the entries it checked as its detail says. */
    private AuditVerification verification() {
        if (!permitted(Action.VIEW_AUDIT)) {
            return AuditVerification.NOT_PERMITTED;
        }
        List<?> rows = em.createNativeQuery("SELECT a.id, a.occurred_at, a.actor, a.outcome, a.detail FROM audit_entry a WHERE a.action IN (:verify)"
                + " ORDER BY a.occurred_at DESC, a.id DESC").setParameter("verify", VERIFIES).setMaxResults(1).getResultList();
        if (rows.isEmpty()) {
            return AuditVerification.NEVER;
        }
        Object[] r = (Object[]) rows.get(0);
        String detail = (String) r[4];
        Matcher checked = ENTRIES_CHECKED.matcher(detail == null ? "" : detail);
        return new AuditVerification(true, number(r[0]), instant(r[1]), (String) r[2], "SUCCESS".equals(r[3]),
                checked.lookingAt() ? Long.valueOf(checked.group(1)) : null, detail);
    }

    /** Whether the caller's grants permit an organization-wide action: asked for showing a tile, neither audited nor a use of a grant. */
    private boolean permitted(Action action) {
        return access.preview(access.callerName(), action, AccessTarget.organization(), null).allowed();
    }

    private static Condition drilled(DashboardScope scope, ComplianceDrill drill) {
        if (!drill.faults(scope.filter()).isEmpty()) {
            throw new DashboardException(drill.faults(scope.filter()));
        }
        Condition where = scope.where(Columns.calls("f"));
        where = switch (drill.number()) {
            case CALLS -> where;
            case NOTICES -> drill.notice() == null
                    ? where.and("EXISTS (SELECT 1 FROM call_notice n WHERE n.call_record_id = f.call_record_id AND n.played_at IS NOT NULL)")
                    : where.and("EXISTS (SELECT 1 FROM call_notice n WHERE n.call_record_id = f.call_record_id AND n.played_at IS NOT NULL"
                            + " AND n.notice = :notice)", "notice", drill.notice().name());
            case ANNOUNCEMENT_MISSED -> where.and("f.answered = TRUE AND EXISTS (SELECT 1 FROM call_notice n WHERE n.call_record_id = f.call_record_id"
                    + " AND n.notice = 'CALLER_ANNOUNCEMENT' AND n.played_at IS NULL)");
            case PAUSED -> where.and("r.paused = TRUE");
        };
        return drill.day() == null ? where : where.and("f.call_day = :day", "day", drill.day());
    }

    /** Successful deletions in the range (UTC days) of recordings whose call is in scope; of a call unknown, only for a scope of everything. */
    private static Condition deletionsWhere(DashboardScope scope, PurgeKind kind) {
        Condition where = scope.scoped(Columns.callRecords("c", "u")).and("a.outcome = :succeeded AND a.action IN (:deletes)"
                        + " AND a.occurred_at >= :since AND a.occurred_at < :until", "succeeded", "SUCCESS", "deletes", DELETES,
                "since", since(scope.filter()), "until", until(scope.filter()));
        return kind == null ? where : where.and(PURGE_KIND + " = :kind", "kind", kind.name());
    }

    // The statements, whole for a condition (ComplianceQueriesOnH2Test runs them on the demo's database).

    /** Per day of the calls and notice: notices played, due and not played on answered calls, and on answered calls. */
    static String noticeFigures(String where) {
        return "SELECT f.call_day, n.notice, SUM(CASE WHEN n.played_at IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN n.played_at IS NULL AND f.answered = TRUE THEN 1 ELSE 0 END), SUM(CASE WHEN f.answered = TRUE THEN 1 ELSE 0 END)"
                + NOTICES + where + " GROUP BY f.call_day, n.notice";
    }

    /** Per day of the calls: recordings paused, and how often. */
    static String pausedFigures(String where) {
        return "SELECT f.call_day, COUNT(DISTINCT r.id), COUNT(m.id)" + PAUSED + where + " GROUP BY f.call_day";
    }

    /** Per day done and kind: recordings deleted. */
    static String purgeFigures(String where) {
        return "SELECT CAST(a.occurred_at AT TIME ZONE 'UTC' AS DATE), " + PURGE_KIND + ", COUNT(*)" + DELETIONS + where
                + " GROUP BY CAST(a.occurred_at AT TIME ZONE 'UTC' AS DATE), " + PURGE_KIND;
    }

    static String callList(String where) {
        return CALLS + OF_CALLS + where + NEWEST_FIRST;
    }

    static String deletionList(String where) {
        return "SELECT a.id, a.occurred_at, a.actor, " + PURGE_KIND + ", a.call_id, a.target_id, COALESCE(a.agent, u.username),"
                + " COALESCE(a.queue_name, q.name), a.detail" + DELETIONS
                + where + " ORDER BY a.occurred_at DESC, a.id DESC";
    }

    private static Instant since(DashboardFilter filter) {
        return filter.from().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant until(DashboardFilter filter) {
        return filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Stream<ComplianceCallRow> callRows(Stream<?> rows) {
        return rows.map(row -> {
            Object[] r = (Object[]) row;
            return new ComplianceCallRow((String) r[0], instant(r[1]), (String) r[2], (String) r[3], (String) r[4], (Boolean) r[5], number(r[6]),
                    (Boolean) r[7], (Boolean) r[8], (UUID) r[9]);
        });
    }

    private static Stream<DeletionRow> deletionRows(Stream<?> rows) {
        return rows.map(row -> {
            Object[] r = (Object[]) row;
            return new DeletionRow(number(r[0]), instant(r[1]), (String) r[2], PurgeKind.valueOf(((String) r[3]).trim()), (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8]);
        });
    }
}
