package org.earshot.monitoring;

/** Where a monitoring session stands: the supervisor's phone rings, it is in the call, or it is over. */
public enum SessionState {
    RINGING, CONNECTED, ENDED;

    public boolean isLive() {
        return this != ENDED;
    }
}
