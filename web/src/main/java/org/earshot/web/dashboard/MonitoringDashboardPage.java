package org.earshot.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.DeniedAttemptRow;
import org.earshot.dashboard.MonitoringDashboard;
import org.earshot.dashboard.MonitoringDrill;
import org.earshot.dashboard.MonitoringReport;
import org.earshot.dashboard.MonitoringReport.Live;
import org.earshot.dashboard.MonitoringSessionRow;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.StreamedContent;

/**
 * The monitoring dashboard page: the filter ({@link DashboardFilterForm}, with the user's saved filter
 * sets), the tiles, charts and tables of {@link MonitoringDashboard}, the live tiles (calls now, monitored
 * now) that the live view's push re-renders, the sessions behind any number (each opening its call) and
 * the denied attempts behind theirs, CSV downloads streamed from the service and a PDF report
 * ({@link Downloads}). The services decide what the user may see; refusals land on the filter's inputs.
 */
@Named
@ViewScoped
public class MonitoringDashboardPage extends DashboardPage<MonitoringReport> {

    private static final long serialVersionUID = 1L;
    static final String DASHBOARD = "monitoring";

    @EJB
    private MonitoringDashboard monitoring;

    private MonitoringDrill drill;
    private String drillTitle;
    private Page<MonitoringSessionRow> drilled;
    private Page<DeniedAttemptRow> denied;

    @Override
    protected String dashboard() {
        return DASHBOARD;
    }

    @Override
    protected MonitoringReport read(DashboardFilter asked) {
        return monitoring.report(asked);
    }

    @Override
    protected void forgetLists() {
        drill = null;
        drilled = null;
        denied = null;
    }

    /** Calls and monitored calls now, read again on every push of live activity, for the range's scope and filter. */
    public Live getLive() {
        DashboardFilter shown = getReport().filter();
        return ServiceCall.query(null, () -> monitoring.live(shown)).orElse(getReport().live());
    }

    /** Lists the sessions behind a number: a supervisor's (an id), a mode's, a purpose's, a band of duration's, a day's, those connected now, or all. */
    public void drill(String title, Long supervisor, String mode, String purpose, Integer band, LocalDate day, boolean live) {
        // EL hands a null String parameter over as ""
        MonitoringDrill asked = new MonitoringDrill(supervisor, mode == null || mode.isEmpty() ? null : MonitoringMode.valueOf(mode),
                purpose == null || purpose.isEmpty() ? null : MonitoringPurpose.valueOf(purpose), band, day, live);
        DashboardFilter shown = getReport().filter();
        ServiceCall.query(FORM, () -> monitoring.sessions(shown, asked, PageRequest.firstPage(DRILL_ROWS))).ifPresent(page -> {
            drill = asked;
            drillTitle = title;
            drilled = page;
            denied = null;
        });
    }

    /** Lists the denied attempts behind a number: a supervisor's (a username) or all. */
    public void drillDenied(String title, String supervisor) {
        String who = supervisor == null || supervisor.isEmpty() ? null : supervisor;
        DashboardFilter shown = getReport().filter();
        ServiceCall.query(FORM, () -> monitoring.denied(shown, who, PageRequest.firstPage(DRILL_ROWS))).ifPresent(page -> {
            drillTitle = title;
            denied = page;
            drilled = null;
        });
    }

    /** A table of the dashboard as shown, as CSV. */
    public StreamedContent csv(String table) {
        return csv(table, MonitoringDashboardResource.Table.class, MonitoringCsv::write);
    }

    /** The dashboard as shown, as a PDF report. */
    public StreamedContent pdf() {
        return pdf(MonitoringPdf::write);
    }

    /** Every session behind the number last drilled into (or all of the filter's), as CSV streamed from the database. */
    public StreamedContent sessionsCsv() {
        DashboardFilter shown = getReport().filter();
        MonitoringDrill asked = drill == null ? MonitoringDrill.ALL : drill;
        DashboardScope scope = dashboards().scopeOf(shown);
        return Downloads.csvContent(Downloads.csvName(DASHBOARD, "sessions", shown),
                csv -> MonitoringDashboardResource.sessionRows(csv, monitoring, scope, asked));
    }

    public String getTrendChart() {
        return MonitoringCharts.trend(getReport());
    }

    public String getModesChart() {
        return MonitoringCharts.modes(getReport());
    }

    public String getDurationsChart() {
        return MonitoringCharts.durations(getReport());
    }

    /** Seconds as minutes to one place, for the tiles and tables. */
    public String minutes(long seconds) {
        return MonitoringCharts.minutes(seconds);
    }

    public String getDrillTitle() {
        return drillTitle;
    }

    public Page<MonitoringSessionRow> getDrilled() {
        return drilled;
    }

    public Page<DeniedAttemptRow> getDenied() {
        return denied;
    }
}
