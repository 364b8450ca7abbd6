package org.earshot.telephony.sip;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The headers RFC 3261 §8.1.1 requires of every request (and §8.2.6 of every response), by their full names. */
final class MandatoryHeaders {

    private static final Map<String, String> COMPACT = Map.of("v", "Via", "f", "From", "t", "To", "i", "Call-ID",
            "l", "Content-Length", "m", "Contact", "c", "Content-Type");

    private MandatoryHeaders() {
    }

    /** Whether the message has every mandatory header: the check every message passes, so it allocates nothing. */
    static boolean allPresentIn(SIPMessage message) {
        return message.getTopmostVia() != null && message.getFrom() != null && message.getTo() != null
                && message.getCallId() != null && message.getCSeq() != null
                && (!(message instanceof SIPRequest request) || request.getMaxForwards() != null);
    }

    /** The mandatory headers the message lacks, in the order a reader looks for them. */
    static List<String> missingIn(SIPMessage message) {
        List<String> missing = new ArrayList<>();
        if (message.getTopmostVia() == null) {
            missing.add("Via");
        }
        if (message.getFrom() == null) {
            missing.add("From");
        }
        if (message.getTo() == null) {
            missing.add("To");
        }
        if (message.getCallId() == null) {
            missing.add("Call-ID");
        }
        if (message.getCSeq() == null) {
            missing.add("CSeq");
        }
        if (message instanceof SIPRequest request && request.getMaxForwards() == null) {
            missing.add("Max-Forwards");
        }
        return missing;
    }

    /** The name of a header line as it appears in a reason phrase: compact forms spelt out, case as RFC 3261 writes it. */
    static String nameOf(String headerLine) {
        int colon = headerLine == null ? -1 : headerLine.indexOf(':');
        if (colon < 0) {
            return "header";
        }
        String name = headerLine.substring(0, colon).trim();
        String compact = COMPACT.get(name.toLowerCase());
        if (compact != null) {
            return compact;
        }
        for (String known : List.of("Via", "From", "To", "Call-ID", "CSeq", "Max-Forwards", "Contact", "Content-Length")) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return name.length() > 32 ? name.substring(0, 32) : name;
    }
}
