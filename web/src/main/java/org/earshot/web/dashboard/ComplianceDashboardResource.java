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
import java.util.List;
import java.util.Locale;
import org.earshot.dashboard.ComplianceCallRow;
import org.earshot.dashboard.ComplianceDashboard;
import org.earshot.dashboard.ComplianceDashboard.HoldNumber;
import org.earshot.dashboard.ComplianceDrill;
import org.earshot.dashboard.ComplianceReport;
import org.earshot.dashboard.ComplianceReport.PurgeKind;
import org.earshot.dashboard.DashboardAccess;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.DeletionRow;
import org.earshot.dashboard.LegalHoldRow;
import org.earshot.dashboard.ReviewFindingRow;
import org.earshot.telephony.api.PlayedNotice;
import org.earshot.web.rest.ListView;
import org.earshot.web.rest.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("dashboards/compliance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards")
public class ComplianceDashboardResource {

    /** The dashboard's name: of its CSV files and its saved filter sets. */
    static final String DASHBOARD = "compliance";

    /** The tables of the dashboard a CSV export is of. */
    enum Table { SUMMARY, TREND, NOTICES, PURGES, CALLS, DELETIONS, HOLDS, REVIEWS }

    /** Which calls behind a number: with notices played (of one notice), whose announcement was missed, whose recording was paused; of a day. */
    public static class CallParams {

        @QueryParam("number")
        @Parameter(description = "NOTICES (the default: calls a notice was played on), CALLS (all), ANNOUNCEMENT_MISSED (answered, their announcement due"
                + " and not played) or PAUSED (their recording paused)")
        String number;

        @QueryParam("notice")
        @Parameter(description = "With NOTICES: CALLER_ANNOUNCEMENT, AGENT_NOTICE_TONE, AGENT_NOTICE_PROMPT or BARGE_TONE")
        String notice;

        @QueryParam("day")
        @Parameter(description = "One day of the range, e.g. 2026-11-30 (the day the calls started)")
        String day;

        ComplianceDrill toDrill() {
            return new ComplianceDrill(choice(ComplianceDrill.CallNumber.class, "number", number, ComplianceDrill.CallNumber.NOTICES),
                    optionalChoice(PlayedNotice.class, "notice", notice), optionalDay("day", day));
        }
    }

    @EJB
    private ComplianceDashboard compliance;

    @EJB
    private DashboardAccess dashboards;

    @GET
    @Operation(summary = "The compliance dashboard for the filter, within the caller's scope: notices played, announcements missed, recordings"
            + " paused and purged on the calls in scope; legal holds, open permission reviews and the audit chain's last verification for"
            + " those permitted them (else permitted: false)")
    @APIResponse(responseCode = "400", description = "A range reversed or over " + DashboardFilter.MAX_DAYS + " days, an id of nothing,"
            + " a form (these figures are of no form): each on its parameter")
    @APIResponse(responseCode = "403", description = "No VIEW_DASHBOARD, or a site, team, queue or agent out of the caller's scope (audited)")
    public ComplianceReport report(@BeanParam DashboardParams filter) {
        return compliance.report(filter.toFilter());
    }

    @GET
    @Path("calls")
    @Operation(summary = "The calls behind a number, newest first; each call's id opens /api/v1/calls/{id}, its recording id the recording")
    @APIResponse(responseCode = "400", description = "As the dashboard's; an unknown number or notice, a notice with another number, a day"
            + " out of the range")
    @APIResponse(responseCode = "403", description = "As the dashboard's")
    public ListView<ComplianceCallRow> calls(@BeanParam DashboardParams filter, @BeanParam CallParams drill, @BeanParam PageParams page) {
        return ListView.of(compliance.calls(filter.toFilter(), drill.toDrill(), page.toRequest()), c -> c);
    }

    @GET
    @Path("deletions")
    @Operation(summary = "The recordings deleted in the range whose call is in scope, newest first, from the audit trail: why (RETENTION,"
            + " ERASURE, DELETION), by whom, the call and the recording")
    @APIResponse(responseCode = "400", description = "As the dashboard's; an unknown kind")
    @APIResponse(responseCode = "403", description = "As the dashboard's")
    public ListView<DeletionRow> deletions(@BeanParam DashboardParams filter,
                                           @QueryParam("kind") @Parameter(description = "RETENTION, ERASURE or DELETION; all without") String kind,
                                           @BeanParam PageParams page) {
        return ListView.of(compliance.deletions(filter.toFilter(), optionalChoice(PurgeKind.class, "kind", kind), page.toRequest()), d -> d);
    }

