package org.earshot.telephony.sip;

import java.text.ParseException;
import java.util.UUID;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Builds responses the way every Earshot handler answers: a To tag on final responses, an explaining reason. */
public final class SipResponses {

    private final MessageFactory messages;

    public SipResponses(MessageFactory messages) {
        this.messages = messages;
    }

    public Response create(int status, Request request, String reason) throws ParseException {
        Response response = messages.createResponse(status, request);
        if (reason != null) {
            response.setReasonPhrase(reason);
        }
        ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
        if (status >= 200 && to != null && to.getTag() == null) {
            to.setTag(UUID.randomUUID().toString().substring(0, 8));
        }
        return response;
    }

    /** As {@link #create}, for Earshot's own reasons: a response it cannot build is a bug, not a peer's fault. */
    public Response build(int status, Request request, String reason) {
        try {
            return create(status, request, reason);
        } catch (ParseException e) {
            throw new IllegalStateException(status + " to " + request.getMethod(), e);
        }
    }

    /** Sends a response Earshot built on its transaction; one the stack finds invalid is a bug. */
    public static void send(ServerTransaction transaction, Response response) throws SipException {
        try {
            transaction.sendResponse(response);
        } catch (InvalidArgumentException e) {
            throw new IllegalStateException(response.getStatusCode() + " to " + transaction.getRequest().getMethod(), e);
        }
    }
}
