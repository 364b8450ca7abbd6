package org.earshot.telephony.directory;

/** A subscriber's digest secrets as the organization model keeps them: HA1 values, never the password. */
public record DigestCredentials(String username, String realm, String ha1Md5, String ha1Sha256) {

    /** The HA1 for a digest algorithm named as in RFC 8760 ("MD5", "SHA-256"), or null if unsupported. */
    public String ha1For(DigestAlgorithm algorithm) {
        return algorithm == DigestAlgorithm.SHA_256 ? ha1Sha256 : ha1Md5;
    }
}
