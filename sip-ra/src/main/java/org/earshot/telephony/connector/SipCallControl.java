package org.earshot.telephony.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.IllegalStateException;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.api.RecordingOptions;
import org.earshot.telephony.api.RecordingSink;
import org.earshot.telephony.api.TelephonyDirectory;

/** The handle an EJB holds; the pooled {@link CallControlManagedConnection} behind it does the work. */
public class SipCallControl implements CallControl {

    private volatile CallControlManagedConnection connection;

    SipCallControl(CallControlManagedConnection connection) {
        this.connection = connection;
    }

    @Override
    public boolean hangUp(String callId) throws ResourceException {
        return connection().hangUp(callId);
    }

    @Override
    public String monitor(String callId, String supervisorExtension, MonitoringMode mode)
            throws MonitorRefusedException, ResourceException {
        return connection().monitor(callId, supervisorExtension, mode);
    }

    @Override
    public void switchMode(String sessionId, MonitoringMode mode) throws MonitorRefusedException, ResourceException {
        connection().switchMode(sessionId, mode);
    }

    @Override
    public void endMonitor(String sessionId) throws MonitorRefusedException, ResourceException {
        connection().endMonitor(sessionId);
    }

    @Override
    public void acceptMonitorRequest(String requestId) throws MonitorRefusedException, ResourceException {
        connection().acceptMonitorRequest(requestId);
    }

    @Override
    public void refuseMonitorRequest(String requestId, String reason) throws MonitorRefusedException, ResourceException {
        connection().refuseMonitorRequest(requestId, reason);
    }

    @Override
    public boolean record(String callId, RecordingSink sink, RecordingOptions options) throws ResourceException {
        return connection().record(callId, sink, options);
    }

    @Override
    public boolean pauseRecording(String callId, String by) throws ResourceException {
        return connection().pauseRecording(callId, by);
    }

    @Override
    public boolean resumeRecording(String callId, String by) throws ResourceException {
        return connection().resumeRecording(callId, by);
    }

    @Override
    public boolean authorizeSubscription(String subscriptionId, boolean allowed) throws ResourceException {
        return connection().authorizeSubscription(subscriptionId, allowed);
    }

    @Override
    public void publishDirectory(TelephonyDirectory directory) throws ResourceException {
        connection().publishDirectory(directory);
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

    private CallControlManagedConnection connection() throws IllegalStateException {
        CallControlManagedConnection current = connection;
        if (current == null) {
            throw new IllegalStateException("This CallControl connection is closed");
        }
        return current;
    }
}
