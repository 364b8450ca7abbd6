package org.earshot.web.dashboard;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import org.earshot.dashboard.DashboardChoices;
import org.earshot.dashboard.DashboardReport;

/** How a dashboard's report is written as a PDF: its figures, the names of the filter's choices, by whom, when. */
@FunctionalInterface
interface PdfReport<R extends DashboardReport> {

    void write(R report, DashboardChoices choices, String user, Instant generated, OutputStream out) throws IOException;

    /** The REST answer: {@code report} as {@code writer} writes it for the caller, now, named after the dashboard and the range. */
    static <R extends DashboardReport> Response response(String dashboard, R report, PdfReport<R> writer, DashboardChoices choices,
                                                         SecurityContext security) {
        String user = security.getUserPrincipal().getName();
        Instant now = Instant.now();
        return Downloads.pdf(out -> writer.write(report, choices, user, now, out), DashboardPdf.fileName(dashboard, report.filter()));
    }
}
