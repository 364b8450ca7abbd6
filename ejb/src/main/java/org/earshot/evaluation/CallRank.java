package org.earshot.evaluation;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Comparator;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A call's place in a draw: the first 8 bytes of HMAC-SHA256 keyed by the draw's seed (8 bytes,
 * big-endian) over the call id (UTF-8), read as an unsigned big-endian number; the lowest ranks
 * first. It depends on nothing but the seed and the id, so a draw's picks do not depend on the order
 * calls were listed in, and anyone holding the seed can recompute a rank with any HMAC tool, e.g.
 * {@code printf %s CALL-ID | openssl dgst -sha256 -mac HMAC -macopt hexkey:SEED-AS-16-HEX-DIGITS}.
 */
record CallRank(long value, String callId) implements Comparable<CallRank> {

    private static final Comparator<CallRank> ORDER = Comparator.comparing(CallRank::value, Long::compareUnsigned)
            .thenComparing(CallRank::callId);

    static CallRank of(long seed, String callId) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(ByteBuffer.allocate(Long.BYTES).putLong(seed).array(), "HmacSHA256"));
            return new CallRank(ByteBuffer.wrap(hmac.doFinal(callId.getBytes(StandardCharsets.UTF_8))).getLong(), callId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }

    /** As an auditor's HMAC tool prints the digest's first 8 bytes. */
    String hex() {
        return HexFormat.of().toHexDigits(value);
    }

    @Override
    public int compareTo(CallRank other) {
        return ORDER.compare(this, other);
    }
}
