package org.earshot.audit;

/** The result of walking the audit chain: intact, or the first broken entry and what is wrong with it. */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}
