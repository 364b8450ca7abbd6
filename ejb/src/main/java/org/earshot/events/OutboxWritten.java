package org.earshot.events;

/** A transaction wrote events to the outbox; observed after it commits, to publish them without waiting for the timer. */
public record OutboxWritten() {
}
