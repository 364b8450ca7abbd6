package org.earshot.telephony.call;

import javax.sip.Dialog;
import javax.sip.SipException;
import javax.sip.message.Response;

/** What Earshot does with the answer to one of its own requests; the B2BUA calls it under the call's lock. */
interface ResponseHandler {

    void onResponse(Response response, Dialog dialog) throws SipException;

    /** The request was never answered (RFC 3261 timers B and F). */
    default void onTimeout() throws SipException {
        // most requests need no reaction: the call ends by other means
    }
}
