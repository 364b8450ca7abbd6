package org.earshot.audit;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A flat JSON object of text values, written in one canonical form (names in order, no spaces,
 * only the escapes JSON requires) and read back. Enough for audit details, and dependency-free so
 * the hash input is fully under this class's control.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static String write(SortedMap<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, value) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            quote(json, name).append(':');
            quote(json, value);
        });
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    /** Reads what {@link #write} wrote. */
    static SortedMap<String, String> read(String json) {
        Reader reader = new Reader(json);
        SortedMap<String, String> values = new TreeMap<>();
        reader.expect('{');
        while (reader.peek() != '}') {
            if (!values.isEmpty()) {
                reader.expect(',');
            }
            String name = reader.string();
            reader.expect(':');
            values.put(name, reader.string());
        }
        reader.expect('}');
        return values;
    }

    private static final class Reader {

        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        char peek() {
            if (at >= text.length()) {
                throw new IllegalArgumentException("audit details end too early: " + text);
            }
            return text.charAt(at);
        }

        void expect(char c) {
            if (peek() != c) {
                throw new IllegalArgumentException("audit details: expected '" + c + "' at " + at + " in " + text);
            }
            at++;
        }

        String string() {
            expect('"');
            StringBuilder value = new StringBuilder();
            while (peek() != '"') {
                char c = text.charAt(at++);
                if (c == '\\') {
                    char escaped = text.charAt(at++);
                    if (escaped == 'u') {
                        value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    } else {
                        value.append(escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            at++;
            return value.toString();
        }
    }
}
