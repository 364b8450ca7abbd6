package org.earshot.telephony.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.earshot.telephony.api.SipAccount;

/** The digest algorithms Earshot's registrar offers, strongest first (RFC 8760). */
public enum DigestAlgorithm {
    SHA_256("SHA-256", "SHA-256"),
    MD5("MD5", "MD5");

    private final String sipName;
    private final String javaName;

    DigestAlgorithm(String sipName, String javaName) {
        this.sipName = sipName;
        this.javaName = javaName;
    }

    public String sipName() {
        return sipName;
    }

    /** The algorithm a client names in its Authorization header; absent means MD5 (RFC 3261). */
    public static Optional<DigestAlgorithm> fromSipName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(MD5);
        }
        for (DigestAlgorithm algorithm : values()) {
            if (algorithm.sipName.equalsIgnoreCase(name.strip())) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }

    public String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(javaName).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(javaName + " is part of every Java runtime", e);
        }
    }

    /** The account's HA1 for this algorithm. */
    public String ha1Of(SipAccount account) {
        return this == SHA_256 ? account.ha1Sha256() : account.ha1Md5();
    }
}
