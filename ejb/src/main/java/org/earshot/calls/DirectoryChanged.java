package org.earshot.calls;

/**
 * Something the telephony core is told of changed: a SIP account, a user's being active, a queue, its
 * members or its monitoring notices (CDI event). {@link TelephonyDirectoryPublisher} observes it after
 * the commit and pushes the core a new directory.
 *
 * @param what the change, for the log
 */
public record DirectoryChanged(String what) {
}
