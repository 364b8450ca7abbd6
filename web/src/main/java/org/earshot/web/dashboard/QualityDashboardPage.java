package org.earshot.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.QualityDashboard;
import org.earshot.dashboard.QualityDrill;
import org.earshot.dashboard.QualityEvaluationRow;
import org.earshot.dashboard.QualityReport;
import org.earshot.dashboard.QualityReport.TrendBy;
import org.earshot.dashboard.QualityReport.TrendPeriod;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.StreamedContent;

/**
 * The quality dashboard page: the filter (range, site, team, queue, agent, forms; {@link DashboardFilterForm},
 * with the user's saved filter sets) and the trend's period and lines, the tiles, charts and tables of
 * {@link QualityDashboard}, the evaluations behind any number (each opening its evaluation page), CSV
 * downloads streamed from the service and a PDF report ({@link Downloads}). The services decide
 * what the user may see; refusals land on the filter's inputs.
 */
@Named
@ViewScoped
public class QualityDashboardPage extends DashboardPage<QualityReport> {

    private static final long serialVersionUID = 1L;
    static final String DASHBOARD = "quality";

    @EJB
    private QualityDashboard quality;

    private TrendPeriod period = TrendPeriod.DAY;
    private TrendBy by = TrendBy.ALL;

    private QualityDrill drill;
    private String drillTitle;
    private Page<QualityEvaluationRow> drilled;

    @Override
    protected String dashboard() {
        return DASHBOARD;
    }

    @Override
    protected QualityReport read(DashboardFilter asked) {
        return quality.report(asked, period, by);
    }

    @Override
    protected void forgetLists() {
        drill = null;
        drilled = null;
    }

    /** Lists the evaluations behind a number: a band, the auto-fails, the disputes, a question's failures, or all of them. */
    public void drill(String title, Integer band, Boolean autoFailed, Boolean disputed, String failedQuestion) {
        // EL hands a null String parameter over as ""
        QualityDrill asked = new QualityDrill(band, autoFailed, disputed, failedQuestion == null || failedQuestion.isEmpty() ? null
                : failedQuestion);
        DashboardFilter shown = getReport().filter();
        ServiceCall.query(FORM, () -> quality.evaluations(shown, asked, PageRequest.firstPage(DRILL_ROWS))).ifPresent(page -> {
            drill = asked;
            drillTitle = title;
            drilled = page;
        });
    }

    /** A table of the dashboard as shown, as CSV. */
    public StreamedContent csv(String table) {
        return csv(table, QualityDashboardResource.Table.class, QualityCsv::write);
    }

    /** The dashboard as shown, as a PDF report. */
    public StreamedContent pdf() {
        return pdf(QualityPdf::write);
    }

    /** Every evaluation behind the number last drilled into (or all of the filter's), as CSV streamed from the database. */
    public StreamedContent evaluationsCsv() {
        DashboardFilter shown = getReport().filter();
        QualityDrill asked = drill == null ? QualityDrill.ALL : drill;
        DashboardScope scope = dashboards().scopeOf(shown);
        return Downloads.csvContent(Downloads.csvName(DASHBOARD, "evaluations", shown),
                csv -> QualityDashboardResource.evaluationRows(csv, quality, scope, asked));
    }

    public String getTrendChart() {
        return QualityCharts.trend(getReport());
    }

    public String getDistributionChart() {
        return QualityCharts.distribution(getReport());
    }

    public TrendPeriod[] getPeriods() {
        return TrendPeriod.values();
    }

    public TrendBy[] getLines() {
        return TrendBy.values();
    }

    public TrendPeriod getPeriod() {
        return period;
    }

    public void setPeriod(TrendPeriod period) {
        this.period = period;
    }

    public TrendBy getBy() {
        return by;
    }

    public void setBy(TrendBy by) {
        this.by = by;
    }

    public String getDrillTitle() {
        return drillTitle;
    }

    public Page<QualityEvaluationRow> getDrilled() {
        return drilled;
    }
}