    @GET
    @Path("holds")
    @Operation(summary = "The legal holds behind a number: OPEN now, PLACED or RELEASED in the range; newest first")
    @APIResponse(responseCode = "400", description = "As the dashboard's; an unknown number")
    @APIResponse(responseCode = "403", description = "As the dashboard's; no MANAGE_RECORDINGS (audited)")
    public List<LegalHoldRow> holds(@BeanParam DashboardParams filter,
                                    @QueryParam("number") @Parameter(description = "OPEN (the default), PLACED or RELEASED") String number) {
        return compliance.holds(filter.toFilter(), choice(HoldNumber.class, "number", number, HoldNumber.OPEN));
    }

    @GET
    @Path("reviews")
    @Operation(summary = "The grants open permission reviews should look at (unreviewed for " + ComplianceDashboard.UNREVIEWED_DAYS
            + " days, unused for " + ComplianceDashboard.UNUSED_DAYS + ", or outliving a team move)")
    @APIResponse(responseCode = "403", description = "As the dashboard's; no REVIEW_PERMISSIONS (audited)")
    public List<ReviewFindingRow> reviews(@BeanParam DashboardParams filter) {
        return compliance.reviewFindings(filter.toFilter());
    }

    @GET
    @Path("export/{table}")
    @Produces({Downloads.CSV, MediaType.APPLICATION_JSON})
    @Operation(summary = "One table of the dashboard as CSV: summary, trend, notices, purges; the calls or deletions behind a number"
            + " (streamed, as many as there are); the holds behind a number; the review findings")
    public Response export(@PathParam("table") String table, @BeanParam DashboardParams params, @BeanParam CallParams calls,
                           @QueryParam("kind") String kind, @QueryParam("number") String number) {
        Table which = choice(Table.class, "table", table, null);
        DashboardFilter filter = params.toFilter();
        String name = Downloads.csvName(DASHBOARD, which.name().toLowerCase(Locale.ROOT), filter);
        return switch (which) {
            case CALLS -> {
                ComplianceDrill drill = calls.toDrill();
                // decided now: the body is written once the request's login has been undone
                DashboardScope scope = compliance.scopeOf(filter);
                yield Downloads.csv(Downloads.csvRows(csv -> ComplianceCsv.calls(csv, compliance, scope, drill)), name);
            }
            case DELETIONS -> {
                PurgeKind purgeKind = optionalChoice(PurgeKind.class, "kind", kind);
                DashboardScope scope = compliance.scopeOf(filter);
                yield Downloads.csv(Downloads.csvRows(csv -> ComplianceCsv.deletions(csv, compliance, scope, purgeKind)), name);
            }
            case HOLDS -> {
                List<LegalHoldRow> holds = compliance.holds(filter, choice(HoldNumber.class, "number", number, HoldNumber.OPEN));
                yield Downloads.csv(Downloads.csvRows(csv -> ComplianceCsv.holds(csv, holds)), name);
            }
            case REVIEWS -> {
                List<ReviewFindingRow> findings = compliance.reviewFindings(filter);
                yield Downloads.csv(Downloads.csvRows(csv -> ComplianceCsv.reviews(csv, findings)), name);
            }
            default -> {
                ComplianceReport report = compliance.report(filter);
                yield Downloads.csv(Downloads.csvRows(csv -> ComplianceCsv.write(which, report, csv)), name);
            }
        };
    }

    @GET
    @Path("report.pdf")
    @Produces({Downloads.PDF, MediaType.APPLICATION_JSON})
    @Operation(summary = "The compliance dashboard for the filter as a PDF report: the filter, the tiles, the trend and the notices as charts,"
            + " the purges, and the holds, reviews and verification the caller is permitted")
    @APIResponse(responseCode = "400", description = "As the dashboard's")
    @APIResponse(responseCode = "403", description = "As the dashboard's")
    public Response pdf(@BeanParam DashboardParams params, @Context SecurityContext security) {
        ComplianceReport report = compliance.report(params.toFilter());
        return PdfReport.response(DASHBOARD, report, CompliancePdf::write, dashboards.choices(), security);
    }
}
