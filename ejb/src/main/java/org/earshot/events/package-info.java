/**
 * Domain events: what happened in Earshot, written to a transactional outbox with the change that
 * caused it and published in order to the durable JMS topic {@code EarshotEvents}; and the consumers'
 * record of the events they processed, so that a redelivered event is processed once. See docs/events.md.
 */
package org.earshot.events;
