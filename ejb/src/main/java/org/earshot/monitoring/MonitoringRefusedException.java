package org.earshot.monitoring;

import jakarta.ejb.ApplicationException;

/**
 * A monitoring request (start, switch, end) that Earshot refuses; the message says why, for people.
 * The refusal is already in the audit trail as a DENIED entry with the same reason.
 */
@ApplicationException(rollback = true)
public class MonitoringRefusedException extends RuntimeException {

    public MonitoringRefusedException(String reason) {
        super(reason);
    }
}
