package org.earshot.telephony.api;

/** Receives the events of every call, per call in order. Must not block: it runs on SIP threads. */
@FunctionalInterface
public interface CallEventListener {

    void onCallEvent(CallEvent event);
}
