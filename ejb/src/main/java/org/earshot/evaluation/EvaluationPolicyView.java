package org.earshot.evaluation;

/**
 * An evaluation workflow policy as it applies: a queue's own, or the organization default (queue
 * null) that direct calls and the queues without their own follow ({@code inherited}); whether the
 * caller may change it.
 */
public record EvaluationPolicyView(Long queueId, String queueName, boolean inherited, EvaluationPolicySettings settings,
                                   boolean mayChange) {
}
