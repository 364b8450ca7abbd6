package org.earshot.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds request bodies before anything parses them: a declared Content-Length over the limit is
 * answered with 413 at once, unread; a body without one (chunked) is cut off with 413 as soon as
 * its bytes pass the limit. API bodies are small JSON documents, so the limit (system property
 * {@code earshot.api.max-body-bytes}, 64 KiB by default) leaves them plenty of room.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    static final long MAX_BODY_BYTES = Long.getLong("earshot.api.max-body-bytes", 64 * 1024);

    @Override
    public void filter(ContainerRequestContext request) {
        if (declaredLength(request) > MAX_BODY_BYTES) {
            throw new RequestTooLargeException(MAX_BODY_BYTES);
        }
        request.setEntityStream(new Capped(request.getEntityStream(), MAX_BODY_BYTES));
    }

    private static long declaredLength(ContainerRequestContext request) {
        try {
            String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1; // the server's HTTP layer refuses such a request before it gets here
        }
    }

    /** Counts the bytes read and fails once they pass the limit. */
    private static final class Capped extends FilterInputStream {

        private final long limit;
        private long read;

        Capped(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new RequestTooLargeException(limit);
            }
        }
    }
}
