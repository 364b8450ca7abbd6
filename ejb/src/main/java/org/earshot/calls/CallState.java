package org.earshot.calls;

/**
 * Where a call stands: a new call rings, is answered, may be held and resumed, may be transferring
 * (its agent's transfer target rings) and ends.
 */
public enum CallState {
    RINGING, ANSWERED, HELD, TRANSFERRING, ENDED;

    public boolean isLive() {
        return this != ENDED;
    }
}
