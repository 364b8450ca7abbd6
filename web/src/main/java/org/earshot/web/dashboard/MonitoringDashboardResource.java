package org.earshot.web.dashboard;

import static org.earshot.web.dashboard.DashboardParams.choice;
import static org.earshot.web.dashboard.DashboardParams.optionalChoice;
import static org.earshot.web.dashboard.DashboardParams.optionalDay;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.earshot.dashboard.DashboardAccess;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.DeniedAttemptRow;
import org.earshot.dashboard.MonitoringDashboard;
import org.earshot.dashboard.MonitoringDrill;
import org.earshot.dashboard.MonitoringReport;
import org.earshot.dashboard.MonitoringSessionRow;
import org.earshot.monitoring.MonitoringPurpose;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("dashboards/monitoring")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class MonitoringDashboardResource {

    /** The tables of the dashboard a CSV export is of. */
    enum Table { SUMMARY, TREND, SUPERVISORS, MODES, PURPOSES, DURATIONS, DENIALS, SESSIONS }

    /** Which sessions behind a number: a supervisor's, a mode's, a purpose's, a band of duration's, a day's, or those connected now. */
    public static class DrillParams {

        @QueryParam("supervisor")
        @Parameter(description = "A supervisor's user id")
        Long supervisor;

        @QueryParam("mode")
        @Parameter(description = "LISTEN, WHISPER, BARGE or TAKEOVER: the sessions counted under it (the most intrusive mode each was in)")
        String mode;

        @QueryParam("purpose")
        @Parameter(description = "A purpose, e.g. TRAINING")
        String purpose;

        @QueryParam("band")
        @Parameter(description = "A band of duration: 0 under a minute, 1 to 5 minutes, 2 to 15, 3 to 30, 4 longer")
        Integer band;

        @QueryParam("day")
        @Parameter(description = "A day of the range, e.g. 2026-11-30 (UTC)")
        String day;

        @QueryParam("live")
        @Parameter(description = "true: the sessions connected now, whatever the range")
        boolean live;

        MonitoringDrill toDrill() {
            return new MonitoringDrill(supervisor, optionalChoice(MonitoringMode.class, "mode", mode),
                    optionalChoice(MonitoringPurpose.class, "purpose", purpose), band, optionalDay("day", day), live);
        }
    }

    @EJB
    private MonitoringDashboard monitoring;

    @EJB
    private DashboardAccess dashboards;

    @GET
    @Operation(summary = "The monitoring dashboard for the filter, within the caller's scope: tiles, live figures, sessions per day by mode,"
            + " by supervisor, mode, purpose and duration, denied attempts by supervisor")
    @APIResponse(responseCode = "400", description = "A range reversed or over " + DashboardFilter.MAX_DAYS + " days, an id of nothing,"
            + " a form (these figures are not of evaluations), a value of the wrong shape: each on its parameter")
    @APIResponse(responseCode = "403", description = "No VIEW_DASHBOARD, or a site, team, queue or agent out of the caller's scope (audited)")
    public MonitoringReport report(@BeanParam DashboardParams filter) {
        return monitoring.report(filter.toFilter());
    }

    @GET
    @Path("sessions")
    @Operation(summary = "The monitoring sessions behind a number of the dashboard, newest first")
    public ListView<MonitoringSessionRow> sessions(@BeanParam DashboardParams filter, @BeanParam DrillParams drill, @BeanParam PageParams page) {
        return ListView.of(monitoring.sessions(filter.toFilter(), drill.toDrill(), page.toRequest()), s -> s);
    }

    @GET
    @Path("denials")
    @Operation(summary = "The refused starts and mode switches behind the denied attempts, newest first, from the audit trail")
    public ListView<DeniedAttemptRow> denials(@BeanParam DashboardParams filter,
                                              @QueryParam("supervisor") @Parameter(description = "A supervisor's username") String supervisor,
                                              @BeanParam PageParams page) {
        return ListView.of(monitoring.denied(filter.toFilter(), supervisor, page.toRequest()), d -> d);
    }

    @GET
    @Path("export/{table}")
    @Produces({Downloads.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "One table of the dashboard as CSV: summary, trend, supervisors, modes, purposes, durations, denials, or sessions"
            + " (every one behind the number, streamed, as many as there are)")
    public Response export(@PathParam("table") String table, @BeanParam DashboardParams params, @BeanParam DrillParams drill) {
        Table which = choice(Table.class, "table", table, null);
        DashboardFilter filter = params.toFilter();
        String name = Downloads.csvName(MonitoringDashboardPage.DASHBOARD, which.name().toLowerCase(Locale.ROOT), filter);
        if (which == Table.SESSIONS) {
            MonitoringDrill drilled = drill.toDrill();
            // decided now: the body is written once the request's login has been undone
            DashboardScope scope = dashboards.scopeOf(filter);
            return Downloads.csv(Downloads.csvRows(csv -> sessionRows(csv, monitoring, scope, drilled)), name);
        }
        MonitoringReport report = monitoring.report(filter);
        return Downloads.csv(Downloads.csvRows(csv -> MonitoringCsv.write(which, report, csv)), name);
    }

    @GET
    @Path("report.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The dashboard for the filter as a PDF report: the filter, the tiles, the sessions per day by mode as a chart, the"
            + " breakdowns as charts and tables")
    @APIResponse(responseCode = "400", description = "As the dashboard's")
    @APIResponse(responseCode = "403", description = "As the dashboard's")
    public Response pdf(@BeanParam DashboardParams params, @Context SecurityContext security) {
        DashboardFilter filter = params.toFilter();
        MonitoringReport report = monitoring.report(filter);
        return PdfReport.response(MonitoringDashboardPage.DASHBOARD, report, MonitoringPdf::write, dashboards.choices(), security);
    }

    /** Every session behind the number, a row each as the database hands them over, after a header. */
    static void sessionRows(CsvWriter csv, MonitoringDashboard monitoring, DashboardScope scope, MonitoringDrill drill) {
        csv.row("session", "call", "day", "requested at", "supervisor", "agent", "team", "queue", "counted as", "last mode", "purpose", "state",
                "listened (s)");
        monitoring.eachSession(scope, drill, s -> csv.row(s.sessionId(), s.callId(), s.day(), s.requestedAt(), s.supervisor(), s.agent(), s.team(),
                s.queue(), s.countedAs(), s.lastMode(), s.purpose(), s.state(), s.listenedSeconds()));
    }
}
