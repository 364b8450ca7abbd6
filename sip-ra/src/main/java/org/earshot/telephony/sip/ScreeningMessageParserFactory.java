package org.earshot.telephony.sip;

import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParser;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.ConnectionOrientedMessageChannel;
import gov.nist.javax.sip.stack.MessageChannel;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The stack's own message parser, with the answers RFC 3261 asks of a server for requests it
 * cannot use. JAIN-SIP RI drops such messages before the application sees them (answering 400 only
 * over UDP and only when every mandatory header is there to copy), so Earshot installs this as the
 * stack's parser factory and answers on the message's own channel, to the address it came from:
 * <ul>
 * <li>a request whose mandatory headers (RFC 3261 §8.1.1) are missing or do not parse gets
 * 400 with a reason naming them ("Missing Call-ID", "Malformed To"), if at least its Via parses;</li>
 * <li>a request of any version but SIP/2.0 gets 505;</li>
 * <li>a request over a stream transport whose headers and body together exceed the size limit
 * gets 513, and the connection is closed, as its body is not read and the stream cannot be framed;</li>
 * <li>anything else that does not parse (no request line, no Via, a response) is dropped.</li>
 * </ul>
 * Each case is counted and tallied for its source; none reaches the transaction layer. A message
 * that parses with its headers in place costs one scan of its first line beyond the stack's own parse.
 */
final class ScreeningMessageParserFactory implements MessageParserFactory {

    private static final Logger LOG = Logger.getLogger(ScreeningMessageParserFactory.class.getName());
    private static final String VERSION = "SIP/2.0";
    private static final int DEFAULT_PORT = 5060;

    private final MessageParserFactory stackDefault = new StringMsgParserFactory();
    private final SipCounters counters;
    private final IncidentTally incidents;
    private final int maxMessageSize;

    ScreeningMessageParserFactory(SipCounters counters, IncidentTally incidents, int maxMessageSize) {
        this.counters = counters;
        this.incidents = incidents;
        this.maxMessageSize = maxMessageSize;
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser parser = stackDefault.createMessageParser(stack);
        return (bytes, readBody, strict, listener) -> screened(parser, bytes, readBody, strict, listener);
    }

    /**
     * {@code readBody} is false when a stream transport parses the headers alone, before it reads
     * the body Content-Length announces: the moment to refuse a message too large to read.
     */
    private SIPMessage screened(MessageParser parser, byte[] bytes, boolean readBody, boolean strict,
                                ParseExceptionListener listener) throws ParseException {
        SIPMessage message;
        try {
            message = parser.parseSIPMessage(bytes, readBody, strict, listener);
        } catch (ParseException | RuntimeException e) {
            return refuseUnparsable(bytes, readBody, listener);
        }
        if (message == null) {
            return null; // a keep-alive (blank lines)
        }
        if (!(message instanceof SIPRequest request)) {
            if (!MandatoryHeaders.allPresentIn(message)) {
                dropped(listener);
                // the stack would trip over the missing header and log the whole message: a flood would flood the log
                throw new ParseException("Response without From, To, Call-ID, CSeq or Via", 0);
            }
            return message;
        }
        if (!speaksSip20(bytes)) {
            return refuse(request, listener, Response.VERSION_NOT_SUPPORTED, "SIP/2.0 only", counters.unsupportedVersions);
        }
        if (!MandatoryHeaders.allPresentIn(request)) {
            return refuse(request, listener, Response.BAD_REQUEST, problemsOf(request, Set.of(), bytes), counters.badRequests);
        }
        if (!readBody && bytes.length + bodyLength(request) > maxMessageSize) {
            refuse(request, listener, Response.MESSAGE_TOO_LARGE, "Over " + maxMessageSize + " bytes", counters.tooLarge);
            // its body stays unread in the stream, which can no longer be split into messages
            ((MessageChannel) listener).close();
            return null;
        }
        return message;
    }

