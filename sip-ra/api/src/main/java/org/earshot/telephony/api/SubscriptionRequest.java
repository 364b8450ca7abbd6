package org.earshot.telephony.api;

/**
 * A phone asks to watch an extension's calls (RFC 4235 dialog events, the busy lamp field).
 *
 * @param subscriptionId Earshot's id of the subscription, for the decision
 * @param subscriber     the extension whose registered device subscribed
 * @param agent          the extension it wants to watch
 */
public record SubscriptionRequest(String subscriptionId, String subscriber, String agent) {
}
