package org.earshot.web.dashboard;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A dashboard's download as the REST API answers it: the body streamed, as an attachment with its file name. */
final class Downloads {

    static final String CSV = "text/csv";
    static final String PDF = "application/pdf";

    private Downloads() {
    }

    static Response csv(StreamingOutput body, String fileName) {
        return attachment(body, CSV + "; charset=UTF-8", fileName);
    }

    static Response pdf(StreamingOutput body, String fileName) {
        return attachment(body, PDF, fileName);
    }

    private static Response attachment(StreamingOutput body, String type, String fileName) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
