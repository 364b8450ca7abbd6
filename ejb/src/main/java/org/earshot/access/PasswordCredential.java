package org.earshot.access;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A login password as the server's security realm verifies it: the SCRAM-SHA-256 salted password,
 * which is PBKDF2-HMAC-SHA-256 over the password with a random salt and an iteration count.
 * The password itself is never stored.
 */
@Embeddable
public class PasswordCredential {

    static final int ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int MIN_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "password_hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "password_salt", nullable = false, length = 32)
    private String salt;

    @Column(name = "password_iterations", nullable = false)
    private int iterations;

    protected PasswordCredential() {
    }

    private PasswordCredential(byte[] salt, int iterations, byte[] hash) {
        this.salt = Base64.getEncoder().encodeToString(salt);
        this.iterations = iterations;
        this.hash = Base64.getEncoder().encodeToString(hash);
    }

    /** Hashes a new password; refuses one too short to be worth protecting. */
    public static PasswordCredential of(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new WeakPasswordException("Password must be at least " + MIN_LENGTH + " characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordCredential(salt, ITERATIONS, pbkdf2(password, salt, ITERATIONS));
    }

    public boolean matches(char[] candidate) {
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = pbkdf2(candidate, Base64.getDecoder().decode(salt), iterations);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    String getHash() {
        return hash;
    }
}
