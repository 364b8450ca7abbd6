package org.earshot.telephony.sip;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.SipStack;

/** Writes each SIP message the stack sends or receives to java.util.logging at FINEST (a wire trace when enabled). */
public class JulServerLogger implements ServerLogger {

    private static final Logger LOG = Logger.getLogger("org.earshot.telephony.sip.wire");

    @Override
    public void closeLogFile() {
        // nothing opened
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        trace(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        trace(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        trace(message, from, to, sender);
    }

    @Override
    public void logException(Exception ex) {
        LOG.log(Level.FINE, ex.getMessage(), ex);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // not needed
    }

    @Override
    public void setSipStack(SipStack sipStack) {
        // not needed
    }

    private static void trace(SIPMessage message, String from, String to, boolean sender) {
        if (LOG.isLoggable(Level.FINEST)) {
            LOG.finest((sender ? "sent " : "received ") + from + " -> " + to + "\n" + message.encode());
        }
    }
}
