package org.earshot.organization;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The HA1 values of HTTP digest authentication as SIP uses it: H(username ":" realm ":" password)
 * with MD5 (RFC 3261) and SHA-256 (RFC 8760). A registrar can verify either without the password.
 */
public record SipDigest(String md5, String sha256) {

    private static final int MIN_PASSWORD = 8;

    public static SipDigest of(String username, String realm, char[] password) {
        if (password == null || password.length < MIN_PASSWORD) {
            throw new OrganizationException("sipPassword", "SIP password must be at least " + MIN_PASSWORD + " characters");
        }
        return new SipDigest(ha1("MD5", username, realm, password), ha1("SHA-256", username, realm, password));
    }

    static String ha1(String algorithm, String username, String realm, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            digest.update((username + ":" + realm + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