    /**
     * A message the stack could not parse: parsed again skipping the headers that fail, to answer
     * 400 if what remains is a request with a Via to answer along.
     */
    private SIPMessage refuseUnparsable(byte[] bytes, boolean readBody, ParseExceptionListener listener) {
        Set<String> malformed = new LinkedHashSet<>();
        SIPMessage partial;
        try {
            partial = new StringMsgParser().parseSIPMessage(bytes, readBody, false,
                    (e, message, headerClass, header, raw) -> malformed.add(MandatoryHeaders.nameOf(header)));
        } catch (ParseException | RuntimeException e) {
            partial = null; // not even a request line
        }
        if (!(partial instanceof SIPRequest request) || !speaksSip20(bytes)) {
            dropped(listener);
            return null;
        }
        return refuse(request, listener, Response.BAD_REQUEST, problemsOf(request, malformed, bytes), counters.badRequests);
    }

    /**
     * The reason phrase of a 400: the headers that did not parse and those missing. A datagram cut
     * off inside its headers loses its last ones in the parser unseen, so it is called truncated.
     */
    private static String problemsOf(SIPRequest request, Set<String> malformed, byte[] bytes) {
        if (!endsItsHeaders(bytes)) {
            return "Truncated headers";
        }
        List<String> problems = new ArrayList<>();
        if (!malformed.isEmpty()) {
            problems.add("Malformed " + String.join(", ", malformed));
        }
        List<String> missing = MandatoryHeaders.missingIn(request);
        missing.removeAll(malformed);
        if (!missing.isEmpty()) {
            problems.add("Missing " + String.join(", ", missing));
        }
        return String.join("; ", problems);
    }

    private static boolean endsItsHeaders(byte[] bytes) {
        for (int i = 1; i < bytes.length; i++) {
            if (bytes[i] == '\n' && (bytes[i - 1] == '\n' || i > 2 && bytes[i - 1] == '\r' && bytes[i - 2] == '\n')) {
                return true;
            }
        }
        return false;
    }

    /** Answers the request on its channel, unless it is an ACK or has no Via to answer along (then it is dropped). */
    private SIPMessage refuse(SIPRequest request, ParseExceptionListener listener, int status, String reason,
                              LongAdder counter) {
        MessageChannel channel = (MessageChannel) listener;
        if (request.getTopmostVia() == null || Request.ACK.equals(request.getMethod())) {
            dropped(listener);
            return null;
        }
        counter.increment();
        incidents.malformed(channel.getPeerAddress());
        try {
            SIPResponse response = request.createResponse(status, reason);
            if (response.getTo() != null && response.getTo().getTag() == null) {
                response.getTo().setTag(UUID.randomUUID().toString().substring(0, 8));
            }
            answerOn(channel, request, response);
        } catch (IOException | ParseException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not answer " + status + " to " + channel.getPeerAddress(), e);
        }
        return null;
    }

    /**
     * A connection answers on itself ({@link StreamTransport}). A UDP channel that is still parsing
     * its datagram knows the source's address but not yet its port, so the answer goes, from the same
     * socket, where RFC 3261 §18.2.2 sends responses: to that address, at the port of the Via's
     * sent-by (or its rport, when the client filled it in), 5060 if it names none.
     */
    private static void answerOn(MessageChannel channel, SIPRequest request, SIPResponse response) throws IOException {
        if (channel instanceof ConnectionOrientedMessageChannel connection) {
            StreamTransport.write(connection, response.encodeAsBytes(connection.getTransport()));
            return;
        }
        Via via = request.getTopmostVia();
        int port = via.getRPort() > 0 ? via.getRPort() : via.getPort() > 0 ? via.getPort() : DEFAULT_PORT;
        channel.getMessageProcessor().createMessageChannel(InetAddress.getByName(channel.getPeerAddress()), port)
                .sendMessage(response);
    }

    private void dropped(ParseExceptionListener listener) {
        counters.unparsable.increment();
        if (listener instanceof MessageChannel channel) {
            incidents.malformed(channel.getPeerAddress());
        }
    }

    private static int bodyLength(SIPRequest request) {
        return request.getContentLength() == null ? 0 : request.getContentLength().getContentLength();
    }

    /** The request line ends in the version, which the stack's parser accepts whatever it is. */
    private static boolean speaksSip20(byte[] bytes) {
        int start = 0;
        while (start < bytes.length && (bytes[start] == '\r' || bytes[start] == '\n')) {
            start++;
        }
        int end = start;
        while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n') {
            end++;
        }
        return end - start >= VERSION.length()
                && VERSION.equals(new String(bytes, end - VERSION.length(), VERSION.length(), StandardCharsets.US_ASCII));
    }
}
