package org.earshot.events;

/**
 * Something that happened in Earshot that other parts (recording, evaluation, coaching, the
 * integration routes) may act on. An event type is a record in its capability's package, annotated
 * with its {@link EventType} and described by a JSON Schema in {@code events/<type>.v<version>.schema.json};
 * its components are the event's {@code data}. Publish it only through {@link ApplicationEvents}.
 */
public interface DomainEvent {

    /** Whose history the event belongs to; one aggregate's events are published in the order they were. */
    Aggregate aggregate();
}
