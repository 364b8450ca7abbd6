package org.earshot.telephony.registrar;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import javax.sip.InvalidArgumentException;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.earshot.telephony.api.SipAccount;
import org.earshot.telephony.directory.DigestAlgorithm;
import org.earshot.telephony.directory.DirectoryUnavailableException;
import org.earshot.telephony.directory.SubscriberDirectory;
import org.earshot.telephony.sip.SipResponses;

/**
 * REGISTER handling (RFC 3261 §10): digest authentication against the directory, then adding,
 * refreshing and removing the subscriber's bindings. Agents may register several devices.
 */
public final class Registrar {

    static final int MIN_EXPIRES = 60;
    static final int MAX_EXPIRES = 3600;
    /** How soon a phone refused while the directory is not loaded should try again; the application publishes it at start. */
    static final int DIRECTORY_RETRY_SECONDS = 5;

    private final SubscriberDirectory directory;
    private final DigestAuthenticator authenticator;
    private final LocationService locations;
    private final SipResponses responses;
    private final HeaderFactory headers;
    private final AddressFactory addresses;
    private final Clock clock;
    private final List<DigestAlgorithm> challenges;
    private final AuthenticationFailures failures;

    public Registrar(SubscriberDirectory directory, DigestAuthenticator authenticator, LocationService locations,
                     SipResponses responses, HeaderFactory headers, AddressFactory addresses, Clock clock,
                     List<DigestAlgorithm> challenges, AuthenticationFailures failures) {
        this.directory = directory;
        this.authenticator = authenticator;
        this.locations = locations;
        this.responses = responses;
        this.headers = headers;
        this.addresses = addresses;
        this.clock = clock;
        this.challenges = List.copyOf(challenges);
        this.failures = failures;
    }

    /** @param source the address the REGISTER came from, named when its authentication fails */
    public Response register(Request request, String source) throws ParseException, InvalidArgumentException {
        String aor = addressOfRecord(request);
        if (aor == null) {
            return responses.create(Response.BAD_REQUEST, request, "To must be a SIP URI with a user part");
        }
        AuthorizationHeader authorization = (AuthorizationHeader) request.getHeader(AuthorizationHeader.NAME);
        if (authorization == null) {
            return challenge(request, false);
        }
        DigestResponse digest = new DigestResponse(authorization.getUsername(), authorization.getRealm(),
                authorization.getNonce(), uriOf(authorization), authorization.getResponse(), authorization.getAlgorithm(),
                authorization.getCNonce(), nonceCount(authorization), authorization.getQop());
        Optional<SipAccount> account;
        try {
            account = directory.credentialsOf(digest.username());
        } catch (DirectoryUnavailableException e) {
            return directoryUnavailable(request);
        }
        DigestAuthenticator.Outcome outcome = authenticator.verify(digest, Request.REGISTER, account);
        switch (outcome) {
            case UNSUPPORTED:
                return challenge(request, false);
            case STALE_NONCE:
                return challenge(request, true);
            case UNKNOWN_USER, WRONG_CREDENTIALS:
                failures.failed(source, digest.username(), outcome);
                return responses.create(Response.FORBIDDEN, request, "Wrong credentials");
            default:
                break;
        }
        if (!aor.equals(digest.username())) {
            return responses.create(Response.FORBIDDEN, request, "Credentials of " + digest.username() + " cannot register " + aor);
        }
        return updateBindings(request, aor);
    }

    /** Earshot cannot tell who is who yet (it has no directory since it started): the phone should try again soon, not give up. */
    private Response directoryUnavailable(Request request) throws ParseException, InvalidArgumentException {
        Response unavailable = responses.create(Response.SERVICE_UNAVAILABLE, request, "Directory not loaded yet");
        unavailable.addHeader(headers.createRetryAfterHeader(DIRECTORY_RETRY_SECONDS));
        return unavailable;
    }

    private Response updateBindings(Request request, String aor) throws ParseException, InvalidArgumentException {
        List<ContactHeader> contacts = contactsOf(request);
        ExpiresHeader expiresHeader = request.getExpires();
        String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
        long cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
        if (contacts.stream().anyMatch(ContactHeader::isWildCard)) {
            if (contacts.size() != 1 || expiresHeader == null || expiresHeader.getExpires() != 0) {
                return responses.create(Response.BAD_REQUEST, request, "Contact * needs Expires: 0 and no other contact");
            }
            locations.unbindAll(aor);
            return withBindings(responses.create(Response.OK, request, null), aor);
        }
        Instant now = clock.instant();
        for (ContactHeader contact : contacts) {
            int expires = contact.getExpires() >= 0 ? contact.getExpires()
                    : expiresHeader != null ? expiresHeader.getExpires() : MAX_EXPIRES;
            if (expires > 0 && expires < MIN_EXPIRES) {
                Response tooBrief = responses.create(Response.INTERVAL_TOO_BRIEF, request, null);
                tooBrief.addHeader(headers.createMinExpiresHeader(MIN_EXPIRES));
                return tooBrief;
            }
            String uri = contact.getAddress().getURI().toString();
            Binding existing = locations.existing(aor, uri);
            if (existing != null && existing.callId().equals(callId) && existing.cseq() >= cseq) {
                return responses.create(Response.SERVER_INTERNAL_ERROR, request, "Out-of-order REGISTER");
            }
            if (expires == 0) {
                locations.unbind(aor, uri);
            } else {
                locations.bind(new Binding(aor, uri, now.plusSeconds(Math.min(expires, MAX_EXPIRES)), callId, cseq));
            }
        }
        return withBindings(responses.create(Response.OK, request, null), aor);
    }

    private Response withBindings(Response ok, String aor) throws ParseException, InvalidArgumentException {
        Instant now = clock.instant();
        for (Binding binding : locations.bindingsOf(aor)) {
            ContactHeader contact = headers.createContactHeader(addresses.createAddress(binding.contact()));
            contact.setExpires((int) Math.max(0, binding.expiresAt().getEpochSecond() - now.getEpochSecond()));
            ok.addHeader(contact);
        }
        return ok;
    }

    /** 401 with one challenge per offered algorithm, in the configured order (RFC 8760). */
    private Response challenge(Request request, boolean stale) throws ParseException {
        Response unauthorized = responses.create(Response.UNAUTHORIZED, request, null);
        String nonce = authenticator.newNonce();
        for (DigestAlgorithm algorithm : challenges) {
            WWWAuthenticateHeader header = headers.createWWWAuthenticateHeader("Digest");
            header.setRealm(authenticator.realm());
            header.setNonce(nonce);
            header.setAlgorithm(algorithm.sipName());
            header.setQop("auth");
            if (stale) {
                header.setParameter("stale", "true");
            }
            unauthorized.addHeader(header);
        }
        return unauthorized;
    }

    private static String addressOfRecord(Request request) {
        URI uri = ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI();
        return uri instanceof SipURI sip && sip.getUser() != null ? sip.getUser() : null;
    }

    // The digest covers the uri and nc exactly as the client wrote them, so take the raw values.
    private static String uriOf(AuthorizationHeader authorization) {
        return authorization.getParameter("uri");
    }

    private static String nonceCount(AuthorizationHeader authorization) {
        return authorization.getParameter("nc");
    }

    private static List<ContactHeader> contactsOf(Request request) {
        List<ContactHeader> contacts = new ArrayList<>();
        ListIterator<?> it = request.getHeaders(ContactHeader.NAME);
        while (it.hasNext()) {
            contacts.add((ContactHeader) it.next());
        }
        return contacts;
    }
}
