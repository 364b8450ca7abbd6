package org.earshot.telephony.connector;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

/**
 * How a message endpoint (an MDB) subscribes to what the telephony core tells. Every active
 * endpoint of a listener type receives everything of that type, so there is nothing to configure;
 * the subclass says which listener type it is for.
 */
public abstract class ListenerActivationSpec implements ActivationSpec {

    private ResourceAdapter resourceAdapter;

    @Override
    public void validate() throws InvalidPropertyException {
        // no properties to check
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }
}
