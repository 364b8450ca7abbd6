package org.earshot.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * SIP digest credentials (HA1 = H(username ":" realm ":" password)) checked against published
 * examples, so a registrar holding only these values can verify a phone's response.
 */
class SipDigestTest {

    @Test
    void md5Ha1MatchesTheRfc2617Example() {
        // RFC 2617 section 3.5: HA1 = MD5("Mufasa:testrealm@host.com:Circle Of Life").
        SipDigest digest = SipDigest.of("Mufasa", "testrealm@host.com", "Circle Of Life".toCharArray());

        assertThat(digest.md5()).isEqualTo("939e7578ed9e3c518a452acee763bce9");
    }

    @Test
    void sha256Ha1MatchesTheRfc7616Example() {
        // RFC 7616 section 3.9.1 (username Mufasa, realm http-auth@example.org, password "Circle of Life").
        // The RFC prints only the responses, not HA1; this HA1 was computed once with
        //   printf 'Mufasa:http-auth@example.org:Circle of Life' | sha256sum
        // and is confirmed by sha256ResponseFromTheHa1IsTheOnePublishedInRfc7616 below.
        SipDigest digest = SipDigest.of("Mufasa", "http-auth@example.org", "Circle of Life".toCharArray());

        assertThat(digest.sha256()).isEqualTo("7987c64c30e25f1b74be53f966b49b90f2808aa92faf9a00262392d7b4794232");
    }

    @Test
    void md5Ha1MatchesTheRfc7616Example() {
        // printf 'Mufasa:http-auth@example.org:Circle of Life' | md5sum
        SipDigest digest = SipDigest.of("Mufasa", "http-auth@example.org", "Circle of Life".toCharArray());

        assertThat(digest.md5()).isEqualTo("3d78807defe7de2157e2b0b6573a855f");
    }

    @Test
    void sha256ResponseFromTheHa1IsTheOnePublishedInRfc7616() {
        SipDigest digest = SipDigest.of("Mufasa", "http-auth@example.org", "Circle of Life".toCharArray());

        assertThat(rfc7616Response("SHA-256", digest.sha256()))
                .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
        assertThat(rfc7616Response("MD5", digest.md5())).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    }

    @Test
    void nonAsciiPasswordIsHashedAsUtf8() {
        // printf 'Mufasa:testrealm@host.com:Zürich-Löwe' | md5sum   (a UTF-8 shell)
        SipDigest digest = SipDigest.of("Mufasa", "testrealm@host.com", "Zürich-Löwe".toCharArray());

        assertThat(digest.md5()).isEqualTo("1de30dd9419e298a5d5fd0cbe6e0906f");
    }

    @Test
    void digestsAreLowerCaseHexOfTheFullLength() {
        SipDigest digest = SipDigest.of("1001", "earshot", "long enough".toCharArray());

        assertThat(digest.md5()).matches("[0-9a-f]{32}");
        assertThat(digest.sha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void shortPasswordIsRefused() {
        assertThatThrownBy(() -> SipDigest.of("1001", "earshot", "seven77".toCharArray()))
                .isInstanceOfSatisfying(OrganizationException.class, e -> assertThat(e.getField()).isEqualTo("sipPassword"))
                .hasMessage("SIP password must be at least 8 characters");
        assertThatThrownBy(() -> SipDigest.of("1001", "earshot", null)).isInstanceOf(OrganizationException.class);
    }

    @Test
    void passwordOfEightCharactersIsAccepted() {
        assertThat(SipDigest.of("1001", "earshot", "eight888".toCharArray()).md5()).hasSize(32);
    }

    /**
     * The response of the RFC 7616 section 3.9.1 example (qop=auth, GET /dir/index.html) from a
     * given HA1: H(HA1 ":" nonce ":" nc ":" cnonce ":" qop ":" H(method ":" uri)).
     */
    private static String rfc7616Response(String algorithm, String ha1) {
        String nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
        String cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        String ha2 = hex(algorithm, "GET:/dir/index.html");
        return hex(algorithm, ha1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + ha2);
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
