package org.earshot.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * Events as published: the envelope in JSON (JSON-B, the server's own), the event's record components
 * as its data. Every field is written, null ones as null, so a consumer finds each field its schema names.
 */
public final class EventJson {

    // Thread-safe, and costly to create.
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private EventJson() {
    }

    public static String of(EventEnvelope envelope) {
        return JSONB.toJson(envelope);
    }
}
