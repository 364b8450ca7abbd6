package org.earshot.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.earshot.dashboard.CoachingDashboard;
import org.earshot.dashboard.CoachingPlanRow;
import org.earshot.dashboard.CoachingReport;
import org.earshot.dashboard.CoachingReport.PlanNumber;
import org.earshot.dashboard.CoachingSessionRow;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.SessionDrill;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.StreamedContent;

/**
 * The coaching dashboard page: the filter ({@link DashboardFilterForm}: range, site, team, agent; coaching
 * has no queue and no form), the tiles, charts and tables of {@link CoachingDashboard}, the plans or sessions
 * behind any number (each opening its page), CSV downloads streamed from the service and a PDF report.
 * The services decide what the user may see; refusals land on the filter's inputs.
 */
@Named
@ViewScoped
public class CoachingDashboardPage extends DashboardPage<CoachingReport> {

    private static final long serialVersionUID = 1L;
    static final String DASHBOARD = "coaching";

    @EJB
    private CoachingDashboard coaching;

    private String drillTitle;
    private PlanNumber planNumber;
    private SessionDrill sessionDrill;
    private Page<CoachingPlanRow> plans;
    private Page<CoachingSessionRow> sessions;

    @Override
    protected String dashboard() {
        return DASHBOARD;
    }

    @Override
    protected CoachingReport read(DashboardFilter asked) {
        return coaching.report(asked);
    }

    @Override
    protected void forgetLists() {
        plans = null;
        sessions = null;
    }

    /** Lists the plans behind a number. */
    public void drillPlans(String title, String number) {
        PlanNumber asked = PlanNumber.valueOf(number);
        DashboardFilter shown = getReport().filter();
        ServiceCall.query(FORM, () -> coaching.plans(shown, asked, PageRequest.firstPage(DRILL_ROWS))).ifPresent(page -> {
            drillTitle = title;
            planNumber = asked;
            plans = page;
            sessions = null;
        });
    }

    /** Lists the sessions behind a number: by outcome (or all), of a trainer, in a week (a Monday). */
    public void drillSessions(String title, String outcome, Long trainer, LocalDate week) {
        // EL hands a null String parameter over as ""
        SessionDrill asked = new SessionDrill(outcome == null || outcome.isEmpty() ? null : SessionDrill.Outcome.valueOf(outcome), trainer, week);
        DashboardFilter shown = getReport().filter();
        ServiceCall.query(FORM, () -> coaching.sessions(shown, asked, PageRequest.firstPage(DRILL_ROWS))).ifPresent(page -> {
            drillTitle = title;
            sessionDrill = asked;
            sessions = page;
            plans = null;
        });
    }

    /** A table of the dashboard as shown, as CSV. */
    public StreamedContent csv(String table) {
        return csv(table, CoachingDashboardResource.Table.class, CoachingCsv::write);
    }

    /** Every plan behind the number last opened (or every plan open in the range), as CSV streamed from the database. */
    public StreamedContent plansCsv() {
        DashboardFilter shown = getReport().filter();
        PlanNumber asked = planNumber == null ? PlanNumber.OPEN : planNumber;
        DashboardScope scope = coaching.scopeOf(shown);
        return Downloads.csvContent(Downloads.csvName(DASHBOARD, "plans", shown), csv -> CoachingCsv.plans(csv, coaching, scope, asked));
    }

    /** Every session behind the number last opened (or all of the range), as CSV streamed from the database. */
    public StreamedContent sessionsCsv() {
        DashboardFilter shown = getReport().filter();
        SessionDrill asked = sessionDrill == null ? SessionDrill.ALL : sessionDrill;
        DashboardScope scope = coaching.scopeOf(shown);
        return Downloads.csvContent(Downloads.csvName(DASHBOARD, "sessions", shown), csv -> CoachingCsv.sessions(csv, coaching, scope, asked));
    }

    /** The dashboard as shown, as a PDF report. */
    public StreamedContent pdf() {
        return pdf(CoachingPdf::write);
    }

    /** How many days before a plan count as the agent's score before coaching. */
    public int getBeforeDays() {
        return CoachingReport.BEFORE_DAYS;
    }

    public String getWeeksChart() {
        return CoachingCharts.weeks(getReport());
    }

    public String getGoalsChart() {
        return CoachingCharts.goals(getReport());
    }

    public String getDrillTitle() {
        return drillTitle;
    }

    public Page<CoachingPlanRow> getPlans() {
        return plans;
    }

    public Page<CoachingSessionRow> getSessions() {
        return sessions;
    }
}
