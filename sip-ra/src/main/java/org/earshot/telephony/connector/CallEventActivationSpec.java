package org.earshot.telephony.connector;

/** The activation of an MDB implementing {@code CallEventListener}: every call's events, in order per call. */
public class CallEventActivationSpec extends ListenerActivationSpec {
}
