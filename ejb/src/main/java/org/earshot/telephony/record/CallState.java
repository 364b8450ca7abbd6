package org.earshot.telephony.record;

/** Where a call stands: a new call rings, is answered, may be held and resumed, and ends. */
public enum CallState {
    RINGING, ANSWERED, HELD, ENDED;

    public boolean isLive() {
        return this != ENDED;
    }
}
