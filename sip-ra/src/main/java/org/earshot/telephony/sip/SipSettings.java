package org.earshot.telephony.sip;

import java.util.List;
import org.earshot.telephony.directory.DigestAlgorithm;

/**
 * Where and how Earshot speaks SIP. The demo listens on loopback; a deployment sets the address
 * its phones and trunks reach, and the range of UDP ports media is anchored on. Digest challenges are offered in the given order: RFC 8760 puts
 * SHA-256 first, but some phones (sipp among them) answer only the first challenge they see and
 * know only MD5, so a site with such phones lists MD5 first.
 */
public record SipSettings(String address, int port, String realm, String stackName, List<DigestAlgorithm> challenges,
                          int rtpFirstPort, int rtpLastPort) {

    public SipSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SIP port must be 1 to 65535, was " + port);
        }
        if (challenges.isEmpty()) {
            throw new IllegalArgumentException("At least one digest algorithm must be offered");
        }
        challenges = List.copyOf(challenges);
    }

    /** Settings with the RFC 8760 order of challenges: SHA-256, then MD5. */
    public static SipSettings of(String address, int port, String realm, String stackName) {
        return new SipSettings(address, port, realm, stackName, List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5),
                20000, 29999);
    }

    public SipSettings withChallenges(DigestAlgorithm... order) {
        return new SipSettings(address, port, realm, stackName, List.of(order), rtpFirstPort, rtpLastPort);
    }

    /** The UDP ports media is anchored on (RTP on even ports). */
    public SipSettings withRtpPorts(int first, int last) {
        return new SipSettings(address, port, realm, stackName, challenges, first, last);
    }
}
