package org.earshot.telephony.api;

/**
 * Decides who may watch whom: receives each new subscription to an extension's dialogs (BLF), which
 * stays pending, telling the phone nothing, until the decision comes back through the resource
 * adapter's call control ({@code authorizeSubscription}). Must not block: it runs on SIP threads.
 */
@FunctionalInterface
public interface SubscriptionRequestListener {

    void onSubscriptionRequest(SubscriptionRequest request);
}
