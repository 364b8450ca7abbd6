package org.earshot.web.dashboard;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.earshot.dashboard.DashboardFilter;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A dashboard's downloads, as the REST API answers them (a {@link Response}, an attachment with its file
 * name) and as its page offers them (a {@link StreamedContent} for {@code p:fileDownload}): the body
 * streamed; CSV written row by row as it is sent ({@link CsvWriter}, nothing kept but a buffer, so a list of
 * any size is streamed from the database). Whatever a body reads must be decided before (the scope, the
 * report): it is written after the request's login has been undone.
 */
final class Downloads {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";

    private Downloads() {
    }

    /** A CSV file's name: of the dashboard, the table and the range, as {@code quality-trend-2026-11-01-2026-11-30.csv}. */
    static String csvName(String dashboard, String table, DashboardFilter filter) {
        return dashboard + "-" + table + "-" + filter.from() + "-" + filter.to() + ".csv";
    }

    /** CSV with the rows {@code rows} writes, flushed at the end. */
    static StreamingOutput csvRows(Consumer<CsvWriter> rows) {
        return out -> {
            CsvWriter csv = new CsvWriter(out);
            rows.accept(csv);
            csv.flush();
        };
    }

    static Response csv(StreamingOutput body, String fileName) {
        return attachment(body, CSV + "; charset=UTF-8", fileName);
    }

    static Response pdf(StreamingOutput body, String fileName) {
        return attachment(body, PDF, fileName);
    }

    /** For a page: CSV with the rows {@code rows} writes. */
    static StreamedContent csvContent(String fileName, Consumer<CsvWriter> rows) {
        return content(csvRows(rows), CSV, fileName);
    }

    /** For a page: a PDF report. */
    static StreamedContent pdfContent(String fileName, StreamingOutput body) {
        return content(body, PDF, fileName);
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static StreamedContent content(StreamingOutput body, String type, String fileName) {
        return DefaultStreamedContent.builder().name(fileName).contentType(type).writer(out -> {
            try {
                body.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).build();
    }
}
