package org.earshot.notification;

/**
 * A user was notified (CDI event, fired by {@link Notifications}). Observe it after the transaction
 * succeeds: a rolled-back step notified nobody. It names only the recipient, whose bell re-reads
 * the service.
 */
public record NotificationSent(String recipientUsername) {
}
