package org.earshot.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over audit entries. Each entry's hash is SHA-256 of the previous entry's hash
 * and the entry's canonical content, so changing, removing or reordering any entry breaks every
 * link after it. A {@link Verifier} walks entries in sequence order and stops at the first break.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(AuditEntry entry) {
        return sha256(entry.getPrevHash() + ";" + entry.canonicalContent());
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Checks entries one by one, in ascending sequence order, from the first. */
    public static final class Verifier {

        private long expectedSeq = 1;
        private String expectedPrevHash = GENESIS;
        private long checked;
        private ChainVerification broken;

        /** Returns false once the chain is broken; later entries are then not looked at. */
        public boolean accept(AuditEntry entry) {
            if (broken != null) {
                return false;
            }
            if (entry.getSeq() != expectedSeq) {
                return fail(expectedSeq, "entry " + expectedSeq + " is missing (next present is " + entry.getSeq() + ")");
            }
            if (!entry.getPrevHash().equals(expectedPrevHash)) {
                return fail(entry.getSeq(), "entry " + entry.getSeq() + " does not link to the entry before it");
            }
            if (!hash(entry).equals(entry.getEntryHash())) {
                return fail(entry.getSeq(), "entry " + entry.getSeq() + " was altered: its content does not match its hash");
            }
            checked++;
            expectedSeq++;
            expectedPrevHash = entry.getEntryHash();
            return true;
        }

        /** The result; the head tells whether entries were cut off at the end of the chain. */
        public ChainVerification finish(long headSeq, String headHash) {
            if (broken != null) {
                return broken;
            }
            if (headSeq != expectedSeq - 1 || !headHash.equals(expectedPrevHash)) {
                return ChainVerification.broken(checked, expectedSeq,
                        "the chain ends at entry " + (expectedSeq - 1) + " but its head records entry " + headSeq);
            }
            return ChainVerification.intact(checked);
        }

        private boolean fail(long seq, String problem) {
            broken = ChainVerification.broken(checked, seq, problem);
            return false;
        }
    }
}
