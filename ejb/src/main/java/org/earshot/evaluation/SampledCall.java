package org.earshot.evaluation;

/**
 * A call a draw picked, why, and for whom.
 *
 * @param rank        the call's rank in the draw (see {@link CallRank}), as 16 hex digits
 * @param explanation the reason in a sentence: the stratum and quota, or what it backfilled
 * @param evaluatorId who evaluates it, or null when no evaluator has the call in scope
 */
public record SampledCall(String callId, long agentId, String stratum, Reason reason, String explanation, String rank,
                          Long evaluatorId) {

    public enum Reason {
        /** One of its stratum's quota for the agent. */
        QUOTA,
        /** In place of a call a short stratum could not give. */
        BACKFILL,
        /** To give the agent their minimum though too few calls met the rule's criteria. */
        MINIMUM
    }

    SampledCall assignedTo(Long evaluator) {
        return new SampledCall(callId, agentId, stratum, reason, explanation, rank, evaluator);
    }
}
