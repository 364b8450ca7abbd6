package org.earshot.audit;

/**
 * The result of walking the audit chain: intact, or what is wrong: the first broken position, or
 * (with no position) an entry that was never chained.
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(false, checked, seq, problem);
    }

    static ChainVerification unchained(long checked, String problem) {
        return new ChainVerification(false, checked, null, problem);
    }
}
