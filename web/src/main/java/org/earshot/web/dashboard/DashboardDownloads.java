package org.earshot.web.dashboard;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.earshot.dashboard.DashboardFilter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The files every dashboard offers, for its REST resource (a {@link Response}) and its page (a
 * {@link StreamedContent} for {@code p:fileDownload}): CSV written row by row as the answer is sent
 * ({@link CsvWriter}, nothing kept but a buffer, so a list of any size is streamed from the database) and
 * a PDF report written once its figures are read. Whatever a body reads must have been decided before
 * (the scope, the report): it is written after the request's login has been undone.
 */
final class DashboardDownloads {

    static final String CSV = "text/csv";

    /** What writes a file's bytes. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private DashboardDownloads() {
    }

    /** A CSV file's name: of the dashboard, the table and the range, as {@code quality-trend-2026-11-01-2026-11-30.csv}. */
    static String csvName(String dashboard, String table, DashboardFilter filter) {
        return dashboard + "-" + table + "-" + filter.from() + "-" + filter.to() + ".csv";
    }

    static Response csv(String fileName, Consumer<CsvWriter> rows) {
        return attachment(csvBody(rows), CSV + "; charset=UTF-8", fileName);
    }

    static Response pdf(String fileName, Body body) {
        return attachment(body, DashboardPdf.TYPE, fileName);
    }

    static StreamedContent csvContent(String fileName, Consumer<CsvWriter> rows) {
        return content(csvBody(rows), CSV, fileName);
    }

    static StreamedContent pdfContent(String fileName, Body body) {
        return content(body, DashboardPdf.TYPE, fileName);
    }

    private static Body csvBody(Consumer<CsvWriter> rows) {
        return out -> {
            CsvWriter csv = new CsvWriter(out);
            rows.accept(csv);
            csv.flush();
        };
    }

    private static Response attachment(Body body, String type, String fileName) {
        StreamingOutput output = body::write;
        return Response.ok(output, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static StreamedContent content(Body body, String type, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType(type).writer(out -> {
            try {
                body.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).build();
    }
}
