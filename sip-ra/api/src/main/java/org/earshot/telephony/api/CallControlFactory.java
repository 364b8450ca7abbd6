package org.earshot.telephony.api;

import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import java.io.Serializable;

/** The connection factory EJBs look up to act on calls; bound at {@code java:/eis/earshot/CallControl}. */
public interface CallControlFactory extends Serializable, Referenceable {

    CallControl getConnection() throws ResourceException;
}
