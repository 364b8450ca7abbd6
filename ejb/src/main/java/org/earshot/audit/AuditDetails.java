package org.earshot.audit;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Structured facts about an audited action, as name/value text pairs. Stored as canonical JSON
 * (names sorted, no spaces), so the same details always hash alike. The monitoring names below are
 * kept in indexed columns of their own, because the viewer filters by them.
 */
public record AuditDetails(SortedMap<String, String> values) {

    public static final String CALL = "call";
    public static final String AGENT = "agent";
    public static final String QUEUE = "queue";
    public static final String MODE = "mode";
    public static final String PURPOSE = "purpose";

    public static final AuditDetails NONE = new AuditDetails(new TreeMap<>());

    public AuditDetails {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** These details and one more; an absent value leaves the name out. */
    public AuditDetails with(String name, Object value) {
        if (value == null) {
            return this;
        }
        TreeMap<String, String> more = new TreeMap<>(values);
        more.put(name, value.toString());
        return new AuditDetails(more);
    }

    public String get(String name) {
        return values.get(name);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The details without the given names. */
    AuditDetails without(String... names) {
        TreeMap<String, String> rest = new TreeMap<>(values);
        for (String name : names) {
            rest.remove(name);
        }
        return new AuditDetails(rest);
    }

    /** Canonical JSON; null when there is nothing to say, so entries without details hash as they always did. */
    String toJson() {
        return isEmpty() ? null : CanonicalJson.write(values);
    }

    static AuditDetails fromJson(String json) {
        return json == null ? NONE : new AuditDetails(CanonicalJson.read(json));
    }

    public Map<String, String> asMap() {
        return values;
    }
}
