package org.earshot.telephony.registrar;

import gov.nist.javax.sip.RequestEventExt;
import java.text.ParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.FromHeader;

/**
 * Who sent a request that acts in the sender's name (feature and monitor codes, BLF subscriptions).
 * INVITEs and SUBSCRIBEs are not challenged, so the From header proves nothing by itself: it counts
 * only when the request comes from a device registered (with digest authentication) for that
 * extension, that is when its source is one of the extension's binding contacts. Otherwise anyone
 * could log agents out, listen to calls or watch agents.
 */
public final class RegisteredCaller {

    private static final Logger LOG = Logger.getLogger(RegisteredCaller.class.getName());

    private final AddressFactory addresses;
    private final LocationService locations;

    public RegisteredCaller(AddressFactory addresses, LocationService locations) {
        this.addresses = addresses;
        this.locations = locations;
    }

    /** The extension the request's From names, if the request came from one of its registered devices; else null. */
    public String of(RequestEventExt event) {
        String extension = ((FromHeader) event.getRequest().getHeader(FromHeader.NAME)).getAddress().getURI()
                instanceof SipURI from ? from.getUser() : null;
        return extension != null && fromDeviceOf(extension, event) ? extension : null;
    }

    private boolean fromDeviceOf(String extension, RequestEventExt event) {
        for (Binding binding : locations.bindingsOf(extension)) {
            try {
                if (addresses.createAddress(binding.contact()).getURI() instanceof SipURI contact
                        && contact.getHost().equals(event.getRemoteIpAddress())
                        && (contact.getPort() < 0 ? 5060 : contact.getPort()) == event.getRemotePort()) {
                    return true;
                }
            } catch (ParseException e) {
                LOG.log(Level.FINE, "Unreadable contact " + binding.contact() + " of " + extension, e);
            }
        }
        return false;
    }
}
