package org.earshot.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.earshot.dashboard.DashboardAccess;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardFilterSets;
import org.earshot.dashboard.DashboardScope;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.StreamedContent;

/**
 * What every dashboard page does alike: it holds the filter ({@link DashboardFilterForm}, with the user's
 * saved sets of the dashboard) and the figures read for it, first for the default range, again when the
 * filter or a saved set is applied (a refusal lands on its input and keeps the figures shown; new figures
 * forget the list opened behind a number); it offers each table as CSV, a list behind a number as CSV
 * streamed from the database, and the figures as a PDF report ({@link Downloads}). Each dashboard's page
 * says how its figures are read and written.
 *
 * @param <R> the dashboard's report
 */
public abstract class DashboardPage<R> implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The id of the page's form, on whose inputs refusals land. */
    static final String FORM = "dashboard";
    /** How many rows of the list behind a number a page shows; the list's CSV holds them all. */
    static final int DRILL_ROWS = 50;

    @EJB
    private DashboardAccess dashboards;

    @EJB
    private DashboardFilterSets filterSets;

    private DashboardFilterForm filter;
    private R report;

    @PostConstruct
    void prepare() {
        filter = new DashboardFilterForm(FORM, dashboard(), dashboards, filterSets);
    }

    /** The dashboard's name: of its saved filter sets and its files. */
    protected abstract String dashboard();

    /** The figures for the filter, through the dashboard's service (which decides what the user may see). */
    protected abstract R read(DashboardFilter asked);

    /** The filter the figures were read for. */
    protected abstract DashboardFilter filterOf(R figures);

    /** Forgets the list opened behind a number, as the figures it was behind are read again. */
    protected abstract void forgetDrill();

    /** Writes one of the figures' tables (its name as the REST export's) as CSV. */
    protected abstract void writeCsv(String table, R figures, CsvWriter csv);

    /** The figures as a PDF report, the filter named by {@code names}, made when and by whom. */
    protected abstract void writePdf(R figures, DashboardChoices names, String user, Instant generated, OutputStream out) throws IOException;

    public R getReport() {
        if (report == null) {
            apply();
        }
        return report;
    }

    /** Reads the dashboard for the filter as the inputs say; a refusal lands on its input and keeps the figures shown. */
    public void apply() {
        DashboardFilter asked = filter.filter();
        ServiceCall.query(FORM, () -> read(asked)).ifPresent(read -> {
            report = read;
            forgetDrill();
        });
    }

    /** Applies the saved filter set chosen, then reads the dashboard for it. */
    public void applySet() {
        if (filter.applySet()) {
            apply();
        }
    }

    /** A table of the dashboard as shown, as CSV. */
    public StreamedContent csv(String table) {
        R shown = getReport();
        return Downloads.csvContent(Downloads.csvName(dashboard(), table, filterOf(shown)), csv -> writeCsv(table, shown, csv));
    }

    /** The dashboard as shown, as a PDF report. */
    public StreamedContent pdf() {
        R shown = getReport();
        DashboardChoices names = filter.getChoices();
        String user = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        Instant now = Instant.now();
        return Downloads.pdfContent(DashboardPdf.fileName(dashboard(), filterOf(shown)), out -> writePdf(shown, names, user, now, out));
    }

    /**
     * A list behind a number, every row of it, as CSV streamed from the database: the scope is decided now,
     * for the filter, and the rows read within it as the download is written.
     */
    protected StreamedContent listCsv(String list, DashboardFilter shown, BiConsumer<CsvWriter, DashboardScope> rows) {
        DashboardScope scope = dashboards.scopeOf(shown);
        return Downloads.csvContent(Downloads.csvName(dashboard(), list, shown), csv -> rows.accept(csv, scope));
    }

    public DashboardFilterForm getFilter() {
        return filter;
    }
}
