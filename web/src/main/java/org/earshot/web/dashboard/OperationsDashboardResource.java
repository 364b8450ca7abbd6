package org.earshot.web.dashboard;

import static org.earshot.web.dashboard.DashboardParams.choice;
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
import org.earshot.dashboard.OperationsCallRow;
import org.earshot.dashboard.OperationsDashboard;
import org.earshot.dashboard.OperationsDrill;
import org.earshot.dashboard.OperationsReport;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("dashboards/operations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class OperationsDashboardResource {

    /** The dashboard's name: of its CSV files and its saved filter sets. */
    static final String DASHBOARD = "operations";

    /** The tables of the dashboard a CSV export is of. */
    enum Table { SUMMARY, TREND, TEAMS, QUEUES, DISTRIBUTION, CALLS }

    /** Which calls behind a number: all, answered, not answered or with speech signals; of a day; of a handle time band. */
    public static class CallParams {

        @QueryParam("number")
        @Parameter(description = "CALLS (the default), ANSWERED, NOT_ANSWERED or WITH_SPEECH")
        String number;

        @QueryParam("day")
        @Parameter(description = "One day of the range, e.g. 2026-11-30")
        String day;

        @QueryParam("band")
        @Parameter(description = "Answered and handled within a band: 0 under 1 minute, 1 from 1 to 3, 2 from 3 to 5, 3 from 5 to 10,"
                + " 4 from 10 to 20, 5 from 20 minutes")
        Integer band;

        OperationsDrill toDrill() {
            return new OperationsDrill(choice(OperationsDrill.CallNumber.class, "number", number, OperationsDrill.CallNumber.CALLS),
                    optionalDay("day", day), band);
        }
    }

    @EJB
    private OperationsDashboard operations;

    @EJB
    private DashboardAccess dashboards;

    @GET
    @Operation(summary = "The operations dashboard for the filter, within the caller's scope: calls, answered, handle time and speech"
            + " signals (talk ratio, silence) in tiles, per day, per team and per queue, the handle time distribution, the calls now")
    @APIResponse(responseCode = "400", description = "A range reversed or over " + DashboardFilter.MAX_DAYS + " days, an id of nothing,"
            + " a form (calls are not of a form): each on its parameter")
    @APIResponse(responseCode = "403", description = "No VIEW_DASHBOARD, or a site, team, queue or agent out of the caller's scope (audited)")
    public OperationsReport report(@BeanParam DashboardParams filter) {
        return operations.report(filter.toFilter());
    }

    @GET
    @Path("calls")
    @Operation(summary = "The calls behind a number of the dashboard, newest first; each call's id opens /api/v1/calls/{id}")
    @APIResponse(responseCode = "400", description = "As the dashboard's; a day out of the range, a band out of 0 to 5")
    @APIResponse(responseCode = "403", description = "As the dashboard's")
    public ListView<OperationsCallRow> calls(@BeanParam DashboardParams filter, @BeanParam CallParams drill, @BeanParam PageParams page) {
        return ListView.of(operations.calls(filter.toFilter(), drill.toDrill(), page.toRequest()), c -> c);
    }

    @GET
    @Path("export/{table}")
    @Produces({Downloads.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "One table of the dashboard as CSV, streamed: summary, trend, teams, queues, distribution, or the calls behind a"
            + " number (as many as there are)")
    public Response export(@PathParam("table") String table, @BeanParam DashboardParams params, @BeanParam CallParams calls) {
        Table which = choice(Table.class, "table", table, null);
        DashboardFilter filter = params.toFilter();
        String name = Downloads.csvName(DASHBOARD, which.name().toLowerCase(Locale.ROOT), filter);
        if (which == Table.CALLS) {
            OperationsDrill drill = calls.toDrill();
            // decided now: the body is written once the request's login has been undone
            DashboardScope scope = operations.scopeOf(filter);
            return Downloads.csv(Downloads.csvRows(csv -> OperationsCsv.calls(csv, operations, scope, drill)), name);
        }
        OperationsReport report = operations.report(filter);
        return Downloads.csv(Downloads.csvRows(csv -> OperationsCsv.write(which, report, csv)), name);
    }

    @GET
    @Path("report.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The operations dashboard for the filter as a PDF report: the filter, the tiles, the trend and the handle time"
            + " distribution as charts, and the tables by team and queue")
    @APIResponse(responseCode = "400", description = "As the dashboard's")
    @APIResponse(responseCode = "403", description = "As the dashboard's")
    public Response pdf(@BeanParam DashboardParams params, @Context SecurityContext security) {
        OperationsReport report = operations.report(params.toFilter());
        return PdfReport.response(DASHBOARD, report, OperationsPdf::write, dashboards.choices(), security);
    }
}
