package org.earshot.telephony.sip;

import java.text.ParseException;
import java.util.UUID;
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
}
