package org.earshot.evaluation;

/** An agent for whom a draw found fewer calls than the rule asks: how many it asked, how many it picked. */
public record AgentShortfall(long agentId, int wanted, int picked) {
}
