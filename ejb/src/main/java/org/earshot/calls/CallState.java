package org.earshot.calls;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a call stands: a new call rings, is answered, may be held and resumed, may be transferring
 * (its agent's transfer target rings) and ends.
 */
public enum CallState {
    RINGING, ANSWERED, HELD, TRANSFERRING, ENDED;

    /**
     * The live states as SQL literals ({@code 'RINGING', 'ANSWERED', ...}), to be written into a native statement: a million
     * ended calls make "not ENDED", or the states passed as parameters in the plan PostgreSQL settles on for a prepared
     * statement, a scan of them all, while the states named in the statement are a look-up of the state index.
     */
    public static final String LIVE_LITERALS = Stream.of(values()).filter(CallState::isLive).map(state -> "'" + state.name() + "'")
            .collect(Collectors.joining(", "));

    public boolean isLive() {
        return this != ENDED;
    }
}
