package org.earshot.telephony.connector;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * The Jakarta Connectors entry point of Earshot's telephony core. It owns the lifecycle of the
 * SIP stack; until the telephony core lands it only records that the server started it, so the
 * deployment of the adapter inside the EAR is proven from the first build on.
 */
public class SipResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(SipResourceAdapter.class.getName());

    private volatile boolean started;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        started = true;
        LOG.info("Earshot SIP resource adapter started");
    }

    @Override
    public void stop() {
        started = false;
        LOG.info("Earshot SIP resource adapter stopped");
    }

    public boolean isStarted() {
        return started;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) {
        throw new UnsupportedOperationException("Call event delivery is not available in this version");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        // nothing was activated
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    // A resource adapter is a JavaBean identified by its configuration; it has none yet.
    @Override
    public boolean equals(Object other) {
        return other instanceof SipResourceAdapter;
    }

    @Override
    public int hashCode() {
        return SipResourceAdapter.class.hashCode();
    }
}
