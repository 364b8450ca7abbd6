package org.earshot.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.earshot.testing.Fields;

/**
 * Writes entries as business transactions do (each with the next id) and links them as the chainer
 * does: consecutive positions, each link after the one before.
 */
final class ChainBuilder {

    static final Instant START = Instant.parse("2025-06-02T09:00:00.123456Z");

    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<AuditLink> links = new ArrayList<>();

    /** A chain of n ordinary entries. */
    static ChainBuilder ofLength(int n) {
        ChainBuilder chain = new ChainBuilder();
        for (int i = 1; i <= n; i++) {
            chain.append(AuditEvent.of(TestActions.Organization.ORG_UPDATE, "Team", i, "change number " + i));
        }
        return chain;
    }

    /** Writes the entry and links it at the end of the chain. */
    ChainBuilder append(AuditEvent event) {
        AuditEntry entry = written(event);
        links.add(new AuditLink(links.size() + 1, entry, headHash()));
        return this;
    }

    /** Writes an entry as a business transaction does, without linking it. */
    AuditEntry written(AuditEvent event) {
        long id = 100 + entries.size();
        AuditEntry entry = Fields.withId(new AuditEntry(START.plusSeconds(id), "admin", "192.0.2." + (id % 250), event), id);
        entries.add(entry);
        return entry;
    }

    /** The entry linked at a position. */
    AuditEntry entry(long seq) {
        long id = link(seq).getEntryId();
        return entries.stream().filter(e -> e.getId() == id).findFirst().orElseThrow();
    }

    AuditLink link(long seq) {
        return links.get((int) seq - 1);
    }

    List<AuditLink> links() {
        return new ArrayList<>(links);
    }

    long headSeq() {
        return links.size();
    }

    String headHash() {
        return links.isEmpty() ? AuditChain.GENESIS : links.get(links.size() - 1).getEntryHash();
    }

    /** Verifies the whole chain against its head, as the audit service walks it. */
    ChainVerification verify() {
        return verify(links, headSeq(), headHash());
    }

    /** Verifies the given links, each with the entry it points to (if that entry is still there). */
    ChainVerification verify(List<AuditLink> walked, long headSeq, String headHash) {
        return verify(walked, headSeq, headHash, null);
    }

    ChainVerification verify(List<AuditLink> walked, long headSeq, String headHash, AuditEntry overdueUnchained) {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditLink link : walked) {
            AuditEntry entry = entries.stream().filter(e -> e.getId() == link.getEntryId()).findFirst().orElse(null);
            if (!verifier.accept(link, entry)) {
                break;
            }
        }
        return verifier.finish(headSeq, headHash, overdueUnchained);
    }

    /** Takes an entry's content away, as a DELETE on the entry table would; its link stays. */
    void removeContentOf(long seq) {
        entries.remove(entry(seq));
    }
}
