package org.earshot.telephony.sip;

import java.text.ParseException;
import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;

/** Earshot's own Contact ({@code sip:earshot@<address>:<port>} of its UDP listening point), on every message that makes or refreshes a dialog. */
public final class EarshotContact {

    private EarshotContact() {
    }

    public static ContactHeader of(SipProvider provider, AddressFactory addresses, HeaderFactory headers) {
        ListeningPoint point = provider.getListeningPoint(ListeningPoint.UDP);
        try {
            SipURI uri = addresses.createSipURI("earshot", point.getIPAddress());
            uri.setPort(point.getPort());
            return headers.createContactHeader(addresses.createAddress(uri));
        } catch (ParseException e) {
            throw new IllegalStateException("Contact for " + point.getIPAddress(), e);
        }
    }
}
