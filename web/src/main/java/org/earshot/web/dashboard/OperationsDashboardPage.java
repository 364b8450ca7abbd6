package org.earshot.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.earshot.dashboard.DashboardFilter;
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
public class OperationsDashboardPage extends DashboardPage<OperationsReport> {

    private static final long serialVersionUID = 1L;

    @EJB
    private OperationsDashboard operations;

    @EJB
    private MonitoringDashboard monitoring;

    private OperationsDrill drill;
    private DashboardFilter drillFilter;
    private String drillTitle;
    private Page<OperationsCallRow> drilled;

    @Override
    protected String dashboard() {
        return OperationsDashboardResource.DASHBOARD;
    }

    @Override
    protected OperationsReport read(DashboardFilter asked) {
        return operations.report(asked);
    }

    @Override
    protected void forgetLists() {
        drill = null;
        drillFilter = null;
        drilled = null;
    }

    /** The calls under way now, read again on every push of live activity, for the range's scope and filter. */
    public long getCallsNow() {
        OperationsReport shown = getReport();
        return ServiceCall.query(null, () -> monitoring.live(shown.filter()).callsNow()).orElse(shown.summary().callsNow());
    }

    /**
     * Lists the calls behind a number: all, answered, not answered or with speech ({@code number}), of a day,
     * of a band of handle time, of a team or a queue (its id; 0 or null: every one the filter has).
     */
    public void drill(String title, String number, LocalDate day, Integer band, Long team, Long queue) {
        // EL hands a null String parameter over as ""
        OperationsDrill asked = new OperationsDrill(number == null || number.isEmpty() ? null : OperationsDrill.CallNumber.valueOf(number),
                day, band);
        DashboardFilter shown = getReport().filter();
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
        return csv(table, OperationsDashboardResource.Table.class, OperationsCsv::write);
    }

    /** The dashboard as shown, as a PDF report. */
    public StreamedContent pdf() {
        return pdf(OperationsPdf::write);
    }

    /** Every call behind the number last drilled into (or all of the filter's), as CSV streamed from the database. */
    public StreamedContent callsCsv() {
        DashboardFilter shown = drillFilter == null ? getReport().filter() : drillFilter;
        OperationsDrill asked = drill == null ? OperationsDrill.ALL : drill;
        DashboardScope scope = dashboards().scopeOf(shown);
        return Downloads.csvContent(Downloads.csvName(OperationsDashboardResource.DASHBOARD, "calls", shown),
                csv -> OperationsCsv.calls(csv, operations, scope, asked));
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
