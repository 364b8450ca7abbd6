package org.earshot.telephony.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Makes the pooled connections behind {@link CallControlFactory}. Every connection acts on the same
 * SIP server (the one this adapter started) and none is tied to a user, so any pooled one matches.
 * No transactions: hanging up cannot be rolled back.
 */
public class CallControlManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private transient SipResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager connections) {
        return new SipCallControlFactory(this, connections);
    }

    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new NotSupportedException("Call control runs only inside the application server");
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new CallControlManagedConnection(resourceAdapter);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        return (ManagedConnection) candidates.stream().filter(CallControlManagedConnection.class::isInstance).findFirst().orElse(null);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = (SipResourceAdapter) resourceAdapter;
    }

    // Like the adapter, the factory has no configuration of its own: all instances are alike.
    @Override
    public boolean equals(Object other) {
        return other instanceof CallControlManagedConnectionFactory;
    }

    @Override
    public int hashCode() {
        return CallControlManagedConnectionFactory.class.hashCode();
    }
}
