package org.earshot.telephony.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;
import org.earshot.telephony.api.CallControl;
import org.earshot.telephony.api.CallControlFactory;

/** The container's connection factory: connections come from its pool through the ConnectionManager. */
public class SipCallControlFactory implements CallControlFactory {

    private static final long serialVersionUID = 1L;

    private final CallControlManagedConnectionFactory managedFactory;
    private final transient ConnectionManager connections;
    private Reference reference;

    SipCallControlFactory(CallControlManagedConnectionFactory managedFactory, ConnectionManager connections) {
        this.managedFactory = managedFactory;
        this.connections = connections;
    }

    @Override
    public CallControl getConnection() throws ResourceException {
        return (CallControl) connections.allocateConnection(managedFactory, null);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
