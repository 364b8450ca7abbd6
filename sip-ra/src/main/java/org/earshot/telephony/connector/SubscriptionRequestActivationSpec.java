package org.earshot.telephony.connector;

/** The activation of an MDB implementing {@code SubscriptionRequestListener}: every phone's request to watch an extension's calls. */
public class SubscriptionRequestActivationSpec extends ListenerActivationSpec {
}
