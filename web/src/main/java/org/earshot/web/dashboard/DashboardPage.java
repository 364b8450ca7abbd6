package org.earshot.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import org.earshot.dashboard.DashboardAccess;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardFilter;
import org.earshot.dashboard.DashboardFilterSets;
import org.earshot.dashboard.DashboardReport;
import org.earshot.web.faces.ServiceCall;
import org.primefaces.model.StreamedContent;

/**
 * What every dashboard's page bean does the same way: holds the filter's inputs and saved sets
 * ({@link DashboardFilterForm}, shown by {@code WEB-INF/includes/dashboard-filter.xhtml} in the form
 * {@value #FORM}), reads the figures when first shown and on Apply (a refusal lands on its input and keeps
 * the figures shown), and applies a saved set. Each page says how its figures are read and what it forgets
 * of the lists opened behind the numbers when they are read again.
 */
public abstract class DashboardPage<R extends DashboardReport> implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "dashboard";
    /** How many rows a list behind a number shows; its CSV holds every one. */
    static final int DRILL_ROWS = 50;

    @EJB
    private DashboardAccess dashboards;

    @EJB
    private DashboardFilterSets filterSets;

    private DashboardFilterForm filter;
    private R report;

    @PostConstruct
    void prepareFilter() {
        filter = new DashboardFilterForm(FORM, dashboard(), dashboards, filterSets);
    }

    /** The dashboard's name: of its saved filter sets and its downloads. */
    protected abstract String dashboard();

    /** Reads the figures for the filter. */
    protected abstract R read(DashboardFilter asked);

    /** Forgets the lists opened behind the numbers of the figures read before. */
    protected abstract void forgetLists();

    public R getReport() {
        if (report == null) {
            apply();
        }
        return report;
    }

    /** Reads the dashboard for the filter as the inputs say. */
    public void apply() {
        DashboardFilter asked = filter.filter();
        ServiceCall.query(FORM, () -> read(asked)).ifPresent(read -> {
            report = read;
            forgetLists();
        });
    }

    /** Applies the saved filter set chosen, then reads the dashboard for it. */
    public void applySet() {
        if (filter.applySet()) {
            apply();
        }
    }

    /** The dashboard as shown, as the PDF report {@code report} writes (named after the dashboard and the range). */
    protected StreamedContent pdf(PdfReport<R> report) {
        R shown = getReport();
        DashboardChoices names = filter.getChoices();
        String by = user();
        Instant now = Instant.now();
        return Downloads.pdfContent(DashboardPdf.fileName(dashboard(), shown.filter()), out -> report.write(shown, names, by, now, out));
    }

    /** A table of the dashboard as shown, as CSV: {@code table} names one of {@code tables}, written by {@code writer}. */
    protected <T extends Enum<T>> StreamedContent csv(String table, Class<T> tables, CsvTable<T, R> writer) {
        R shown = getReport();
        T which = Enum.valueOf(tables, table.toUpperCase(Locale.ROOT));
        return Downloads.csvContent(Downloads.csvName(dashboard(), table, shown.filter()), csv -> writer.write(which, shown, csv));
    }

    /** How one of a dashboard's tables is written as CSV. */
    @FunctionalInterface
    protected interface CsvTable<T, R> {
        void write(T table, R report, CsvWriter csv);
    }

    public DashboardFilterForm getFilter() {
        return filter;
    }

    protected DashboardAccess dashboards() {
        return dashboards;
    }

    /** Who is looking: the PDF report says by whom it was made. */
    private static String user() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
