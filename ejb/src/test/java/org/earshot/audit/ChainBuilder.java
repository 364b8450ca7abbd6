package org.earshot.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Appends entries as the audit service does: consecutive numbers, each linked to the one before. */
final class ChainBuilder {

    static final Instant START = Instant.parse("2025-06-02T09:00:00.123456Z");

    private final List<AuditEntry> entries = new ArrayList<>();

    /** A chain of n ordinary entries. */
    static ChainBuilder ofLength(int n) {
        ChainBuilder chain = new ChainBuilder();
        for (int i = 1; i <= n; i++) {
            chain.append(AuditEvent.of(AuditAction.ORG_UPDATE, "Team", i, "change number " + i));
        }
        return chain;
    }

    ChainBuilder append(AuditEvent event) {
        long seq = entries.size() + 1;
        entries.add(new AuditEntry(seq, START.plusSeconds(seq), "admin", "192.0.2." + seq, event, headHash()));
        return this;
    }

    AuditEntry entry(long seq) {
        return entries.get((int) seq - 1);
    }

    List<AuditEntry> entries() {
        return new ArrayList<>(entries);
    }

    long headSeq() {
        return entries.size();
    }

    String headHash() {
        return entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).getEntryHash();
    }

    /** Verifies the entries against this chain's head, as the audit service walks them. */
    ChainVerification verify() {
        return verify(entries, headSeq(), headHash());
    }

    static ChainVerification verify(List<AuditEntry> walked, long headSeq, String headHash) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditEntry entry : walked) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash);
    }
}
