package org.earshot.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.earshot.testing.Fields;
import org.junit.jupiter.api.Test;

/**
 * Login passwords: never stored, only a salted hash the server's realm can verify. The realm's
 * scram-mapper (algorithm scram-sha-256, base64 hash and salt) reads the stored values as the
 * SCRAM-SHA-256 SaltedPassword, so the hash must be exactly that.
 */
class PasswordCredentialTest {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void matchesTheRightPassword() {
        PasswordCredential credential = PasswordCredential.of(PASSWORD.toCharArray());

        assertThat(credential.matches(PASSWORD.toCharArray())).isTrue();
    }

    @Test
    void rejectsAWrongPassword() {
        PasswordCredential credential = PasswordCredential.of(PASSWORD.toCharArray());

        assertThat(credential.matches("correct horse battery!".toCharArray())).isFalse();
        assertThat(credential.matches("Correct horse battery".toCharArray())).isFalse();
        assertThat(credential.matches("correct horse".toCharArray())).isFalse();
        assertThat(credential.matches(new char[0])).isFalse();
    }

    @Test
    void passwordShorterThanEightCharactersIsRefused() {
        assertThatThrownBy(() -> PasswordCredential.of("seven77".toCharArray()))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessage("Password must be at least 8 characters");
        assertThatThrownBy(() -> PasswordCredential.of(null)).isInstanceOf(WeakPasswordException.class);
    }

    @Test
    void passwordOfEightCharactersIsAccepted() {
        assertThat(PasswordCredential.of("eight888".toCharArray()).matches("eight888".toCharArray())).isTrue();
    }

    @Test
    void twoHashesOfTheSamePasswordHaveDifferentSalts() {
        PasswordCredential first = PasswordCredential.of(PASSWORD.toCharArray());
        PasswordCredential second = PasswordCredential.of(PASSWORD.toCharArray());

        assertThat((String) Fields.get(first, "salt")).isNotEqualTo(Fields.get(second, "salt"));
        assertThat(first.getHash()).isNotEqualTo(second.getHash());
        assertThat(second.matches(PASSWORD.toCharArray())).isTrue();
    }

    @Test
    void storedValuesFitTheirColumns() {
        PasswordCredential credential = PasswordCredential.of(PASSWORD.toCharArray());
        String hash = Fields.get(credential, "hash");
        String salt = Fields.get(credential, "salt");
        int iterations = Fields.get(credential, "iterations");

        assertThat(Base64.getDecoder().decode(hash)).hasSize(32);
        assertThat(Base64.getDecoder().decode(salt)).hasSize(16);
        assertThat(hash).hasSizeLessThanOrEqualTo(64);
        assertThat(salt).hasSizeLessThanOrEqualTo(32);
        assertThat(iterations).as("RFC 7677 asks for at least 4096 iterations").isGreaterThanOrEqualTo(4096);
    }

    @Test
    void storedHashIsTheScramSha256SaltedPassword() throws GeneralSecurityException {
        assertStoredHashIsHi("correct horse battery");
    }

    @Test
    void storedHashOfANonAsciiPasswordIsHiOverItsUtf8Bytes() throws GeneralSecurityException {
        // Precomposed (NFC) characters that SASLprep leaves as they are.
        assertStoredHashIsHi("Grüße aus Köln");
    }

    /**
     * RFC 5802 section 2.2: SaltedPassword = Hi(password, salt, i), where
     * U1 = HMAC(password, salt + INT(1)), Uk = HMAC(password, Uk-1), Hi = U1 XOR U2 XOR ... XOR Ui,
     * with HMAC-SHA-256 for SCRAM-SHA-256 (RFC 7677). Computed here by hand, not with PBKDF2.
     */
    private static void assertStoredHashIsHi(String password) throws GeneralSecurityException {
        PasswordCredential credential = PasswordCredential.of(password.toCharArray());
        byte[] salt = Base64.getDecoder().decode((String) Fields.get(credential, "salt"));
        int iterations = Fields.get(credential, "iterations");
        byte[] stored = Base64.getDecoder().decode((String) Fields.get(credential, "hash"));

        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        hmac.update(salt);
        byte[] u = hmac.doFinal(new byte[] {0, 0, 0, 1});
        byte[] hi = u.clone();
        for (int k = 2; k <= iterations; k++) {
            u = hmac.doFinal(u);
            for (int b = 0; b < hi.length; b++) {
                hi[b] ^= u[b];
            }
        }

        assertThat(stored).isEqualTo(hi);
    }
}
