package org.earshot.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardFilterSet.FilterSetView;
import org.earshot.dashboard.DashboardFilterSets;
import org.earshot.dashboard.DashboardScope;
import org.earshot.dashboard.DashboardAccess;
import org.earshot.dashboard.QualityDashboard;
import org.earshot.dashboard.QualityDrill;
import org.earshot.dashboard.QualityEvaluationRow;
import org.earshot.dashboard.QualityReport;
import org.earshot.dashboard.QualityReport.TrendBy;
import org.earshot.dashboard.QualityReport.TrendPeriod;
import org.earshot.query.Page;
import org.earshot.query.PageRequest;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The quality dashboard page: the filter (range, site, team, queue, agent, forms) and the trend's
 * period and lines, the tiles, charts and tables of {@link QualityDashboard}, the evaluations behind
 * any number (each opening its evaluation page), CSV downloads streamed from the service, a PDF report, and the
 * user's saved filter sets. The services decide what the user may see; refusals land on the filter's
 * inputs.
 */
@Named
@ViewScoped
public class QualityDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "dashboard";
    static final String DASHBOARD = "quality";
    private static final int DRILL_ROWS = 50;

    @EJB
    private QualityDashboard quality;

    @EJB
    private DashboardAccess dashboards;

    @EJB
    private DashboardFilterSets filterSets;

    private LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(DashboardFilter.DEFAULT_DAYS - 1L);
    private LocalDate to = LocalDate.now(ZoneOffset.UTC);
    private Long site;
    private Long team;
    private Long queue;
    private Long agent;
    private List<Long> forms = new ArrayList<>();
    private TrendPeriod period = TrendPeriod.DAY;
    private TrendBy by = TrendBy.ALL;

    private QualityReport report;
    private DashboardChoices choices;
    private QualityDrill drill;
    private String drillTitle;
    private Page<QualityEvaluationRow> drilled;
    private List<FilterSetView> savedSets;
    private Long savedSet;
    private String setName;

    public QualityReport getReport() {
        if (report == null) {
            apply();
        }
        return report;
    }

    /** Reads the dashboard for the filter as the inputs say; a refusal lands on its input and keeps the figures shown. */
    public void apply() {
        DashboardFilter filter = filter();
        ServiceCall.query(FORM, () -> quality.report(filter, period, by)).ifPresent(read -> {
            report = read;
            drill = null;
            drilled = null;
        });
    }

    /** Lists the evaluations behind a number: a band, the auto-fails, the disputes, a question's failures, or all of them. */
    public void drill(String title, Integer band, Boolean autoFailed, Boolean disputed, String failedQuestion) {
        // EL hands a null String parameter over as ""
        QualityDrill asked = new QualityDrill(band, autoFailed, disputed, failedQuestion == null || failedQuestion.isEmpty() ? null
                : failedQuestion);
        DashboardFilter filter = report.filter();
        ServiceCall.query(FORM, () -> quality.evaluations(filter, asked, PageRequest.firstPage(DRILL_ROWS))).ifPresent(page -> {
            drill = asked;
            drillTitle = title;
            drilled = page;
        });
    }

    /** A table of the dashboard as shown, as CSV. */
    public StreamedContent csv(String table) {
        QualityReport shown = getReport();
        return DefaultStreamedContent.builder().name("quality-" + table + "-" + shown.filter().from() + "-" + shown.filter().to() + ".csv")
                .contentType(Downloads.CSV).writer(out -> {
                    CsvWriter csv = new CsvWriter(out);
                    QualityCsv.write(QualityDashboardResource.Table.valueOf(table.toUpperCase(Locale.ROOT)), shown, csv);
                    flush(csv);
                }).build();
    }

    /** The dashboard as shown, as a PDF report. */
    public StreamedContent pdf() {
        QualityReport shown = getReport();
        DashboardChoices names = getChoices();
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        Instant now = Instant.now();
        return DefaultStreamedContent.builder().name(QualityPdf.fileName(shown.filter())).contentType(Downloads.PDF)
                .writer(out -> {
                    try {
                        QualityPdf.write(shown, names, user, now, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).build();
    }

    /** Every evaluation behind the number last drilled into (or all of the filter's), as CSV streamed from the database. */
    public StreamedContent evaluationsCsv() {
        DashboardFilter filter = getReport().filter();
        QualityDrill asked = drill == null ? QualityDrill.ALL : drill;
        DashboardScope scope = dashboards.scopeOf(filter);
        return DefaultStreamedContent.builder().name("quality-evaluations-" + filter.from() + "-" + filter.to() + ".csv")
                .contentType(Downloads.CSV).writer(out -> {
                    CsvWriter csv = new CsvWriter(out);
                    QualityDashboardResource.evaluationRows(csv, quality, scope, asked);
                    flush(csv);
                }).build();
    }

    public void saveSet() {
        DashboardFilter filter = filter();
        if (ServiceCall.change(FORM, () -> "Filter set \"" + filterSets.save(DASHBOARD, setName, filter).name() + "\" saved")) {
            savedSets = null;
            setName = null;
        }
    }

    public void applySet() {
        if (savedSet == null) {
            return;
        }
        ServiceCall.query(FORM, () -> filterSets.apply(savedSet)).ifPresent(filter -> {
            from = filter.from();
            to = filter.to();
            site = filter.siteId();
            team = filter.teamId();
            queue = filter.queueId();
            agent = filter.agentId();
            forms = new ArrayList<>(filter.formIds());
            apply();
        });
    }

    public void deleteSet() {
        if (savedSet != null && ServiceCall.change(FORM, () -> {
            filterSets.delete(savedSet);
            return "Filter set deleted";
        })) {
            savedSets = null;
            savedSet = null;
        }
    }

    public List<FilterSetView> getSavedSets() {
        if (savedSets == null) {
            savedSets = ServiceCall.query(null, () -> filterSets.mine(DASHBOARD)).orElse(List.of());
        }
        return savedSets;
    }

    public DashboardChoices getChoices() {
        if (choices == null) {
            choices = ServiceCall.query(null, dashboards::choices).orElse(new DashboardChoices(List.of(), List.of(), List.of(), List.of(),
                    List.of()));
        }
        return choices;
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

    private DashboardFilter filter() {
        return new DashboardFilter(from, to, site, team, queue, agent, new HashSet<>(forms));
    }

    private static void flush(CsvWriter csv) {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getSite() {
        return site;
    }

    public void setSite(Long site) {
        this.site = site;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public Long getQueue() {
        return queue;
    }

    public void setQueue(Long queue) {
        this.queue = queue;
    }

    public Long getAgent() {
        return agent;
    }

    public void setAgent(Long agent) {
        this.agent = agent;
    }

    public List<Long> getForms() {
        return forms;
    }

    public void setForms(List<Long> forms) {
        this.forms = forms == null ? new ArrayList<>() : forms;
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

    public Long getSavedSet() {
        return savedSet;
    }

    public void setSavedSet(Long savedSet) {
        this.savedSet = savedSet;
    }

    public String getSetName() {
        return setName;
    }

    public void setSetName(String setName) {
        this.setName = setName;
    }
}
