package org.earshot.web.dashboard;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes CSV (RFC 4180: comma separated, CRLF, fields with a comma, quote or line break quoted) row by
 * row to a stream, keeping nothing but a buffer: an export of any size. Text that a spreadsheet would
 * run as a formula (starting with =, +, - or @) is written after an apostrophe; numbers are written as
 * they are. Null is an empty field.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    public CsvWriter row(Object... fields) {
        try {
            out.write(Arrays.stream(fields).map(CsvWriter::field).collect(Collectors.joining(",")));
            out.write("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() throws IOException {
        out.flush();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
