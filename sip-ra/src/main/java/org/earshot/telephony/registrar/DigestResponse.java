package org.earshot.telephony.registrar;

/** The fields of a client's digest Authorization header (RFC 3261 §22.4, RFC 8760). */
record DigestResponse(String username, String realm, String nonce, String uri, String response,
                             String algorithm, String cnonce, String nonceCount, String qop) {
}
