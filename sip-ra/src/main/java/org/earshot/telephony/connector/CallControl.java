package org.earshot.telephony.connector;

import jakarta.resource.ResourceException;

/**
 * A connection to Earshot's telephony core for acting on calls under way, obtained from the
 * {@link CallControlFactory} at {@code java:/eis/earshot/CallControl}. Close it when done (try-with-resources).
 */
public interface CallControl extends AutoCloseable {

    /**
     * Ends the call on both legs; its ENDED event says "hung up by Earshot".
     *
     * @param callId Earshot's id of the call, as in its call events and record
     * @return false when no such call is under way (it may just have ended)
     */
    boolean hangUp(String callId) throws ResourceException;

    @Override
    void close();
}
