package org.earshot.recording;

/**
 * A recording policy as it applies: a queue's own, or the organization default (queue null) that
 * direct calls and the queues without their own follow ({@code inherited}).
 */
public record RecordingPolicyView(Long queueId, String queueName, boolean inherited, RecordingPolicySettings settings) {
}
