package org.earshot.telephony.registrar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.earshot.telephony.api.SipAccount;
import org.earshot.telephony.directory.DigestAlgorithm;

/**
 * HTTP digest authentication as SIP uses it, with MD5 and SHA-256. Nonces are stateless: the
 * issue time signed with a per-server secret, so any nonce this server issued can be checked
 * without storing it, and an old one is answered with a fresh challenge marked stale.
 */
public final class DigestAuthenticator {

    public enum Outcome { AUTHENTICATED, STALE_NONCE, WRONG_CREDENTIALS, UNKNOWN_USER, UNSUPPORTED }

    private static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);

    private final String realm;
    private final Clock clock;
    private final SecretKeySpec secret;

    public DigestAuthenticator(String realm, Clock clock) {
        this.realm = realm;
        this.clock = clock;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    String realm() {
        return realm;
    }

    String newNonce() {
        String issued = Long.toString(clock.millis());
        return issued + "." + sign(issued);
    }

    Outcome verify(DigestResponse digest, String method, Optional<SipAccount> credentials) {
        Optional<DigestAlgorithm> algorithm = DigestAlgorithm.fromSipName(digest.algorithm());
        if (algorithm.isEmpty() || !realm.equals(digest.realm()) || digest.response() == null || digest.uri() == null) {
            return Outcome.UNSUPPORTED;
        }
        if (credentials.isEmpty()) {
            return Outcome.UNKNOWN_USER;
        }
        if (!issuedHere(digest.nonce())) {
            return Outcome.WRONG_CREDENTIALS;
        }
        String expected = expectedResponse(algorithm.get(), algorithm.get().ha1Of(credentials.get()), digest, method);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                digest.response().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            return Outcome.WRONG_CREDENTIALS;
        }
        return expired(digest.nonce()) ? Outcome.STALE_NONCE : Outcome.AUTHENTICATED;
    }

    /** RFC 2617 §3.2.2.1: with qop=auth the response covers nonce count and client nonce too. */
    static String expectedResponse(DigestAlgorithm algorithm, String ha1, DigestResponse digest, String method) {
        String ha2 = algorithm.hash(method + ":" + digest.uri());
        if (digest.qop() == null || digest.qop().isBlank()) {
            return algorithm.hash(ha1 + ":" + digest.nonce() + ":" + ha2);
        }
        return algorithm.hash(ha1 + ":" + digest.nonce() + ":" + digest.nonceCount() + ":" + digest.cnonce() + ":"
                + digest.qop() + ":" + ha2);
    }

    private boolean issuedHere(String nonce) {
        if (nonce == null) {
            return false;
        }
        int dot = nonce.indexOf('.');
        return dot > 0 && MessageDigest.isEqual(sign(nonce.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                nonce.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private boolean expired(String nonce) {
        long issued = Long.parseLong(nonce.substring(0, nonce.indexOf('.')));
        return clock.millis() - issued > NONCE_LIFETIME.toMillis();
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
