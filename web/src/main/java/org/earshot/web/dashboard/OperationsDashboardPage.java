package org.earshot.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.earshot.dashboard.DashboardAccess;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardFilterSets;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.MonitoringDashboard;
import org.earshot.dashboard.OperationsCallRow;
import org.earshot.dashboard.OperationsDashboard;
import org.earshot.dashboard.OperationsDrill;
import org.earshot.dashboard.OperationsReport;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.StreamedContent;

/**
 * The operations dashboard page: the filter ({@link DashboardFilterForm}, with the user's saved filter
 * sets), the tiles, charts and tables of {@link OperationsDashboard}, the live tile (calls now) that the
 * live view's push re-renders, the calls behind any number (each opening its recording when it has one),
 * CSV downloads streamed from the service and a PDF report ({@link Downloads}). The services decide what
 * the user may see; refusals land on the filter's inputs.
 */
@Named
@ViewScoped
public class OperationsDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "dashboard";
    private static final int DRILL_ROWS = 50;

    @EJB
    private OperationsDashboard operations;

    @EJB
    private MonitoringDashboard monitoring;

    @EJB
    private DashboardAccess dashboards;

    @EJB
    private DashboardFilterSets filterSets;

    private DashboardFilterForm filter;
    private OperationsReport report;
    private OperationsDrill drill;
    private DashboardFilter drillFilter;
    private String drillTitle;
    private Page<OperationsCallRow> drilled;

    @PostConstruct
    void prepare() {
        filter = new DashboardFilterForm(FORM, OperationsDashboardResource.DASHBOARD, dashboards, filterSets);
    }

    public OperationsReport getReport() {
        if (report == null) {
            apply();
        }
        return report;
    }

    /** Reads the dashboard for the filter as the inputs say; a refusal lands on its input and keeps the figures shown. */
    public void apply() {
        DashboardFilter asked = filter.filter();
        ServiceCall.query(FORM, () -> operations.report(asked)).ifPresent(read -> {
            report = read;
            drill = null;
            drilled = null;
        });
    }

    /** Applies the saved filter set chosen, then reads the dashboard for it. */
    public void applySet() {
        if (filter.applySet()) {
            apply();
        }
    }

    /** The calls under way now, read again on every push of live activity, for the range's scope and filter. */
    public long getCallsNow() {
        DashboardFilter shown = getReport().filter();
        return ServiceCall.query(null, () -> monitoring.live(shown).callsNow()).orElse(report.summary().callsNow());
    }

    /**
     * Lists the calls behind a number: all, answered, not answered or with speech ({@code number}), of a day,
     * of a band of handle time, of a team or a queue (its id; 0 or null: every one the filter has).
     */
    public void drill(String title, String number, LocalDate day, Integer band, Long team, Long queue) {
        // EL hands a null String parameter over as ""
        OperationsDrill asked = new OperationsDrill(number == null || number.isEmpty() ? null : OperationsDrill.CallNumber.valueOf(number),
                day, band);
        DashboardFilter shown = report.filter();
        DashboardFilter narrowed = new DashboardFilter(shown.from(), shown.to(), shown.siteId(), team == null || team == 0 ? shown.teamId() : team,
                queue == null || queue == 0 ? shown.queueId() : queue, shown.agentId(), shown.formIds());
        ServiceCall.query(FORM, () -> operations.calls(narrowed, asked, PageRequest.firstPage(DRILL_ROWS))).ifPresent(page -> {
            drill = asked;
            drillFilter = narrowed;
            drillTitle = title;
            drilled = page;
        });
    }

    /** A table of the dashboard as shown, as CSV. */
    public StreamedContent csv(String table) {
        OperationsReport shown = getReport();
        OperationsDashboardResource.Table which = OperationsDashboardResource.Table.valueOf(table.toUpperCase(Locale.ROOT));
        return Downloads.csvContent(Downloads.csvName(OperationsDashboardResource.DASHBOARD, table, shown.filter()),
                csv -> OperationsCsv.write(which, shown, csv));
    }

    /** The dashboard as shown, as a PDF report. */
    public StreamedContent pdf() {
        OperationsReport shown = getReport();
        DashboardChoices names = filter.getChoices();
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        Instant now = Instant.now();
        return Downloads.pdfContent(OperationsPdf.fileName(shown.filter()), out -> OperationsPdf.write(shown, names, user, now, out));
    }

    /** Every call behind the number last drilled into (or all of the filter's), as CSV streamed from the database. */
    public StreamedContent callsCsv() {
        DashboardFilter shown = drillFilter == null || drilled == null ? getReport().filter() : drillFilter;
        OperationsDrill asked = drill == null ? OperationsDrill.ALL : drill;
        DashboardScope scope = operations.scopeOf(shown);
        return Downloads.csvContent(Downloads.csvName(OperationsDashboardResource.DASHBOARD, "calls", shown),
                csv -> OperationsCsv.calls(csv, operations, scope, asked));
    }

    public DashboardFilterForm getFilter() {
        return filter;
    }

    public String getCallsChart() {
        return OperationsCharts.calls(getReport());
    }

    public String getHandleTimeChart() {
        return OperationsCharts.handleTime(getReport());
    }

    public String getDistributionChart() {
        return OperationsCharts.distribution(getReport());
    }

    public String getDrillTitle() {
        return drillTitle;
    }

    public Page<OperationsCallRow> getDrilled() {
        return drilled;
    }
}
