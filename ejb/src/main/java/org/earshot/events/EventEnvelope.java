package org.earshot.events;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.UUID;

/** What is published for every event: its identity, type, version, time and aggregate, and the event as data. */
@JsonbPropertyOrder({"id", "type", "version", "occurredAt", "aggregate", "data"})
public record EventEnvelope(UUID id, String type, int version, Instant occurredAt, Aggregate aggregate, DomainEvent data) {

    public static EventEnvelope of(DomainEvent event, Instant occurredAt) {
        EventType type = typeOf(event.getClass());
        return new EventEnvelope(UUID.randomUUID(), type.name(), type.version(), occurredAt, event.aggregate(), event);
    }

    /** The type of an event record, which every one must declare. */
    public static EventType typeOf(Class<? extends DomainEvent> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " declares no @EventType");
        }
        return type;
    }
}
