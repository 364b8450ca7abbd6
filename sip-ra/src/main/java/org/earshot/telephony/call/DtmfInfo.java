package org.earshot.telephony.call;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.header.ContentTypeHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Keys sent by SIP INFO, as many desk phones do instead of (or besides) RFC 4733: the body is
 * {@code application/dtmf-relay} ({@code Signal=2}, {@code Duration=160} lines) or
 * {@code application/dtmf} (the key alone). A supervisor's key is reported as MONITOR_DTMF, like an
 * RFC 4733 key; a caller's or agent's as DTMF (reported only: an INFO is not passed on to the other
 * party; masked while the call's recording is paused, see {@link Recordings}). An INFO with another body gets 415 with the types Earshot accepts (RFC 6086 §4.2.2).
 */
final class DtmfInfo {

    private static final String[] ACCEPTED = {"application/dtmf-relay", "application/dtmf"};
    private static final Pattern SIGNAL = Pattern.compile("(?im)^\\s*Signal\\s*=\\s*(\\S+)\\s*$");

    private final Monitoring monitoring;
    private final Recordings recordings;
    private final Signalling signalling;

    DtmfInfo(Monitoring monitoring, Recordings recordings, Signalling signalling) {
        this.monitoring = monitoring;
        this.recordings = recordings;
        this.signalling = signalling;
    }

    /** An INFO on a leg of a call under way (under the call's lock). */
    void received(Leg leg, ServerTransaction transaction) throws SipException {
        Request info = transaction.getRequest();
        ContentTypeHeader type = (ContentTypeHeader) info.getHeader(ContentTypeHeader.NAME);
        String contentType = type == null ? "" : (type.getContentType() + "/" + type.getContentSubType()).toLowerCase(Locale.ROOT);
        String body = Bodies.text(info);
        Optional<Character> key;
        switch (contentType) {
            case "application/dtmf-relay" -> key = body == null ? Optional.empty() : signalIn(body);
            case "application/dtmf" -> key = body == null ? Optional.empty() : keyOf(body.strip());
            default -> {
                signalling.respond(transaction, Response.UNSUPPORTED_MEDIA_TYPE, "Only DTMF is taken by INFO", "Accept", ACCEPTED);
                return;
            }
        }
        if (key.isEmpty()) {
            signalling.respond(transaction, Response.BAD_REQUEST, "No DTMF key in the body");
            return;
        }
        signalling.respond(transaction, Response.OK, null);
        if (leg.monitoring()) {
            monitoring.supervisorPressed(leg.monitor, key.get());
        } else if (leg.call.state == Call.State.ANSWERED) {
            recordings.keyPressed(leg.call, leg.side, key.get());
        }
    }

    private static Optional<Character> signalIn(String body) {
        Matcher signal = SIGNAL.matcher(body);
        return signal.find() ? keyOf(signal.group(1)) : Optional.empty();
    }

    /** A key as phones write it: 0-9, *, #, A-D, or the RFC 4733 event numbers 10 and 11 for * and #. */
    private static Optional<Character> keyOf(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "10" -> Optional.of('*');
            case "11" -> Optional.of('#');
            default -> text.length() == 1 && "0123456789*#ABCD".indexOf(Character.toUpperCase(text.charAt(0))) >= 0
                    ? Optional.of(Character.toUpperCase(text.charAt(0))) : Optional.empty();
        };
    }
}
