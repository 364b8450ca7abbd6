package org.earshot.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.earshot.dashboard.ComplianceCallRow;
import org.earshot.dashboard.ComplianceDashboard;
import org.earshot.dashboard.ComplianceDashboard.HoldNumber;
import org.earshot.dashboard.ComplianceDrill;
import org.earshot.dashboard.ComplianceReport;
import org.earshot.dashboard.ComplianceReport.PurgeKind;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.DeletionRow;
import org.earshot.dashboard.LegalHoldRow;
import org.earshot.dashboard.ReviewFindingRow;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.PlayedNotice;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.StreamedContent;

/**
 * The compliance dashboard page: the filter ({@link DashboardFilterForm}, with the user's saved filter sets),
 * the tiles, charts and tables of {@link ComplianceDashboard}, the list behind any number (calls, deletions,
 * legal holds or review findings: one at a time), CSV downloads and a PDF report ({@link Downloads}). The
 * service decides what the user may see: the holds, reviews and verification the user is not permitted show
 * as such; refusals land on the filter's inputs.
 */
@Named
@ViewScoped
public class ComplianceDashboardPage extends DashboardPage<ComplianceReport> {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplianceDashboard compliance;

    private String drillTitle;
    private ComplianceDrill callDrill;
    private Page<ComplianceCallRow> calls;
    private PurgeKind deletionKind;
    private Page<DeletionRow> deletions;
    private List<LegalHoldRow> holds;
    private List<ReviewFindingRow> findings;

    @Override
    protected String dashboard() {
        return ComplianceDashboardResource.DASHBOARD;
    }

    @Override
    protected ComplianceReport read(DashboardFilter asked) {
        return compliance.report(asked);
    }

    @Override
    protected void forgetLists() {
        drillTitle = null;
        callDrill = null;
        calls = null;
        deletionKind = null;
        deletions = null;
        holds = null;
        findings = null;
    }

    /** Lists the calls behind a number: with notices played (of one notice), whose announcement was missed, whose recording was paused; of a day. */
    public void drillCalls(String title, String number, String notice, LocalDate day) {
        // EL hands a null String parameter over as ""
        ComplianceDrill asked = new ComplianceDrill(ComplianceDrill.CallNumber.valueOf(number),
                notice == null || notice.isEmpty() ? null : PlayedNotice.valueOf(notice), day);
        DashboardFilter shown = getReport().filter();
        open(title, () -> compliance.calls(shown, asked, PageRequest.firstPage(DRILL_ROWS)), page -> {
            callDrill = asked;
            calls = page;
        });
    }

    /** Lists the recordings deleted behind a number: of one kind, or all. */
    public void drillDeletions(String title, String kind) {
        PurgeKind asked = kind == null || kind.isEmpty() ? null : PurgeKind.valueOf(kind);
        DashboardFilter shown = getReport().filter();
        open(title, () -> compliance.deletions(shown, asked, PageRequest.firstPage(DRILL_ROWS)), page -> {
            deletionKind = asked;
            deletions = page;
        });
    }

    /** Lists the legal holds open now, placed or released in the range. */
    public void drillHolds(String title, String number) {
        DashboardFilter shown = getReport().filter();
        open(title, () -> compliance.holds(shown, HoldNumber.valueOf(number)), list -> holds = list);
    }

    /** Lists the grants open permission reviews should look at. */
    public void drillReviews() {
        DashboardFilter shown = getReport().filter();
        open("Grants to review", () -> compliance.reviewFindings(shown), list -> findings = list);
    }

    /** Reads a list behind a number; once read (a refusal lands on the filter), it is the one shown, under its title. */
    private <T> void open(String title, Supplier<T> read, Consumer<T> show) {
        ServiceCall.query(FORM, read).ifPresent(list -> {
            forgetLists();
            drillTitle = title;
            show.accept(list);
        });
    }

    /** A table of the dashboard as shown, as CSV. */
    public StreamedContent csv(String table) {
        return csv(table, ComplianceDashboardResource.Table.class, ComplianceCsv::write);
    }

    /** The dashboard as shown, as a PDF report. */
    public StreamedContent pdf() {
        return pdf(CompliancePdf::write);
    }

    /** The list behind the number last opened (the calls with notices played if none), as CSV; calls and deletions streamed from the database. */
    public StreamedContent listCsv() {
        DashboardFilter shown = getReport().filter();
        if (holds != null) {
            List<LegalHoldRow> shownHolds = holds;
            return Downloads.csvContent(Downloads.csvName(dashboard(), "holds", shown), csv -> ComplianceCsv.holds(csv, shownHolds));
        }
        if (findings != null) {
            List<ReviewFindingRow> shownFindings = findings;
            return Downloads.csvContent(Downloads.csvName(dashboard(), "reviews", shown), csv -> ComplianceCsv.reviews(csv, shownFindings));
        }
        DashboardScope scope = dashboards().scopeOf(shown);
        if (deletions != null) {
            PurgeKind kind = deletionKind;
            return Downloads.csvContent(Downloads.csvName(dashboard(), "deletions", shown),
                    csv -> ComplianceCsv.deletions(csv, compliance, scope, kind));
        }
        ComplianceDrill asked = callDrill == null ? ComplianceDrill.ALL_NOTICES : callDrill;
        return Downloads.csvContent(Downloads.csvName(dashboard(), "calls", shown), csv -> ComplianceCsv.calls(csv, compliance, scope, asked));
    }

    public String getTrendChart() {
        return ComplianceCharts.trend(getReport());
    }

    public String getNoticesChart() {
        return ComplianceCharts.notices(getReport());
    }

    /** A notice by name, as the charts show it. */
    public String noticeLabel(PlayedNotice notice) {
        return CompliancePdf.label(notice);
    }

    public String getDrillTitle() {
        return drillTitle;
    }

    public Page<ComplianceCallRow> getCalls() {
        return calls;
    }

    public Page<DeletionRow> getDeletions() {
        return deletions;
    }

    public List<LegalHoldRow> getHolds() {
        return holds;
    }

    public List<ReviewFindingRow> getFindings() {
        return findings;
    }
}
