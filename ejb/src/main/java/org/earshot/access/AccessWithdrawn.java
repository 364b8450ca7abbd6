package org.earshot.access;

/**
 * Someone may have lost a right: a grant was revoked, an account disabled, a monitoring group
 * changed. Fired by the service that made the change; observers check again after it commits.
 *
 * @param cause what happened, for the audit trail ("grant revoked")
 */
public record AccessWithdrawn(String cause) {
}
