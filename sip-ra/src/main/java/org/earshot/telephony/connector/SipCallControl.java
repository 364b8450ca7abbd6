package org.earshot.telephony.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.IllegalStateException;

/** The handle an EJB holds; the pooled {@link CallControlManagedConnection} behind it does the work. */
public class SipCallControl implements CallControl {

    private volatile CallControlManagedConnection connection;

    SipCallControl(CallControlManagedConnection connection) {
        this.connection = connection;
    }

    @Override
    public boolean hangUp(String callId) throws ResourceException {
        CallControlManagedConnection current = connection;
        if (current == null) {
            throw new IllegalStateException("This CallControl connection is closed");
        }
        return current.hangUp(callId);
    }

    @Override
    public void close() {
        CallControlManagedConnection current = connection;
        connection = null;
        if (current != null) {
            current.closed(this);
        }
    }

    /** The container moved this handle to another managed connection, or invalidated it (null). */
    void attachTo(CallControlManagedConnection other) {
        connection = other;
    }
}
