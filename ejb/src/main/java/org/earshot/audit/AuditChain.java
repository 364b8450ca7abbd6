package org.earshot.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash chain over audit entries. Each link's hash is SHA-256 of the previous link's hash, its
 * position and the entry's canonical content, so changing, removing, inserting or reordering any
 * chained entry breaks the chain there. A {@link Verifier} walks links in position order and stops
 * at the first break.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(String prevHash, long seq, AuditEntry entry) {
        return sha256(prevHash + ";" + entry.canonicalContent(seq));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Checks links one by one, in ascending position order, from the first. */
    public static final class Verifier {

        private long expectedSeq = 1;
        private String expectedPrevHash = GENESIS;
        private long checked;
        private ChainVerification broken;

        /**
         * Checks the next link and the entry it points to (null when that entry is gone). Returns
         * false once the chain is broken; later links are then not looked at.
         */
        public boolean accept(AuditLink link, AuditEntry entry) {
            if (broken != null) {
                return false;
            }
            long seq = link.getSeq();
            if (seq != expectedSeq) {
                return fail(expectedSeq, "entry " + expectedSeq + " is missing (next present is " + seq + ")");
            }
            if (entry == null) {
                return fail(seq, "entry " + seq + " is missing (its content, id " + link.getEntryId() + ", was deleted)");
            }
            if (!link.getPrevHash().equals(expectedPrevHash)) {
                return fail(seq, "entry " + seq + " does not link to the entry before it");
            }
            if (!hash(link.getPrevHash(), seq, entry).equals(link.getEntryHash())) {
                return fail(seq, "entry " + seq + " was altered or put in another's place: its content does not match its hash");
            }
            checked++;
            expectedSeq++;
            expectedPrevHash = link.getEntryHash();
            return true;
        }

        /**
         * The result; the head tells whether links were cut off at the end of the chain, and the
         * oldest unchained entry (if any was written before the chainer should have linked it) is an
         * entry put into the trail behind the application's back, or a chainer that stopped.
         */
        public ChainVerification finish(long headSeq, String headHash, AuditEntry overdueUnchained) {
            if (broken != null) {
                return broken;
            }
            if (headSeq != expectedSeq - 1 || !headHash.equals(expectedPrevHash)) {
                return ChainVerification.broken(checked, expectedSeq,
                        "the chain ends at entry " + (expectedSeq - 1) + " but its head records entry " + headSeq);
            }
            if (overdueUnchained != null) {
                Instant at = overdueUnchained.getOccurredAt();
                return ChainVerification.unchained(checked, "the entry with id " + overdueUnchained.getId() + " (written "
                        + at + ") is in no link: inserted behind the application's back, or the chainer has stopped");
            }
            return ChainVerification.intact(checked);
        }

        private boolean fail(long seq, String problem) {
            broken = ChainVerification.broken(checked, seq, problem);
            return false;
        }
    }
}
