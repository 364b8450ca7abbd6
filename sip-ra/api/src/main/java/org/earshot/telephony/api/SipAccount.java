package org.earshot.telephony.api;

/**
 * The digest secrets an active user's phone registers with: HA1 values (RFC 7616), never the password.
 *
 * @param extension the SIP username, which is also the number that rings the user's phones
 */
public record SipAccount(String extension, String realm, String ha1Md5, String ha1Sha256) {
}
