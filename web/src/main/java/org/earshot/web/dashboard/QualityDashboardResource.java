package org.earshot.web.dashboard;

import static org.earshot.web.dashboard.DashboardParams.choice;

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
import org.earshot.dashboard.QualityDashboard;
import org.earshot.dashboard.QualityDrill;
import org.earshot.dashboard.QualityEvaluationRow;
import org.earshot.dashboard.QualityReport;
import org.earshot.dashboard.QualityReport.TrendBy;
import org.earshot.dashboard.QualityReport.TrendPeriod;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("dashboards/quality")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards", description = "The quality dashboard within the caller's VIEW_DASHBOARD scope: tiles, trend, distribution,"
        + " failed questions, sampling targets, calibration; the evaluations behind each number; CSV exports streamed; a PDF report")
public class QualityDashboardResource {

    /** The tables of the dashboard a CSV export is of. */
    enum Table { SUMMARY, TREND, DISTRIBUTION, QUESTIONS, SAMPLING, CALIBRATION, EVALUATIONS }

    /** Which evaluations behind a number: a score band, auto-failed, disputed, a question failed. */
    public static class DrillParams {

        @QueryParam("band")
        @Parameter(description = "A score band from 0 (0 to 10) to 9 (90 to 100)")
        Integer band;

        @QueryParam("autoFailed")
        Boolean autoFailed;

        @QueryParam("disputed")
        Boolean disputed;

        @QueryParam("failedQuestion")
        @Parameter(description = "A question's key: the evaluations that failed it")
        String failedQuestion;

        QualityDrill toDrill() {
            return new QualityDrill(band, autoFailed, disputed, failedQuestion);
        }
    }

    @EJB
    private QualityDashboard quality;

    @EJB
    private DashboardAccess dashboards;

    @GET
    @Operation(summary = "The quality dashboard for the filter, within the caller's scope")
    @APIResponse(responseCode = "400", description = "A range reversed or over " + DashboardFilter.MAX_DAYS + " days, an id of nothing,"
            + " a value of the wrong shape: each on its parameter")
    @APIResponse(responseCode = "403", description = "No VIEW_DASHBOARD, or a site, team, queue or agent out of the caller's scope (audited)")
    public QualityReport report(@BeanParam DashboardParams filter,
                                @QueryParam("period") @Parameter(description = "DAY (default) or WEEK") String period,
                                @QueryParam("by") @Parameter(description = "ALL (default), AGENT, TEAM, QUEUE or FORM") String by) {
        return quality.report(filter.toFilter(), choice(TrendPeriod.class, "period", period, TrendPeriod.DAY),
                choice(TrendBy.class, "by", by, TrendBy.ALL));
    }

    @GET
    @Path("evaluations")
    @Operation(summary = "The evaluations behind a number of the dashboard, newest first")
    public ListView<QualityEvaluationRow> evaluations(@BeanParam DashboardParams filter, @BeanParam DrillParams drill,
                                                      @BeanParam PageParams page) {
        return ListView.of(quality.evaluations(filter.toFilter(), drill.toDrill(), page.toRequest()), e -> e);
    }

    @GET
    @Path("export/{table}")
    @Produces({Downloads.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "One table of the dashboard as CSV, streamed: summary, trend, distribution, questions, sampling, calibration,"
            + " or evaluations (every one behind the number, as many as there are)")
    public Response export(@PathParam("table") String table, @BeanParam DashboardParams params, @BeanParam DrillParams drill,
                           @QueryParam("period") String period, @QueryParam("by") String by) {
        Table which = choice(Table.class, "table", table, null);
        DashboardFilter filter = params.toFilter();
        String name = Downloads.csvName(QualityDashboardPage.DASHBOARD, which.name().toLowerCase(Locale.ROOT), filter);
        if (which == Table.EVALUATIONS) {
            QualityDrill drilled = drill.toDrill();
            // decided now: the body is written once the request's login has been undone
            DashboardScope scope = dashboards.scopeOf(filter);
            return Downloads.csv(Downloads.csvRows(csv -> evaluationRows(csv, quality, scope, drilled)), name);
        }
        QualityReport report = quality.report(filter, choice(TrendPeriod.class, "period", period, TrendPeriod.DAY),
                choice(TrendBy.class, "by", by, TrendBy.ALL));
        return Downloads.csv(Downloads.csvRows(csv -> QualityCsv.write(which, report, csv)), name);
    }

    @GET
    @Path("report.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The dashboard for the filter as a PDF report: the filter, the tiles, the trend and distribution charts and the"
            + " tables")
    @APIResponse(responseCode = "400", description = "As the dashboard's")
    @APIResponse(responseCode = "403", description = "As the dashboard's")
    public Response pdf(@BeanParam DashboardParams params, @QueryParam("period") String period, @QueryParam("by") String by,
                        @Context SecurityContext security) {
        DashboardFilter filter = params.toFilter();
        QualityReport report = quality.report(filter, choice(TrendPeriod.class, "period", period, TrendPeriod.DAY),
                choice(TrendBy.class, "by", by, TrendBy.ALL));
        return PdfReport.response(QualityDashboardPage.DASHBOARD, report, QualityPdf::write, dashboards.choices(), security);
    }

    /** Every evaluation behind the number, a row each as the database hands them over, after a header. */
    static void evaluationRows(CsvWriter csv, QualityDashboard quality, DashboardScope scope, QualityDrill drill) {
        csv.row("evaluation", "call", "day", "agent", "team", "queue", "form", "score", "auto-failed", "disputed", "state");
        quality.eachEvaluation(scope, drill, e -> csv.row(e.evaluationId(), e.callId(), e.day(), e.agent(), e.team(), e.queue(), e.form(),
                e.total(), e.autoFailed(), e.disputed(), e.state()));
    }
}
