package org.earshot.telephony.sip;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.ParseExceptionListener;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import java.text.ParseException;
import java.util.concurrent.atomic.LongAdder;

/**
 * The stack's own message parser, counting what it cannot use. JAIN-SIP RI drops such messages
 * quietly (a 400 at most, for requests over UDP) and tells the application nothing, so Earshot
 * installs this as the stack's parser factory to see them: a message that does not parse, or
 * parses without the From, To, Call-ID, CSeq or Via every message needs (a truncated datagram),
 * which it turns into a parse failure.
 */
final class CountingMessageParserFactory implements MessageParserFactory {

    private final MessageParserFactory stackDefault = new StringMsgParserFactory();
    private final LongAdder unparsable;

    CountingMessageParserFactory(LongAdder unparsable) {
        this.unparsable = unparsable;
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser parser = stackDefault.createMessageParser(stack);
        return (bytes, readBody, strict, listener) -> counted(parser, bytes, readBody, strict, listener);
    }

    private SIPMessage counted(MessageParser parser, byte[] bytes, boolean readBody, boolean strict,
                               ParseExceptionListener listener) throws ParseException {
        SIPMessage message;
        try {
            message = parser.parseSIPMessage(bytes, readBody, strict, listener);
        } catch (ParseException | RuntimeException e) {
            unparsable.increment();
            throw e;
        }
        // null is a keep-alive (blank lines), not a failure
        if (message != null && (message.getFrom() == null || message.getTo() == null || message.getCallId() == null
                || message.getCSeq() == null || message.getTopmostVia() == null)) {
            unparsable.increment();
            // as a parse failure the stack drops it quietly; handed on, it trips over the missing CSeq
            // itself and logs the whole datagram as a warning, which a flood would turn into a log flood
            throw new ParseException("Message without From, To, Call-ID, CSeq or Via", 0);
        }
        return message;
    }
}
