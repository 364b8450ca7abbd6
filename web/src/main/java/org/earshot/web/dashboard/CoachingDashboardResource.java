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
import org.earshot.dashboard.CoachingDashboard;
import org.earshot.dashboard.CoachingPlanRow;
import org.earshot.dashboard.CoachingReport;
import org.earshot.dashboard.CoachingReport.PlanNumber;
import org.earshot.dashboard.CoachingSessionRow;
import org.earshot.dashboard.DashboardAccess;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.SessionDrill;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("dashboards/coaching")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class CoachingDashboardResource {

    /** The tables of the dashboard a CSV export is of. */
    enum Table { SUMMARY, WEEKS, GOALS, TRAINERS, SCORES, PLANS, SESSIONS }

    /** Which sessions behind a number: by outcome, of a trainer, in a week. */
    public static class SessionParams {

        @QueryParam("outcome")
        @Parameter(description = "HELD, MISSED, CANCELLED, SCHEDULED or ACKNOWLEDGED; all without it")
        String outcome;

        @QueryParam("trainer")
        @Parameter(description = "A trainer's user id")
        Long trainer;

        @QueryParam("week")
        @Parameter(description = "A week's Monday, e.g. 2026-11-30")
        String week;

        SessionDrill toDrill() {
            return new SessionDrill(optionalChoice(SessionDrill.Outcome.class, "outcome", outcome), trainer, optionalDay("week", week));
        }
    }

    @EJB
    private CoachingDashboard coaching;

    @EJB
    private DashboardAccess dashboards;

    @GET
    @Operation(summary = "The coaching dashboard for the filter, within the caller's scope: plans, sessions, goal attainment, each"
            + " trainer's sessions and the coached agents' scores before and after")
    @APIResponse(responseCode = "400", description = "A range reversed or over " + DashboardFilter.MAX_DAYS + " days, an id of nothing,"
            + " a queue or form (coaching has neither): each on its parameter")
    @APIResponse(responseCode = "403", description = "No VIEW_DASHBOARD, or a site, team or agent out of the caller's scope (audited)")
    public CoachingReport report(@BeanParam DashboardParams filter) {
        return coaching.report(filter.toFilter());
    }

    @GET
    @Path("plans")
    @Operation(summary = "The coaching plans behind a number of the dashboard, newest first")
    public ListView<CoachingPlanRow> plans(@BeanParam DashboardParams filter,
                                           @QueryParam("number") @Parameter(description = "OPEN, STARTED, ACHIEVED, MISSED, CLOSED or"
                                                   + " COMPARED") String number,
                                           @BeanParam PageParams page) {
        return ListView.of(coaching.plans(filter.toFilter(), choice(PlanNumber.class, "number", number, null), page.toRequest()), p -> p);
    }

    @GET
    @Path("sessions")
    @Operation(summary = "The coaching sessions behind a number of the dashboard, newest first")
    public ListView<CoachingSessionRow> sessions(@BeanParam DashboardParams filter, @BeanParam SessionParams drill,
                                                 @BeanParam PageParams page) {
        return ListView.of(coaching.sessions(filter.toFilter(), drill.toDrill(), page.toRequest()), s -> s);
    }

    @GET
    @Path("export/{table}")
    @Produces({Downloads.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "One table of the dashboard as CSV, streamed: summary, weeks, goals, trainers, scores, or the plans or sessions"
            + " behind a number (as many as there are)")
    public Response export(@PathParam("table") String table, @BeanParam DashboardParams params, @QueryParam("number") String number,
                           @BeanParam SessionParams sessions) {
        Table which = choice(Table.class, "table", table, null);
        DashboardFilter filter = params.toFilter();
        String name = Downloads.csvName("coaching", which.name().toLowerCase(Locale.ROOT), filter);
        if (which == Table.PLANS || which == Table.SESSIONS) {
            PlanNumber plans = which == Table.PLANS ? choice(PlanNumber.class, "number", number, PlanNumber.OPEN) : null;
            SessionDrill drill = which == Table.SESSIONS ? sessions.toDrill() : null;
            // decided now: the body is written once the request's login has been undone
            DashboardScope scope = coaching.scopeOf(filter);
            return Downloads.csv(Downloads.csvRows(csv -> {
                if (plans != null) {
                    CoachingCsv.plans(csv, coaching, scope, plans);
                } else {
                    CoachingCsv.sessions(csv, coaching, scope, drill);
                }
            }), name);
        }
        CoachingReport report = coaching.report(filter);
        return Downloads.csv(Downloads.csvRows(csv -> CoachingCsv.write(which, report, csv)), name);
    }

    @GET
    @Path("report.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The coaching dashboard for the filter as a PDF report: the filter, the tiles, sessions per week as a chart and"
            + " the tables")
    @APIResponse(responseCode = "400", description = "As the dashboard's")
    @APIResponse(responseCode = "403", description = "As the dashboard's")
    public Response pdf(@BeanParam DashboardParams params, @Context SecurityContext security) {
        CoachingReport report = coaching.report(params.toFilter());
        return PdfReport.response(CoachingDashboardPage.DASHBOARD, report, CoachingPdf::write, dashboards.choices(), security);
    }
}
