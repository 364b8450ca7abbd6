package org.earshot.telephony.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.sip.SipException;
import javax.transaction.xa.XAResource;
import org.earshot.telephony.api.MonitorRefusedException;
import org.earshot.telephony.api.MonitoringMode;
import org.earshot.telephony.api.RecordingOptions;
import org.earshot.telephony.api.RecordingSink;
import org.earshot.telephony.api.TelephonyDirectory;

/**
 * One pooled connection to the SIP server's call control. It holds no socket or session (the B2BUA
 * is in the same JVM); pooling it still lets the container account for and release every handle.
 */
class CallControlManagedConnection implements ManagedConnection {

    private final SipResourceAdapter resourceAdapter;
    private final Set<SipCallControl> handles = ConcurrentHashMap.newKeySet();
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private PrintWriter logWriter;

    CallControlManagedConnection(SipResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    boolean hangUp(String callId) throws ResourceException {
        try {
            return resourceAdapter.callControl().hangUp(callId);
        } catch (SipException e) {
            throw new ResourceException("Could not hang up call " + callId + ": " + e.getMessage(), e);
        }
    }

    String monitor(String callId, String supervisor, MonitoringMode mode) throws MonitorRefusedException, ResourceException {
        try {
            return resourceAdapter.callControl().monitor(callId, supervisor, mode);
        } catch (SipException e) {
            throw new ResourceException("Could not ring supervisor " + supervisor + " for call " + callId + ": " + e.getMessage(), e);
        }
    }

    void switchMode(String sessionId, MonitoringMode mode) throws MonitorRefusedException, ResourceException {
        try {
            resourceAdapter.callControl().switchMonitorMode(sessionId, mode);
        } catch (SipException e) {
            throw new ResourceException("Could not switch monitoring session " + sessionId + " to " + mode + ": "
                    + e.getMessage(), e);
        }
    }

    void endMonitor(String sessionId) throws MonitorRefusedException, ResourceException {
        resourceAdapter.callControl().endMonitor(sessionId);
    }

    void acceptMonitorRequest(String requestId) throws MonitorRefusedException, ResourceException {
        try {
            resourceAdapter.callControl().acceptMonitorRequest(requestId);
        } catch (SipException e) {
            throw new ResourceException("Could not answer monitoring request " + requestId + ": " + e.getMessage(), e);
        }
    }

    void refuseMonitorRequest(String requestId, String reason) throws MonitorRefusedException, ResourceException {
        try {
            resourceAdapter.callControl().refuseMonitorRequest(requestId, reason);
        } catch (SipException e) {
            throw new ResourceException("Could not refuse monitoring request " + requestId + ": " + e.getMessage(), e);
        }
    }

    boolean record(String callId, RecordingSink sink, RecordingOptions options) throws ResourceException {
        return resourceAdapter.callControl().record(callId, sink, options);
    }

    boolean pauseRecording(String callId, String by) throws ResourceException {
        return resourceAdapter.callControl().pauseRecording(callId, by);
    }

    boolean resumeRecording(String callId, String by) throws ResourceException {
        return resourceAdapter.callControl().resumeRecording(callId, by);
    }

    boolean authorizeSubscription(String subscriptionId, boolean allowed) throws ResourceException {
        return resourceAdapter.subscriptions().authorize(subscriptionId, allowed);
    }

    void publishDirectory(TelephonyDirectory directory) throws ResourceException {
        resourceAdapter.directory().install(directory);
    }

    /** A handle was closed: the container may return this connection to the pool. */
    void closed(SipCallControl handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        SipCallControl handle = new SipCallControl(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object handle) {
        SipCallControl moved = (SipCallControl) handle;
        moved.attachTo(this);
        handles.add(moved);
    }

    @Override
    public void cleanup() {
        handles.forEach(handle -> handle.attachTo(null));
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("Call control is not transactional");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("Call control is not transactional");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "Earshot SIP";
            }

            @Override
            public String getEISProductVersion() {
                return "0.1";
            }

            @Override
            public int getMaxConnections() {
                return 0; // no limit: connections are in-process handles
            }

            @Override
            public String getUserName() {
                return null;
            }
        };
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }
}
